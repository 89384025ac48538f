import {
  applyScheduleChanges,
  type RouteMapAnswers,
  type ScheduleChange,
  type WhatIfActivity,
} from '../../core/route-map';
import { computeSchedule, weeksBetween } from '../../core/schedule';
import type { ScheduleCalendars } from '../schedules/calendars';

/** A stored schedule as the what-if reads it. */
export interface StoredSchedule {
  planId: string;
  planName: string;
  totalHomes: number;
  startDate: string;
  route: RouteMapAnswers | null;
  activities: WhatIfActivity[];
}

/** The last year of the regional target (facts-region.md §1): moving past it is what an alderman asks about. */
export const TARGET_YEAR = 2030;

/** One plan before and after the changes; `error` when the changed schedule cannot be computed. */
export interface WhatIfLine {
  planId: string;
  planName: string;
  homes: number;
  before: { end: string; durationWeeks: number };
  after: { end: string; durationWeeks: number; criticalPath: string[] } | null;
  deltaWeeks: number;
  deliveryYear: { before: number; after: number | null };
  applied: string[];
  skipped: string[];
  error: string | null;
}

const year = (iso: string) => Number(iso.slice(0, 4));
const round1 = (value: number) => Math.round(value * 10) / 10;

/** The end date of a stored schedule with and without the changes, computed the way the planning page does. */
export function evaluateWhatIf(
  schedule: StoredSchedule,
  changes: readonly ScheduleChange[],
  options: ScheduleCalendars & { today: string },
): WhatIfLine | null {
  const computeOptions = { start: schedule.startDate, ...options };
  const before = computeSchedule(schedule.activities, computeOptions);
  if (!before.ok) return null;
  const changed = applyScheduleChanges({ route: schedule.route, activities: schedule.activities }, changes);
  const after = computeSchedule(changed.activities, computeOptions);
  const base = {
    planId: schedule.planId,
    planName: schedule.planName,
    homes: schedule.totalHomes,
    before: { end: before.end, durationWeeks: round1(before.durationWeeks) },
    applied: changed.applied,
    skipped: changed.skipped,
  };
  if (!after.ok) {
    return {
      ...base,
      after: null,
      deltaWeeks: 0,
      deliveryYear: { before: year(before.end), after: null },
      error: after.message,
    };
  }
  const names = new Map(after.activities.map((a) => [a.key, a.name]));
  return {
    ...base,
    after: {
      end: after.end,
      durationWeeks: round1(after.durationWeeks),
      criticalPath: after.criticalPath.map((key) => names.get(key) ?? key),
    },
    deltaWeeks: round1(weeksBetween(before.end, after.end)),
    deliveryYear: { before: year(before.end), after: year(after.end) },
    error: null,
  };
}

/** What the changes do to a set of plans, in numbers and one Dutch sentence. */
export function summariseWhatIf(lines: readonly WhatIfLine[]) {
  const later = lines.filter((line) => line.deltaWeeks > 0);
  const earlier = lines.filter((line) => line.deltaWeeks < 0);
  const yearLater = lines.filter(
    (line) => line.deliveryYear.after !== null && line.deliveryYear.after > line.deliveryYear.before,
  );
  const pastTarget = lines.filter(
    (line) =>
      line.deliveryYear.before <= TARGET_YEAR &&
      line.deliveryYear.after !== null &&
      line.deliveryYear.after > TARGET_YEAR,
  );
  const homes = (list: readonly WhatIfLine[]) => list.reduce((sum, line) => sum + line.homes, 0);
  const summary = {
    plans: lines.length,
    later: later.length,
    earlier: earlier.length,
    unchanged: lines.length - later.length - earlier.length,
    maxDelayWeeks: later.reduce((max, line) => Math.max(max, line.deltaWeeks), 0),
    homesDeliveredLaterYear: homes(yearLater),
    homesPastTargetYear: homes(pastTarget),
    errors: lines.filter((line) => line.error).length,
  };
  return { ...summary, sentence: sentenceOf(summary) };
}

function sentenceOf(s: {
  plans: number;
  later: number;
  earlier: number;
  maxDelayWeeks: number;
  homesDeliveredLaterYear: number;
  homesPastTargetYear: number;
}): string {
  if (s.plans === 0) return 'Er zijn geen plannen met een gezamenlijke planning om door te rekenen.';
  const plans = (n: number) => (n === 1 ? '1 plan' : `${n} plannen`);
  if (s.later === 0 && s.earlier === 0) return `Van ${plans(s.plans)} verandert de einddatum niet.`;
  const parts: string[] = [];
  if (s.later > 0) parts.push(`${plans(s.later)} later klaar (tot ${formatWeeks(s.maxDelayWeeks)} weken)`);
  if (s.earlier > 0) parts.push(`${plans(s.earlier)} eerder klaar`);
  let sentence = `Van ${plans(s.plans)}: ${parts.join(', ')}.`;
  if (s.homesDeliveredLaterYear > 0) {
    sentence += ` ${s.homesDeliveredLaterYear} woningen worden een jaar of meer later opgeleverd`;
    sentence += s.homesPastTargetYear > 0 ? `, waarvan ${s.homesPastTargetYear} pas na ${TARGET_YEAR}.` : '.';
  }
  return sentence;
}

const weeksFormat = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });
const formatWeeks = (weeks: number) => weeksFormat.format(weeks);

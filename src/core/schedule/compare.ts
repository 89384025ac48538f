import { formatDate } from '../monitor/format';
import { weeksBetween } from './dates';
import type { Link, ScheduleActivity, ScheduledActivity, ScheduleOk } from './types';

interface Named {
  key: string;
  name: string;
  label: string;
}
/** One difference between two plannings of the same project, with a Dutch label for the comparison view. */
export type ScheduleDifference =
  | (Named & { kind: 'missing'; missingIn: 'a' | 'b' })
  | (Named & { kind: 'duration'; a: number; b: number })
  | (Named & { kind: 'dependencies'; onlyInA: Link[]; onlyInB: Link[] })
  /** Weeks b − a; only when both sides are computed schedules. */
  | (Named & { kind: 'dates'; startWeeks: number; endWeeks: number });

export interface CompareOptions {
  /** How the two sides are named in the labels, e.g. 'de planning van de gemeente'. */
  names?: { a: string; b: string };
  /** Dates count as diverging when start or end differ by more than this many weeks (default 0). */
  toleranceWeeks?: number;
}

type Side = readonly ScheduleActivity[] | ScheduleOk;
const activitiesOf = (side: Side): readonly ScheduleActivity[] => ('ok' in side ? side.activities : side);
const isScheduled = (a: ScheduleActivity): a is ScheduledActivity => 'start' in a && 'end' in a;

/** '1 week', '2 weken', '2,5 weken'. */
export function formatWeeks(weeks: number): string {
  const rounded = Math.round(Math.abs(weeks) * 10) / 10;
  return rounded === 1 ? '1 week' : `${String(rounded).replace('.', ',')} weken`;
}

/**
 * Two plannings side by side (issue 4, item 4), e.g. the municipality's and the corporation's: activities
 * missing on one side, different durations, different dependencies and, when both are computed, dates that
 * diverge by more than the tolerance. Activities are matched by key; the result follows a's order, then b's.
 */
export function compareSchedules(a: Side, b: Side, options: CompareOptions = {}): ScheduleDifference[] {
  const left = activitiesOf(a);
  const right = activitiesOf(b);
  const context: Context = {
    names: options.names ?? { a: 'planning A', b: 'planning B' },
    tolerance: options.toleranceWeeks ?? 0,
    describeA: describeLinks(left),
    describeB: describeLinks(right),
  };
  const rightByKey = new Map(right.map((y) => [y.key, y]));
  const leftKeys = new Set(left.map((x) => x.key));
  const differences: ScheduleDifference[] = [];
  for (const x of left) {
    const y = rightByKey.get(x.key);
    if (y) differences.push(...compareActivity(x, y, context));
    else differences.push(missing(x, 'b', context.names.b));
  }
  for (const y of right) if (!leftKeys.has(y.key)) differences.push(missing(y, 'a', context.names.a));
  return differences;
}

interface Context {
  names: { a: string; b: string };
  tolerance: number;
  describeA: (links: Link[]) => string;
  describeB: (links: Link[]) => string;
}

function missing(x: ScheduleActivity, missingIn: 'a' | 'b', side: string): ScheduleDifference {
  return { key: x.key, name: x.name, kind: 'missing', missingIn, label: `'${x.name}' ontbreekt in ${side}.` };
}

/** The differences of one activity present on both sides. */
function compareActivity(x: ScheduleActivity, y: ScheduleActivity, context: Context): ScheduleDifference[] {
  const { names } = context;
  const named = { key: x.key, name: x.name };
  const differences: ScheduleDifference[] = [];
  if (x.durationWeeks !== y.durationWeeks) {
    const label = `Duur van '${x.name}': ${formatWeeks(x.durationWeeks)} in ${names.a}, ${formatWeeks(y.durationWeeks)} in ${names.b}.`;
    differences.push({ ...named, kind: 'duration', a: x.durationWeeks, b: y.durationWeeks, label });
  }
  const onlyInA = x.dependsOn.filter((l) => !y.dependsOn.some((m) => sameLink(l, m)));
  const onlyInB = y.dependsOn.filter((l) => !x.dependsOn.some((m) => sameLink(l, m)));
  if (onlyInA.length || onlyInB.length) {
    const parts = [
      onlyInA.length ? `alleen in ${names.a}: ${context.describeA(onlyInA)}` : null,
      onlyInB.length ? `alleen in ${names.b}: ${context.describeB(onlyInB)}` : null,
    ];
    const label = `Afhankelijkheden van '${x.name}' verschillen; ${parts.filter(Boolean).join('; ')}.`;
    differences.push({ ...named, kind: 'dependencies', onlyInA, onlyInB, label });
  }
  if (isScheduled(x) && isScheduled(y)) {
    const startWeeks = weeksBetween(x.start, y.start);
    const endWeeks = weeksBetween(x.end, y.end);
    if (Math.abs(startWeeks) > context.tolerance || Math.abs(endWeeks) > context.tolerance)
      differences.push({
        ...named,
        kind: 'dates',
        startWeeks,
        endWeeks,
        label: datesLabel(x, y, endWeeks, names),
      });
  }
  return differences;
}

/** Describes links in Dutch with the names of one side's activities. */
function describeLinks(side: readonly ScheduleActivity[]): (links: Link[]) => string {
  const byKey = new Map(side.map((x) => [x.key, x.name]));
  return (links) => links.map((link) => describeLink(link, byKey.get(link.key) ?? link.key)).join(', ');
}

function sameLink(l: Link, m: Link): boolean {
  return l.key === m.key && l.type === m.type && l.lagWeeks === m.lagWeeks;
}

function describeLink(link: Link, name: string): string {
  if (link.type === 'FS')
    return link.lagWeeks ? `${formatWeeks(link.lagWeeks)} na het einde van '${name}'` : `na '${name}'`;
  return link.lagWeeks ? `${formatWeeks(link.lagWeeks)} na de start van '${name}'` : `tegelijk met '${name}'`;
}

function datesLabel(
  x: ScheduledActivity,
  y: ScheduledActivity,
  endWeeks: number,
  names: { a: string; b: string },
): string {
  const span = (s: ScheduledActivity) => `${formatDate(s.start)} – ${formatDate(s.end)}`;
  const shift =
    endWeeks === 0
      ? 'einde gelijk'
      : `einde ${formatWeeks(endWeeks)} ${endWeeks > 0 ? 'later' : 'eerder'} in ${names.b}`;
  return `Data van '${x.name}' wijken af: ${span(x)} in ${names.a}, ${span(y)} in ${names.b} (${shift}).`;
}

/**
 * The schedule as the user edits it before "Opslaan": pure functions from and to the API shapes, so the page
 * only holds state. Durations stay the typed text until saving, so nothing typed is lost on an error.
 */
import type { RouteMapPhase } from '../../../core/route-map/schema';
import type { FieldError } from '../../api';
import type { Activity, ActivityInput, BaselineActivity, ScheduleLink } from './planning-api';

export interface DraftActivity {
  key: string;
  name: string;
  phase: RouteMapPhase;
  duration: string;
  links: ScheduleLink[];
  party: string | null;
  roles: string[];
  milestone: boolean;
  calendar: string | null;
  actualStart: string;
  actualEnd: string;
}

/** Fields of a row that the server may name in an error path (`activities.3.durationWeeks`). */
export type RowField = 'name' | 'durationWeeks' | 'dependsOn' | 'actualStart' | 'actualEnd';

/** The id of a row's input, for labels, errors and the error summary. */
export const fieldId = (key: string, field: RowField) => `activiteit-${key}-${field}`;

/** A computed activity → an editable row. */
export function toDraft(activity: Activity): DraftActivity {
  return {
    key: activity.key,
    name: activity.name,
    phase: activity.phase,
    duration: String(activity.durationWeeks),
    links: activity.links,
    party: activity.party,
    roles: activity.roles,
    milestone: activity.milestone,
    calendar: activity.calendar,
    actualStart: activity.actualStart ?? '',
    actualEnd: activity.actualEnd ?? '',
  };
}

/** Typed duration → a number of weeks; rubbish stays NaN for the server to name. */
export function parseWeeks(text: string): number {
  const clean = text.trim().replace(',', '.');
  return clean === '' ? Number.NaN : Number(clean);
}

/** Rows → the PUT body's activities (optional fields left out when empty). */
export function toActivityInput(row: DraftActivity): ActivityInput {
  return {
    key: row.key,
    name: row.name,
    phase: row.phase,
    durationWeeks: parseWeeks(row.duration),
    dependsOn: row.links,
    ...(row.party ? { party: row.party } : {}),
    ...(row.roles.length ? { roles: row.roles } : {}),
    ...(row.milestone ? { milestone: true } : {}),
    ...(row.calendar ? { calendar: row.calendar } : {}),
    ...(row.actualStart ? { actualStart: row.actualStart } : {}),
    ...(row.actualEnd ? { actualEnd: row.actualEnd } : {}),
  };
}

/** Moves row `index` one place up (-1) or down (+1); out of range leaves the list as it is. */
export function moveRow<T>(rows: T[], index: number, by: -1 | 1): T[] {
  const target = index + by;
  if (target < 0 || target >= rows.length) return rows;
  const next = [...rows];
  [next[index], next[target]] = [next[target] as T, next[index] as T];
  return next;
}

/**
 * Removes a row; activities that waited for it wait for its predecessors instead (same link type and lag as
 * before), so the chain keeps its order instead of jumping to the start.
 */
export function removeRow(rows: DraftActivity[], key: string): DraftActivity[] {
  const removed = rows.find((row) => row.key === key);
  if (!removed) return rows;
  return rows
    .filter((row) => row.key !== key)
    .map((row) => {
      if (!row.links.some((link) => link.key === key)) return row;
      const links: ScheduleLink[] = [];
      for (const link of row.links) {
        const replacement = link.key === key ? removed.links.map((l) => ({ ...link, key: l.key })) : [link];
        for (const candidate of replacement) {
          if (!links.some((l) => l.key === candidate.key)) links.push(candidate);
        }
      }
      return { ...row, links };
    });
}

/** The activities that wait for `key`. */
export const successorsOf = (rows: DraftActivity[], key: string) =>
  rows.filter((row) => row.links.some((link) => link.key === key));

/** A new, unique key for an activity named `name` (the API wants `^[a-z][a-z0-9-]*$`). */
export function newKey(name: string, taken: ReadonlySet<string>): string {
  const slug = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  const base = /^[a-z]/.test(slug) ? slug : `activiteit-${slug}`.replace(/-$/, '');
  let key = base;
  for (let n = 2; taken.has(key); n++) key = `${base}-${n}`;
  return key;
}

const DAY_MS = 86_400_000;
const parseDay = (date: string) => Date.parse(`${date}T12:00:00Z`);

const shortDate = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
/** `2027-03-01` → `1 mrt 2027`: the table is wide, so months are abbreviated here. */
export const formatShortDate = (date: string | null | undefined) =>
  date ? shortDate.format(new Date(`${date}T12:00:00Z`)).replace('.', '') : '–';
const weeksFormat = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });
/** `12` → `12`, `3.4285` → `3,4` (weeks are fractional only through actual or calendar dates). */
export const formatWeeks = (weeks: number) => weeksFormat.format(weeks);

/** Weeks → whole months (a month is 365.25 / 12 days), for "circa N maanden". */
export const weeksToMonths = (weeks: number) => Math.round((weeks * 7) / (365.25 / 12));

/** How many weeks `actualEnd` lies after the baseline end (positive = later), or null without either. */
export function slipWeeks(actualEnd: string, baseline: BaselineActivity | undefined): number | null {
  if (!actualEnd || !baseline || !/^\d{4}-\d{2}-\d{2}$/.test(actualEnd)) return null;
  return Math.round((parseDay(actualEnd) - parseDay(baseline.end)) / (7 * DAY_MS));
}

/** Server errors sorted onto rows (`activities.3.durationWeeks` → row 3's duration) and the rest. */
export function mapErrors(
  rows: DraftActivity[],
  errors: FieldError[],
): { byField: Record<string, string>; other: string[] } {
  const byField: Record<string, string> = {};
  const other: string[] = [];
  for (const error of errors) {
    // The row by index (`activities.3.durationWeeks`) or by key (`activities.ontwerp.dependsOn`).
    const match = /^activities\.([a-z0-9-]+)\.(\w+)/.exec(error.path);
    const id = match?.[1] ?? '';
    const row = /^\d+$/.test(id) ? rows[Number(id)] : rows.find((r) => r.key === id);
    const field = match?.[2] as RowField | undefined;
    const known: RowField[] = ['name', 'durationWeeks', 'dependsOn', 'actualStart', 'actualEnd'];
    if (row && field && known.includes(field)) byField[fieldId(row.key, field)] ??= error.message;
    else if (row) other.push(`${row.name}: ${error.message}`);
    else other.push(error.message);
  }
  return { byField, other };
}

/** Today as `YYYY-MM-DD` in Amsterdam. */
export const today = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Amsterdam' });

/** A dependency as typed in the dependency editor: the lag stays text until applied. */
export interface DraftLink {
  id: number;
  key: string;
  type: 'FS' | 'SS';
  lag: string;
}

export function toDraftLinks(links: readonly ScheduleLink[]): DraftLink[] {
  return links.map((link, index) => ({
    id: index + 1,
    key: link.key,
    type: link.type,
    lag: String(link.lagWeeks),
  }));
}

/** Typed dependencies → links, or a Dutch error per line (by index). Cycles are the server's to name. */
export function linksFromDraft(
  links: readonly DraftLink[],
  own: string,
): { links: ScheduleLink[]; errors: Record<number, string> } {
  const errors: Record<number, string> = {};
  const seen = new Set<string>();
  const result: ScheduleLink[] = [];
  links.forEach((link, index) => {
    const lag = link.lag.trim();
    if (!link.key) errors[index] = 'Kies de activiteit waarop deze wacht.';
    else if (link.key === own) errors[index] = 'Een activiteit kan niet op zichzelf wachten.';
    else if (seen.has(link.key)) errors[index] = 'Deze activiteit staat er al.';
    else if (!/^\d+$/.test(lag) || Number(lag) > 260)
      errors[index] = 'De wachttijd is een heel aantal weken, van 0 tot en met 260.';
    else result.push({ key: link.key, type: link.type, lagWeeks: Number(lag) });
    seen.add(link.key);
  });
  return { links: result, errors };
}

import { formatDate } from '../../core/monitor/format';
import { PHASE_LABELS } from '../../core/route-map';
import type { Link } from '../../core/schedule';
import type { LogbookExport, StoredActivity } from './schedule-xlsx';
import { formatLinks, formatStaffing, indexActivities, resolveEntry } from './schedule-xlsx-notation';
import type { ReadActivity, ReadAnswer, WorkbookError } from './schedule-xlsx-read';

/**
 * The rows of "Planning" and "Vragenlijst" against what is saved: the activities to save, what changes, and the
 * answers to add. Pure, so every rule is tested without a database.
 */

/** A key for a new row from its name, unique among `taken` (which it joins). */
export function keyFor(name: string, taken: Set<string>): string {
  const base =
    name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 50)
      .replace(/-$/, '') || 'activiteit';
  let key = base;
  for (let n = 2; taken.has(key); n += 1) key = `${base}-${n}`;
  taken.add(key);
  return key;
}

/** A list the sheet holds, or the saved one when the sheet leaves it out (or empties a list that was unset). */
function listOf<T>(read: T[] | undefined, before: T[] | undefined): T[] | undefined {
  if (read === undefined) return before;
  return read.length === 0 && !before?.length ? before : read;
}

/** The activity a row describes; what the sheet cannot hold (a calendar) or leaves out comes from `before`. */
function toActivity(
  row: ReadActivity,
  key: string,
  dependsOn: Link[],
  before?: StoredActivity,
): StoredActivity {
  const roles = listOf(row.roles, before?.roles);
  const staffing = listOf(row.staffing, before?.staffing);
  return {
    key,
    name: row.name,
    phase: row.phase,
    durationWeeks: row.durationWeeks,
    dependsOn,
    party: row.party !== undefined ? row.party : (before?.party ?? null),
    ...(roles ? { roles } : {}),
    ...(staffing ? { staffing } : {}),
    milestone: row.milestone ?? before?.milestone ?? false,
    ...(before?.calendar ? { calendar: before.calendar } : {}),
    actualStart: row.actualStart !== undefined ? row.actualStart : (before?.actualStart ?? null),
    actualEnd: row.actualEnd !== undefined ? row.actualEnd : (before?.actualEnd ?? null),
  };
}

/**
 * The activities the rows describe. A row without a key gets one from its name; a key twice and a dependency
 * that names no activity (or one of two with that name) are errors on their row.
 */
export function mergeActivities(
  rows: readonly ReadActivity[],
  saved: readonly StoredActivity[],
): { activities: StoredActivity[]; errors: WorkbookError[] } {
  const errors: WorkbookError[] = [];
  const before = new Map(saved.map((a) => [a.key, a]));
  const taken = new Set(rows.flatMap((r) => (r.key ? [r.key] : [])));
  const keys = rows.map((row) => row.key ?? keyFor(row.name, taken));
  const seen = new Set<string>();
  rows.forEach((row, i) => {
    const key = keys[i] ?? '';
    if (seen.has(key)) {
      errors.push({
        sheet: 'Planning',
        row: row.row,
        column: 'Sleutel',
        message: `De sleutel "${key}" staat er twee keer in.`,
      });
    }
    seen.add(key);
  });
  const index = indexActivities(
    rows.map((row, i) => ({ key: keys[i] ?? '', name: row.name })),
    saved,
  );
  const activities = rows.map((row, i) => {
    const key = keys[i] ?? '';
    const links: Link[] = [];
    for (const entry of row.links ?? []) {
      const resolved = resolveEntry(entry, index);
      if (resolved.ok) links.push(resolved.link);
      else
        errors.push({
          sheet: 'Planning',
          row: row.row,
          column: 'Afhankelijk van',
          message: resolved.message,
        });
    }
    return toActivity(row, key, row.links ? links : (before.get(key)?.dependsOn ?? []), before.get(key));
  });
  return { activities, errors };
}

/** One changed field of an activity, its values as the page shows them. */
export interface FieldChange {
  field: string;
  label: string;
  before: string;
  after: string;
}

const weeks = (n: number) => (n === 1 ? '1 week' : `${n} weken`);
const day = (iso: string | null | undefined) => (iso ? formatDate(iso) : '–');
const orDash = (text: string) => text || '–';

type Show = (a: StoredActivity, all: readonly StoredActivity[]) => string;

/**
 * Per field: its Dutch label, its value as text, and (where the text depends on other activities' names) the
 * value it is compared by, so a renamed activity does not change its dependents.
 */
const FIELDS: { field: string; label: string; show: Show; compare?: (a: StoredActivity) => string }[] = [
  { field: 'name', label: 'naam', show: (a) => a.name },
  {
    field: 'phase',
    label: 'fase',
    show: (a) => (PHASE_LABELS as Record<string, string>)[a.phase] ?? a.phase,
  },
  { field: 'durationWeeks', label: 'duur', show: (a) => weeks(a.durationWeeks) },
  {
    field: 'dependsOn',
    label: 'afhankelijk van',
    show: (a, all) => orDash(formatLinks(a.dependsOn, all)),
    compare: (a) => JSON.stringify(sortLinks(a.dependsOn).map((l) => [l.key, l.type, l.lagWeeks])),
  },
  { field: 'actualStart', label: 'werkelijke start', show: (a) => day(a.actualStart) },
  { field: 'actualEnd', label: 'werkelijk eind', show: (a) => day(a.actualEnd) },
  { field: 'milestone', label: 'besluit', show: (a) => (a.milestone ? 'ja' : 'nee') },
  { field: 'party', label: 'partij', show: (a) => orDash(a.party ?? '') },
  { field: 'roles', label: 'rollen', show: (a) => orDash((a.roles ?? []).join(', ')) },
  {
    field: 'staffing',
    label: 'uren per week',
    show: (a) => (a.staffing ? orDash(formatStaffing(a.staffing)) : 'die van de routekaart'),
  },
];

function sortLinks(links: readonly Link[]): Link[] {
  return [...links].sort((x, y) => x.key.localeCompare(y.key) || x.type.localeCompare(y.type));
}

/** What an import changes in the schedule: activities added, removed and changed (field by field). */
export function describeChanges(saved: readonly StoredActivity[], activities: readonly StoredActivity[]) {
  const before = new Map(saved.map((a) => [a.key, a]));
  const after = new Set(activities.map((a) => a.key));
  const changed = activities.flatMap((activity) => {
    const old = before.get(activity.key);
    if (!old) return [];
    const changes: FieldChange[] = FIELDS.flatMap(({ field, label, show, compare }) => {
      const [was, is] = [show(old, saved), show(activity, activities)];
      const same = compare ? compare(old) === compare(activity) : was === is;
      return same ? [] : [{ field, label, before: was, after: is }];
    });
    return changes.length
      ? [{ key: activity.key, name: activity.name, fields: changes.map((c) => c.label), changes }]
      : [];
  });
  return {
    added: activities.filter((a) => !before.has(a.key)).map(({ key, name }) => ({ key, name })),
    removed: saved.filter((a) => !after.has(a.key)).map(({ key, name }) => ({ key, name })),
    changed,
  };
}

/** An answer the import adds to the logbook. */
export interface NewAnswer {
  questionKey: string;
  question: string;
  answer: 'ja' | 'nee' | 'nvt';
  note: string | null;
}

/**
 * The rows of "Vragenlijst" whose answer or note differs from the newest answer in the logbook: each becomes a
 * new answer (the logbook is append-only). An unknown question, or an answer emptied, is an error on its row.
 */
export function newAnswers(
  rows: readonly ReadAnswer[] | null,
  questions: LogbookExport['questions'],
): { answers: NewAnswer[]; errors: WorkbookError[] } {
  const answers: NewAnswer[] = [];
  const errors: WorkbookError[] = [];
  for (const row of rows ?? []) {
    const err = (column: string, message: string) =>
      errors.push({ sheet: 'Vragenlijst', row: row.row, column, message });
    const question = questions.find((q) => q.key === row.questionKey);
    if (!question) {
      err('Sleutel', `Deze vraag staat niet in de vragenlijst: ${row.questionKey}.`);
      continue;
    }
    const latest = question.latest;
    if (!row.answer) {
      if (latest)
        err(
          'Antwoord',
          'Een antwoord wissen kan niet: het logboek bewaart elk antwoord. Vul ja, nee of n.v.t. in.',
        );
      else if (row.note) err('Antwoord', 'Vul bij de toelichting ook een antwoord in: ja, nee of n.v.t.');
      continue;
    }
    if (!latest || latest.answer !== row.answer || (latest.note ?? null) !== row.note) {
      answers.push({
        questionKey: row.questionKey,
        question: question.question,
        answer: row.answer,
        note: row.note,
      });
    }
  }
  return { answers, errors };
}

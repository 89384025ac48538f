import { computeSchedule, type ScheduleResult } from '../../core/schedule';
import type { Actor } from '../auth/actor';
import type { Db } from '../db/client';
import { AppError } from '../http/errors';
import { canEditPlan } from '../plans/plans.policy';
import { findVisiblePlan } from '../plans/plans.queries';
import { scheduleCalendars } from './calendars';
import { answerQuestion, getLogbook } from './logbook.service';
import { findStoredSchedule, VARIANT_LABELS } from './schedule-xlsx';
import { describeChanges, mergeActivities, newAnswers } from './schedule-xlsx-merge';
import { type ReadWorkbook, readScheduleWorkbook, type WorkbookError } from './schedule-xlsx-read';
import { ZPutScheduleRequest } from './schedules.schema';
import { putSchedule, type ScheduleVariant } from './schedules.service';

/** Errors as the imports of issue 3 report them: sheet, row, column and the message, each also as a path. */
function failed(errors: WorkbookError[]): AppError {
  return new AppError(
    'validation',
    `Het bestand is niet geïmporteerd: ${errors.length} ${errors.length === 1 ? 'fout' : 'fouten'}. Er is niets gewijzigd.`,
    errors.map((e) => ({
      ...e,
      path: e.row ? `${e.sheet}, rij ${e.row}${e.column ? `, kolom ${e.column}` : ''}` : e.sheet || 'bestand',
    })),
  );
}

/** The column of "Planning" each field of an activity is read from. */
const COLUMNS: Record<string, string> = {
  key: 'Sleutel',
  name: 'Activiteit',
  phase: 'Fase',
  durationWeeks: 'Duur (weken)',
  dependsOn: 'Afhankelijk van',
  lagWeeks: 'Afhankelijk van',
  party: 'Partij',
  roles: 'Rollen',
  staffing: 'Uren per week',
  milestone: 'Besluit',
  actualStart: 'Werkelijke start',
  actualEnd: 'Werkelijk eind',
};

/**
 * The file belongs to this plan and variant and was exported from the version saved now. Another plan or
 * variant is a 422; a changed schedule a 409, so nobody's edit since the export is overwritten.
 */
function checkHeading({ heading }: ReadWorkbook, planId: string, variant: ScheduleVariant, version?: number) {
  const at = (label: string, message: string) =>
    failed([{ sheet: 'Planning', row: heading.rows[label] ?? 0, column: label, message }]);
  if (heading.planId !== planId) {
    throw at(
      'Kenmerk',
      heading.planId
        ? 'Dit bestand hoort bij een ander plan. Exporteer de planning van dit plan en breng je wijzigingen daarin aan.'
        : 'Het kenmerk van het plan ontbreekt boven de tabel. Exporteer de planning opnieuw en breng je wijzigingen daarin aan.',
    );
  }
  if (heading.variant && heading.variant !== VARIANT_LABELS[variant]) {
    throw at(
      'Variant',
      `Dit bestand is de ${heading.variant.toLowerCase()}; je leest het nu in bij de ${VARIANT_LABELS[variant].toLowerCase()}.`,
    );
  }
  if (version === undefined) return;
  if (heading.version === null) {
    throw at('Versie', 'De versie ontbreekt boven de tabel. Exporteer de planning opnieuw.');
  }
  if (heading.version !== version) {
    throw new AppError(
      'conflict',
      `De planning is na de export gewijzigd (nu versie ${version}, het bestand heeft versie ${heading.version}). Exporteer opnieuw en breng je wijzigingen daarin aan.`,
      undefined,
      { currentVersion: version },
    );
  }
}

/**
 * A schedule that does not compute, on the row of the activity it names. A cycle is reported on the rows in it
 * whose dependencies the person changed (where it was made), or else on its first activity.
 */
function scheduleError(
  result: Extract<ScheduleResult, { ok: false }>,
  rowOf: (key: string) => number,
  edited: (key: string) => boolean,
) {
  const at = (key: string, column: string | undefined) => ({
    sheet: 'Planning',
    row: rowOf(key),
    column: column ?? '',
    message: result.message,
  });
  if (result.error === 'cycle') {
    const keys = result.cycle.map((a) => a.key).filter((key, i, all) => all.indexOf(key) === i);
    const made = keys.filter(edited);
    return failed((made.length ? made : keys.slice(0, 1)).map((key) => at(key, COLUMNS.dependsOn)));
  }
  if (result.error === 'invalidValue') return failed([at(result.activity ?? '', COLUMNS[result.field])]);
  return failed([at(result.activity, result.error === 'duplicateKey' ? COLUMNS.key : COLUMNS.dependsOn)]);
}

/**
 * POST /plans/{id}/schedule.xlsx[?variant=][&dryRun=true]: the workbook of GET …/schedule.xlsx read back, as
 * edited in Excel (issue 4, item 9). The whole file is checked first — every error with its sheet, row and
 * column, a cycle on the row of an activity in it — and on any error nothing is written. The heading's
 * "Kenmerk" must be this plan and its "Versie" the schedule's current version (409 otherwise). A dry run answers
 * what would change: activities added, removed and changed (field by field, before and after), answers to add,
 * and the end date before and after. Otherwise the schedule is saved as a normal edit and the changed answers are
 * added to the (append-only) logbook, both in one transaction. What the sheet cannot hold (an activity's
 * calendar) is kept from the saved activity with the same key.
 */
export async function importScheduleWorkbook({
  db,
  actor,
  planId,
  variant,
  buffer,
  dryRun,
  today = new Date().toISOString().slice(0, 10),
}: {
  db: Db;
  actor: Actor;
  planId: string;
  variant: ScheduleVariant;
  buffer: Buffer;
  dryRun: boolean;
  today?: string;
}) {
  const plan = await findVisiblePlan(db, actor, planId);
  if (!plan) throw new AppError('notFound', 'Dit plan bestaat niet of je mag het niet zien.');
  const partyIds = plan.parties.map((party) => party.organisationId);
  if (!canEditPlan(actor, { ...plan.row, partyIds })) {
    throw new AppError('forbidden', 'Je mag de planning van dit plan niet wijzigen.');
  }
  const read = await readScheduleWorkbook(buffer);
  if (read.activities.length === 0 && read.errors.length) throw failed(read.errors);
  const stored = await findStoredSchedule(db, planId, variant);
  checkHeading(read, planId, variant, stored?.version);

  const saved = stored?.activities ?? [];
  const merged = mergeActivities(read.activities, saved);
  const logbook = await getLogbook({ db, actor, planId });
  const answered = newAnswers(read.answers, logbook.questions);
  const errors = [...read.errors, ...merged.errors, ...answered.errors];
  if (errors.length) throw failed(errors.sort((a, b) => a.sheet.localeCompare(b.sheet) || a.row - b.row));

  const rowOf = (key: string) => read.activities[merged.activities.findIndex((a) => a.key === key)]?.row ?? 0;
  const startDate = stored?.startDate ?? today;
  const body = ZPutScheduleRequest.safeParse({
    startDate,
    activities: merged.activities,
    route: stored?.route ?? null,
    templateKey: stored?.templateKey ?? null,
    ...(stored ? { version: stored.version } : {}),
  });
  if (!body.success) {
    throw failed(
      body.error.issues.map((issue) => {
        const [, index, field] = issue.path;
        const row = typeof index === 'number' ? (read.activities[index]?.row ?? 0) : 0;
        return { sheet: 'Planning', row, column: COLUMNS[String(field)] ?? '', message: issue.message };
      }),
    );
  }
  const calendars = await scheduleCalendars(db, plan.row.regionId, plan.row.municipalityCode, startDate);
  const options = { start: startDate, today, ...calendars };
  const result = computeSchedule(merged.activities, options);
  if (!result.ok) {
    const before = new Map(saved.map((a) => [a.key, JSON.stringify(a.dependsOn)]));
    const links = new Map(merged.activities.map((a) => [a.key, JSON.stringify(a.dependsOn)]));
    throw scheduleError(result, rowOf, (key) => before.get(key) !== links.get(key));
  }
  const previous = stored ? computeSchedule(saved, options) : null;

  const changes = describeChanges(saved, merged.activities);
  const scheduleChanged = changes.added.length + changes.removed.length + changes.changed.length > 0;
  const summary = {
    dryRun,
    ...changes,
    answers: answered.answers,
    end: { before: previous?.ok ? previous.end : null, after: result.end },
    unchanged: !scheduleChanged && answered.answers.length === 0,
  };
  if (dryRun || summary.unchanged) return summary;

  await db.transaction(async (tx) => {
    if (scheduleChanged) await putSchedule({ db: tx, actor, planId, variant, body: body.data });
    for (const { questionKey, answer, note } of answered.answers) {
      await answerQuestion({ db: tx, actor, planId, body: { questionKey, answer, note } });
    }
  });
  return summary;
}

import { and, eq } from 'drizzle-orm';
import { QUESTIONNAIRE } from '../../core/route-map';
import { computeSchedule, type ScheduleActivity } from '../../core/schedule';
import type { Actor } from '../auth/actor';
import type { Db } from '../db/client';
import { planSchedules } from '../db/schema';
import { AppError } from '../http/errors';
import { canEditPlan } from '../plans/plans.policy';
import { findVisiblePlan } from '../plans/plans.queries';
import { scheduleCalendars } from './calendars';
import { answerQuestion, getLogbook } from './logbook.service';
import { type ReadActivity, readScheduleWorkbook, type WorkbookError } from './schedule-xlsx-read';
import { putSchedule, type ScheduleVariant } from './schedules.service';

type StoredActivity = ScheduleActivity & { staffing?: { role: string; hoursPerWeek: number }[] };

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

/** A key for a new row from its name, unique among `taken`. */
function keyFor(name: string, taken: Set<string>): string {
  const base =
    name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 50) || 'activiteit';
  let key = base;
  for (let n = 2; taken.has(key); n += 1) key = `${base}-${n}`;
  taken.add(key);
  return key;
}

/** The rows as schedule activities: what the sheet cannot hold (staffing, calendar) comes from the saved one. */
function toActivities(
  rows: readonly ReadActivity[],
  saved: ReadonlyMap<string, StoredActivity>,
): StoredActivity[] {
  const taken = new Set(rows.flatMap((r) => (r.key ? [r.key] : [])));
  return rows.map((row) => {
    const key = row.key ?? keyFor(row.name, taken);
    const before = saved.get(key);
    return {
      key,
      name: row.name,
      phase: row.phase,
      durationWeeks: row.durationWeeks,
      dependsOn: row.links,
      party: row.party ?? before?.party ?? null,
      roles: row.roles.length ? row.roles : (before?.roles ?? []),
      milestone: row.milestone ?? before?.milestone ?? false,
      ...(before?.staffing ? { staffing: before.staffing } : {}),
      ...(before?.calendar ? { calendar: before.calendar } : {}),
      actualStart: row.actualStart,
      actualEnd: row.actualEnd,
    };
  });
}

const FIELD_LABELS: Record<string, string> = {
  name: 'naam',
  phase: 'fase',
  durationWeeks: 'duur',
  dependsOn: 'afhankelijkheden',
  actualStart: 'werkelijke start',
  actualEnd: 'werkelijk eind',
  milestone: 'besluit',
  party: 'partij',
  roles: 'rollen',
};

function changedFields(before: StoredActivity, after: StoredActivity): string[] {
  const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
  const links = (a: StoredActivity) => a.dependsOn.map((l) => `${l.key}|${l.type}|${l.lagWeeks}`).sort();
  return Object.keys(FIELD_LABELS).filter((field) =>
    field === 'dependsOn'
      ? !same(links(before), links(after))
      : field === 'roles'
        ? !same(before.roles ?? [], after.roles ?? [])
        : field === 'milestone'
          ? !!before.milestone !== !!after.milestone
          : !same(before[field as keyof StoredActivity], after[field as keyof StoredActivity]),
  );
}

/**
 * POST /plans/{id}/schedule.xlsx[?variant=][&dryRun=true]: the workbook of GET …/schedule.xlsx read back, as
 * edited in Excel (issue 4, item 9). The whole file is checked first — every error with its sheet, row and
 * column, a cycle on the row of an activity in it — and on any error nothing is written. The workbook's
 * "Versie" must be the schedule's current version (409 otherwise: someone changed it since the export). A dry
 * run answers what would change: activities added, removed and changed (with the fields), answers to add, and
 * the new end date. Otherwise the schedule is saved as a normal edit and changed answers are added to the
 * (append-only) logbook.
 */
export async function importScheduleWorkbook({
  db,
  actor,
  planId,
  variant,
  buffer,
  dryRun,
}: {
  db: Db;
  actor: Actor;
  planId: string;
  variant: ScheduleVariant;
  buffer: Buffer;
  dryRun: boolean;
}) {
  const plan = await findVisiblePlan(db, actor, planId);
  if (!plan) throw new AppError('notFound', 'Dit plan bestaat niet of je mag het niet zien.');
  const partyIds = plan.parties.map((party) => party.organisationId);
  if (!canEditPlan(actor, { ...plan.row, partyIds })) {
    throw new AppError('forbidden', 'Je mag de planning van dit plan niet wijzigen.');
  }
  const read = await readScheduleWorkbook(buffer);
  const errors = [...read.errors];
  const [current] = await db
    .select()
    .from(planSchedules)
    .where(and(eq(planSchedules.planId, planId), eq(planSchedules.variant, variant)));
  const saved = new Map(((current?.activities ?? []) as unknown as StoredActivity[]).map((a) => [a.key, a]));
  const activities = toActivities(read.activities, saved);

  // Duplicate keys and unknown dependencies, on their rows.
  const rowOf = new Map<string, number>();
  activities.forEach((activity, i) => {
    const row = read.activities[i]?.row ?? 0;
    if (rowOf.has(activity.key)) {
      errors.push({
        sheet: 'Planning',
        row,
        column: 'Sleutel',
        message: `De sleutel "${activity.key}" staat er twee keer in.`,
      });
    } else rowOf.set(activity.key, row);
  });
  activities.forEach((activity, i) => {
    const unknown = activity.dependsOn.filter((link) => !rowOf.has(link.key)).map((link) => link.key);
    if (unknown.length) {
      errors.push({
        sheet: 'Planning',
        row: read.activities[i]?.row ?? 0,
        column: 'Afhankelijk van (sleutels)',
        message: `Onbekende activiteit: ${unknown.join(', ')}.`,
      });
    }
  });
  const known = new Set(QUESTIONNAIRE.questions.map((q) => q.key));
  for (const answer of read.answers ?? []) {
    if (!known.has(answer.questionKey)) {
      errors.push({
        sheet: 'Vragenlijst',
        row: answer.row,
        column: 'Sleutel',
        message: `Deze vraag staat niet in de vragenlijst: ${answer.questionKey}.`,
      });
    }
  }
  if (errors.length) throw failed(errors);

  const startDate = current?.startDate ?? new Date().toISOString().slice(0, 10);
  const calendars = await scheduleCalendars(db, plan.row.regionId, plan.row.municipalityCode, startDate);
  const result = computeSchedule(activities, { start: startDate, ...calendars });
  if (!result.ok) {
    const key =
      result.error === 'cycle' ? result.cycle[0]?.key : 'activity' in result ? result.activity : null;
    throw failed([
      {
        sheet: 'Planning',
        row: (key && rowOf.get(key)) || 0,
        column:
          result.error === 'cycle' || result.error === 'unknownDependency'
            ? 'Afhankelijk van (sleutels)'
            : 'Duur (weken)',
        message: result.message,
      },
    ]);
  }
  if (current && read.version !== null && read.version !== current.version) {
    throw new AppError(
      'conflict',
      `De planning is na de export gewijzigd (versie ${current.version}, het bestand heeft versie ${read.version}). Exporteer opnieuw en breng je wijzigingen daarin aan.`,
      undefined,
      { currentVersion: current.version },
    );
  }

  // What would change.
  const imported = new Map(activities.map((a) => [a.key, a]));
  const added = activities.filter((a) => !saved.has(a.key)).map((a) => a.name);
  const removed = [...saved.values()].filter((a) => !imported.has(a.key)).map((a) => a.name);
  const changed = activities.flatMap((a) => {
    const before = saved.get(a.key);
    const fields = before ? changedFields(before, a) : [];
    return fields.length
      ? [{ key: a.key, name: a.name, fields: fields.map((f) => FIELD_LABELS[f] ?? f) }]
      : [];
  });
  const logbook = await getLogbook({ db, actor, planId });
  const latest = new Map(logbook.questions.map((q) => [q.key, q.latest]));
  const answers = (read.answers ?? []).filter((a) => {
    const last = latest.get(a.questionKey);
    if (!a.answer) return false;
    return !last || last.answer !== a.answer || (last.note ?? null) !== a.note;
  });
  const summary = {
    dryRun,
    added,
    removed,
    changed,
    answers: answers.map((a) => ({
      questionKey: a.questionKey,
      question: logbook.questions.find((q) => q.key === a.questionKey)?.question ?? a.questionKey,
      answer: a.answer,
      note: a.note,
    })),
    end: { before: null as string | null, after: result.end },
    unchanged: added.length + removed.length + changed.length + answers.length === 0,
  };
  if (current) {
    const before = computeSchedule(current.activities as unknown as ScheduleActivity[], {
      start: startDate,
      ...calendars,
    });
    summary.end.before = before.ok ? before.end : null;
  }
  if (dryRun || summary.unchanged) return summary;

  if (added.length + removed.length + changed.length > 0) {
    await putSchedule({
      db,
      actor,
      planId,
      variant,
      body: {
        startDate,
        activities: activities as never,
        route: (current?.route as never) ?? null,
        templateKey: current?.templateKey ?? null,
        ...(current ? { version: current.version } : {}),
      },
    });
  }
  for (const answer of answers) {
    await answerQuestion({
      db,
      actor,
      planId,
      body: { questionKey: answer.questionKey, answer: answer.answer as string, note: answer.note },
    });
  }
  return summary;
}

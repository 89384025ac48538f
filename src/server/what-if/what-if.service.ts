import { and, asc, desc, eq, type SQL } from 'drizzle-orm';
import {
  describeChange,
  type RouteMapAnswers,
  type ScheduleChange,
  type WhatIfActivity,
} from '../../core/route-map';
import { writeAudit } from '../audit/audit';
import { type Actor, canWrite } from '../auth/actor';
import { visiblePlans } from '../auth/visibility';
import type { Db } from '../db/client';
import { organisations, planSchedules, plans, scheduleScenarios } from '../db/schema';
import { AppError } from '../http/errors';
import { scheduleCalendars } from '../schedules/calendars';
import { evaluateWhatIf, type StoredSchedule, summariseWhatIf, type WhatIfLine } from './what-if.evaluate';
import type { TSaveScenarioRequest } from './what-if.schema';

const todayIso = () => new Date().toISOString().slice(0, 10);

/** The joint schedules of the plans the actor may see, matching `where`. */
async function findJointSchedules(db: Db, actor: Actor, where: SQL): Promise<StoredSchedule[]> {
  const rows = await db
    .select({
      planId: plans.id,
      planName: plans.name,
      totalHomes: plans.totalHomes,
      startDate: planSchedules.startDate,
      route: planSchedules.route,
      activities: planSchedules.activities,
    })
    .from(plans)
    .innerJoin(planSchedules, and(eq(planSchedules.planId, plans.id), eq(planSchedules.variant, 'joint')))
    .where(and(visiblePlans(actor), where))
    .orderBy(asc(plans.name), asc(plans.id));
  return rows.map((row) => ({
    ...row,
    route: row.route as RouteMapAnswers | null,
    activities: row.activities as unknown as WhatIfActivity[],
  }));
}

async function evaluateAll(
  db: Db,
  regionId: string,
  municipalityCode: string,
  schedules: StoredSchedule[],
  changes: readonly ScheduleChange[],
  today: string,
): Promise<WhatIfLine[]> {
  const earliest = [today, ...schedules.map((s) => s.startDate)].sort()[0] as string;
  const calendars = await scheduleCalendars(db, regionId, municipalityCode, earliest);
  return schedules.flatMap((schedule) => evaluateWhatIf(schedule, changes, { ...calendars, today }) ?? []);
}

/**
 * POST /plans/{id}/schedule/what-if: the plan's joint planning with the changes, computed and not saved.
 * Anyone who may see the plan may ask "what if"; nothing is written.
 */
export async function planWhatIf({
  db,
  actor,
  planId,
  changes,
  today = todayIso(),
}: {
  db: Db;
  actor: Actor;
  planId: string;
  changes: readonly ScheduleChange[];
  today?: string;
}) {
  const [plan] = await db
    .select({ id: plans.id, name: plans.name, municipalityCode: plans.municipalityCode })
    .from(plans)
    .where(and(visiblePlans(actor), eq(plans.id, planId)));
  if (!plan) throw new AppError('notFound', 'Dit plan bestaat niet of je mag het niet zien.');
  const schedules = await findJointSchedules(db, actor, eq(plans.id, planId));
  if (schedules.length === 0) {
    throw new AppError(
      'notFound',
      'Dit plan heeft nog geen gezamenlijke planning; maak die eerst op de planningspagina.',
    );
  }
  const lines = await evaluateAll(db, actor.regionId, plan.municipalityCode, schedules, changes, today);
  return {
    scope: 'plan' as const,
    plan: { id: plan.id, name: plan.name },
    municipalityCode: plan.municipalityCode,
    changes: changes.map((change) => ({ ...change, label: describeChange(change) })),
    lines,
    summary: summariseWhatIf(lines),
  };
}

async function requireMunicipality(db: Db, actor: Actor, code: string) {
  const [municipality] = await db
    .select({ code: organisations.cbsCode, name: organisations.name })
    .from(organisations)
    .where(
      and(
        eq(organisations.regionId, actor.regionId),
        eq(organisations.kind, 'municipality'),
        eq(organisations.cbsCode, code),
      ),
    );
  if (!municipality) throw new AppError('notFound', 'Deze gemeente hoort niet bij je regio.');
  return { code, name: municipality.name };
}

/**
 * POST /municipalities/{code}/schedule/what-if: every plan of the municipality with a joint planning that the
 * actor may see, before and after the changes; plans the change does not touch keep their end date.
 */
export async function municipalityWhatIf({
  db,
  actor,
  municipalityCode,
  changes,
  today = todayIso(),
}: {
  db: Db;
  actor: Actor;
  municipalityCode: string;
  changes: readonly ScheduleChange[];
  today?: string;
}) {
  const municipality = await requireMunicipality(db, actor, municipalityCode);
  const schedules = await findJointSchedules(db, actor, eq(plans.municipalityCode, municipalityCode));
  const lines = await evaluateAll(db, actor.regionId, municipalityCode, schedules, changes, today);
  return {
    scope: 'municipality' as const,
    municipality,
    municipalityCode,
    changes: changes.map((change) => ({ ...change, label: describeChange(change) })),
    lines,
    summary: summariseWhatIf(lines),
  };
}

/** POST /schedule-scenarios: computes the what-if again and keeps it under a name for the organisation. */
export async function saveScenario({
  db,
  actor,
  body,
}: {
  db: Db;
  actor: Actor;
  body: TSaveScenarioRequest;
}) {
  if (!canWrite(actor))
    throw new AppError('forbidden', 'Alleen redacteuren en beheerders bewaren scenario’s.');
  const outcome = body.planId
    ? await planWhatIf({ db, actor, planId: body.planId, changes: body.changes })
    : await municipalityWhatIf({
        db,
        actor,
        municipalityCode: body.municipalityCode as string,
        changes: body.changes,
      });
  const [row] = await db.transaction(async (tx) => {
    const inserted = await tx
      .insert(scheduleScenarios)
      .values({
        regionId: actor.regionId,
        organisationId: actor.organisationId,
        name: body.name,
        municipalityCode: outcome.municipalityCode,
        planId: body.planId ?? null,
        changes: body.changes as unknown as Record<string, unknown>[],
        result: { lines: outcome.lines, summary: outcome.summary } as unknown as Record<string, unknown>,
        createdBy: actor.userId,
      })
      .returning();
    const saved = inserted[0];
    if (saved) {
      await writeAudit(tx, actor, {
        action: 'create',
        entityType: 'scheduleScenario',
        entityId: saved.id,
        summary: `Scenario "${body.name}" bewaard: ${outcome.summary.sentence}`,
        after: { changes: body.changes, summary: outcome.summary },
      });
    }
    return inserted;
  });
  if (!row) throw new Error('The scenario was not saved.');
  return presentScenario(row);
}

function presentScenario(row: typeof scheduleScenarios.$inferSelect) {
  const changes = row.changes as unknown as ScheduleChange[];
  return {
    id: row.id,
    name: row.name,
    municipalityCode: row.municipalityCode,
    planId: row.planId,
    changes: changes.map((change) => ({ ...change, label: describeChange(change) })),
    result: row.result as { lines: WhatIfLine[]; summary: ReturnType<typeof summariseWhatIf> },
    createdAt: row.createdAt.toISOString(),
  };
}

/** GET /schedule-scenarios[?municipality=][&plan=]: the organisation's saved scenarios, newest first. */
export async function listScenarios({
  db,
  actor,
  query,
}: {
  db: Db;
  actor: Actor;
  query: { municipality?: string | undefined; plan?: string | undefined };
}) {
  const rules = [
    eq(scheduleScenarios.regionId, actor.regionId),
    eq(scheduleScenarios.organisationId, actor.organisationId),
  ];
  if (query.municipality) rules.push(eq(scheduleScenarios.municipalityCode, query.municipality));
  if (query.plan) rules.push(eq(scheduleScenarios.planId, query.plan));
  const rows = await db
    .select()
    .from(scheduleScenarios)
    .where(and(...rules))
    .orderBy(desc(scheduleScenarios.createdAt))
    .limit(200);
  return { scenarios: rows.map(presentScenario) };
}

/** DELETE /schedule-scenarios/{id}: an editor of the organisation that saved it removes it (audited). */
export async function deleteScenario({ db, actor, id }: { db: Db; actor: Actor; id: string }) {
  const [row] = await db
    .select()
    .from(scheduleScenarios)
    .where(and(eq(scheduleScenarios.id, id), eq(scheduleScenarios.organisationId, actor.organisationId)));
  if (!row) throw new AppError('notFound', 'Dit scenario bestaat niet of is niet van je organisatie.');
  if (!canWrite(actor))
    throw new AppError('forbidden', 'Alleen redacteuren en beheerders verwijderen scenario’s.');
  await db.transaction(async (tx) => {
    await tx.delete(scheduleScenarios).where(eq(scheduleScenarios.id, id));
    await writeAudit(tx, actor, {
      action: 'delete',
      entityType: 'scheduleScenario',
      entityId: id,
      summary: `Scenario "${row.name}" verwijderd`,
      before: { name: row.name, changes: row.changes },
    });
  });
}

import { and, eq } from 'drizzle-orm';
import { compareSchedules, type ScheduleActivity } from '../../core/schedule';
import { writeAudit } from '../audit/audit';
import type { Actor } from '../auth/actor';
import type { Db } from '../db/client';
import { planSchedules } from '../db/schema';
import { AppError } from '../http/errors';
import { canEditPlan } from '../plans/plans.policy';
import { findVisiblePlan } from '../plans/plans.queries';
import { scheduleCalendars } from './calendars';
import { feedPlan, getSchedule, type ScheduleVariant, scheduleOrFail } from './schedules.service';

const SIDE_NAMES: Record<ScheduleVariant, string> = {
  joint: 'de gezamenlijke planning',
  municipality: 'de planning van de gemeente',
  corporation: 'de planning van de corporatie',
};

async function loadVariant(db: Db, planId: string, variant: ScheduleVariant) {
  const [row] = await db
    .select()
    .from(planSchedules)
    .where(and(eq(planSchedules.planId, planId), eq(planSchedules.variant, variant)));
  return row ?? null;
}

/**
 * GET /plans/{id}/schedule/compare?a=&b=: two plannings of one project side by side (default the municipality's
 * and the corporation's): activities missing on one side, other durations or dependencies, and dates that
 * diverge by more than two weeks; each difference with a Dutch label.
 */
export async function compareVariants({
  db,
  actor,
  planId,
  a,
  b,
}: {
  db: Db;
  actor: Actor;
  planId: string;
  a: ScheduleVariant;
  b: ScheduleVariant;
}) {
  const plan = await findVisiblePlan(db, actor, planId);
  if (!plan) throw new AppError('notFound', 'Dit plan bestaat niet of je mag het niet zien.');
  const [rowA, rowB] = [await loadVariant(db, planId, a), await loadVariant(db, planId, b)];
  const missing = [rowA ? null : a, rowB ? null : b].filter((v): v is ScheduleVariant => v !== null);
  if (!rowA || !rowB) {
    return { a, b, ready: false as const, missing, differences: [], ends: null };
  }
  const compute = async (row: NonNullable<typeof rowA>) =>
    scheduleOrFail(row.activities as unknown as ScheduleActivity[], {
      start: row.startDate,
      ...(await scheduleCalendars(db, plan.row.regionId, plan.row.municipalityCode, row.startDate)),
    });
  const [scheduledA, scheduledB] = [await compute(rowA), await compute(rowB)];
  return {
    a,
    b,
    ready: true as const,
    missing,
    ends: { a: scheduledA.end, b: scheduledB.end },
    differences: compareSchedules(scheduledA, scheduledB, {
      names: { a: SIDE_NAMES[a], b: SIDE_NAMES[b] },
      toleranceWeeks: 2,
    }),
  };
}

/**
 * POST /plans/{id}/schedule/agree { from }: one side's planning becomes the joint one, with who agreed and when
 * (the previous joint planning's baseline is kept; a first joint planning takes this one as baseline).
 */
export async function agreeSchedule({
  db,
  actor,
  planId,
  from,
}: {
  db: Db;
  actor: Actor;
  planId: string;
  from: Exclude<ScheduleVariant, 'joint'>;
}) {
  const plan = await findVisiblePlan(db, actor, planId);
  if (!plan) throw new AppError('notFound', 'Dit plan bestaat niet of je mag het niet zien.');
  const partyIds = plan.parties.map((party) => party.organisationId);
  if (!canEditPlan(actor, { ...plan.row, partyIds })) {
    throw new AppError('forbidden', 'Je mag de planning van dit plan niet vaststellen.');
  }
  const source = await loadVariant(db, planId, from);
  if (!source) throw new AppError('notFound', `Er is nog geen ${SIDE_NAMES[from]} om over te nemen.`);
  const scheduled = scheduleOrFail(source.activities as unknown as ScheduleActivity[], {
    start: source.startDate,
    ...(await scheduleCalendars(db, plan.row.regionId, plan.row.municipalityCode, source.startDate)),
  });
  const now = new Date();
  await db.transaction(async (tx) => {
    const joint = await tx
      .select({ version: planSchedules.version })
      .from(planSchedules)
      .where(and(eq(planSchedules.planId, planId), eq(planSchedules.variant, 'joint')));
    const values = {
      route: source.route,
      templateKey: source.templateKey,
      startDate: source.startDate,
      activities: source.activities,
      agreedAt: now,
      agreedBy: actor.userId,
      updatedAt: now,
      updatedBy: actor.userId,
    };
    const current = joint[0];
    if (current) {
      await tx
        .update(planSchedules)
        .set({ ...values, version: current.version + 1 })
        .where(and(eq(planSchedules.planId, planId), eq(planSchedules.variant, 'joint')));
    } else {
      const baseline = scheduled.activities.map(({ key, name, start, end }) => ({ key, name, start, end }));
      await tx.insert(planSchedules).values({ planId, variant: 'joint', version: 1, baseline, ...values });
    }
    await writeAudit(tx, actor, {
      action: 'update',
      entityType: 'schedule',
      entityId: `${planId}:joint`,
      summary: `Gezamenlijke planning van "${plan.row.name}" vastgesteld uit ${SIDE_NAMES[from]}`,
      after: { from, end: scheduled.end },
    });
  });
  const fed = await feedPlan(db, actor, plan, scheduled);
  return { ...(await getSchedule({ db, actor, planId, variant: 'joint' })), fedToPlan: fed };
}

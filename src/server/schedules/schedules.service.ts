import { and, eq } from 'drizzle-orm';
import type { TPlanInput } from '../../core/programme';
import { chooseTemplate } from '../../core/route-map';
import { computeSchedule, type ScheduleActivity, type ScheduleResult } from '../../core/schedule';
import { writeAudit } from '../audit/audit';
import type { Actor } from '../auth/actor';
import { recordSignals } from '../bottlenecks/bottlenecks.service';
import type { Db } from '../db/client';
import { planSchedules } from '../db/schema';
import { AppError } from '../http/errors';
import { canEditPlan } from '../plans/plans.policy';
import { toPlanState } from '../plans/plans.presenter';
import { findVisiblePlan, type PlanRecord } from '../plans/plans.queries';
import { updatePlan } from '../plans/plans.service';
import { scheduleCalendars } from './calendars';
import type { TPutScheduleRequest, TRouteMapRequest } from './schedules.schema';

type ScheduledOk = Extract<ScheduleResult, { ok: true }>;

/** The variants of a plan's schedule: the joint one, and each side's own version (issue 4, item 4). */
export const SCHEDULE_VARIANTS = ['joint', 'municipality', 'corporation'] as const;
export type ScheduleVariant = (typeof SCHEDULE_VARIANTS)[number];

/** Input activities with every dependency in full (a bare key is finish-to-start without lag). */
export function toActivities(input: TPutScheduleRequest['activities']): ScheduleActivity[] {
  return input.map((activity) => ({
    ...activity,
    dependsOn: activity.dependsOn.map((link) =>
      typeof link === 'string' ? { key: link, type: 'FS' as const, lagWeeks: 0 } : link,
    ),
  }));
}

/** The result as the contract shows it: `dependsOn` as keys, the full links beside them. */
export function presentSchedule(result: ScheduledOk) {
  return {
    activities: result.activities.map((activity) => ({
      ...activity,
      dependsOn: activity.dependsOn.map((link) => link.key),
      links: activity.dependsOn,
    })),
    start: result.start,
    end: result.end,
    durationWeeks: result.durationWeeks,
    criticalPath: result.criticalPath,
  };
}

/** Computes a schedule or throws the 422 that names the problem (a cycle names its activities). */
export function scheduleOrFail(
  activities: ScheduleActivity[],
  options: Parameters<typeof computeSchedule>[1],
): ScheduledOk {
  const result = computeSchedule(activities, options);
  if (!result.ok) {
    throw new AppError(
      'validation',
      result.message,
      [{ path: errorPath(result, activities), message: result.message }],
      {
        ...(result.error === 'cycle' ? { cycle: result.cycle } : {}),
      },
    );
  }
  return result;
}

/** Where a schedule error belongs in the request: `activities.3.durationWeeks`, `startDate`, or `activities`. */
function errorPath(error: Extract<ScheduleResult, { ok: false }>, activities: ScheduleActivity[]): string {
  if (error.error === 'cycle') return 'activities';
  // A duplicate key belongs to its second occurrence; every other error to the activity with that key.
  const find = error.error === 'duplicateKey' ? 'findLastIndex' : 'findIndex';
  const index = activities[find]((activity) => activity.key === error.activity);
  const at = index >= 0 ? `activities.${index}` : 'activities';
  if (error.error === 'unknownDependency') return `${at}.dependsOn`;
  if (error.error === 'duplicateKey') return `${at}.key`;
  if (error.field === 'start') return 'startDate';
  return error.activity === null ? error.field : `${at}.${error.field}`;
}

/** POST /route-map: the template the three answers choose, scheduled from `start` (default: today). */
export function routeMap(answers: TRouteMapRequest, start = new Date().toISOString().slice(0, 10)) {
  const template = chooseTemplate(answers);
  const result = scheduleOrFail(template.activities, { start });
  return { key: template.key, label: template.label, ...presentSchedule(result) };
}

async function requirePlan(db: Db, actor: Actor, planId: string) {
  const plan = await findVisiblePlan(db, actor, planId);
  if (!plan) throw new AppError('notFound', 'Dit plan bestaat niet of je mag het niet zien.');
  return plan;
}

/** GET /plans/{id}/schedule[?variant=]: the stored schedule with its dates computed, or 404. */
export async function getSchedule({
  db,
  actor,
  planId,
  variant = 'joint',
  today = new Date().toISOString().slice(0, 10),
}: {
  db: Db;
  actor: Actor;
  planId: string;
  variant?: ScheduleVariant;
  today?: string;
}) {
  const plan = await requirePlan(db, actor, planId);
  const [row] = await db
    .select()
    .from(planSchedules)
    .where(and(eq(planSchedules.planId, planId), eq(planSchedules.variant, variant)));
  if (!row)
    throw new AppError(
      'notFound',
      'Dit plan heeft nog geen planning. Beantwoord de drie vragen van de routekaart.',
    );
  const result = scheduleOrFail(row.activities as unknown as ScheduleActivity[], {
    start: row.startDate,
    today,
    ...(await scheduleCalendars(db, plan.row.regionId, plan.row.municipalityCode, row.startDate)),
  });
  return {
    planId,
    variant,
    version: row.version,
    route: row.route,
    templateKey: row.templateKey,
    agreedAt: row.agreedAt?.toISOString() ?? null,
    updatedAt: row.updatedAt.toISOString(),
    baseline: row.baseline,
    ...presentSchedule(result),
  };
}

/**
 * PUT /plans/{id}/schedule[?variant=]: saves the edited activities after computing them (a cycle is a 422 that
 * names the activities, and nothing is saved). Only who may edit the plan may edit its schedule; a stale
 * `version` is a 409. The first save also sets the baseline.
 */
export async function putSchedule({
  db,
  actor,
  planId,
  variant = 'joint',
  body,
}: {
  db: Db;
  actor: Actor;
  planId: string;
  variant?: ScheduleVariant;
  body: TPutScheduleRequest;
}) {
  const plan = await requirePlan(db, actor, planId);
  const partyIds = plan.parties.map((party) => party.organisationId);
  if (!canEditPlan(actor, { ...plan.row, partyIds })) {
    throw new AppError('forbidden', 'Je mag de planning van dit plan niet wijzigen.');
  }
  const activities = toActivities(body.activities);
  const calendars = await scheduleCalendars(db, plan.row.regionId, plan.row.municipalityCode, body.startDate);
  const result = scheduleOrFail(activities, { start: body.startDate, ...calendars });
  await db.transaction(async (tx) => {
    const [current] = await tx
      .select({ version: planSchedules.version, baseline: planSchedules.baseline })
      .from(planSchedules)
      .where(and(eq(planSchedules.planId, planId), eq(planSchedules.variant, variant)));
    if (current && body.version !== undefined && body.version !== current.version) {
      throw new AppError(
        'conflict',
        'Iemand anders heeft deze planning intussen gewijzigd. Laad de nieuwste versie; je eigen invoer blijft bewaard.',
        undefined,
        { currentVersion: current.version },
      );
    }
    const values = {
      route: body.route ?? null,
      templateKey: body.templateKey ?? null,
      startDate: body.startDate,
      activities: activities as unknown as Record<string, unknown>[],
      updatedAt: new Date(),
      updatedBy: actor.userId,
    };
    if (current) {
      await tx
        .update(planSchedules)
        .set({ ...values, version: current.version + 1 })
        .where(and(eq(planSchedules.planId, planId), eq(planSchedules.variant, variant)));
    } else {
      const baseline = result.activities.map(({ key, name, start, end }) => ({ key, name, start, end }));
      await tx.insert(planSchedules).values({ planId, variant, version: 1, baseline, ...values });
    }
    if (variant === 'joint' && current?.baseline) {
      const delay = criticalDelay(result, current.baseline as unknown as BaselineEntry[]);
      if (delay) {
        await recordSignals(
          tx,
          actor.regionId,
          [
            {
              key: `schedule-delay:${planId}:${result.end.slice(0, 7)}`,
              kind: 'scheduleDelay',
              municipalityCode: plan.row.municipalityCode,
              planId,
              title: `${plan.row.name}: oplevering ${delay.weeks} weken later door vertraging op het kritieke pad`,
              detail: `Vertraagd op het kritieke pad: ${delay.activities.join(', ')}. Nieuwe einddatum ${result.end} (basisplanning ${delay.baselineEnd}).`,
            },
          ],
          actor,
        );
      }
    }
    await writeAudit(tx, actor, {
      action: current ? 'update' : 'create',
      entityType: 'schedule',
      entityId: `${planId}:${variant}`,
      summary: `Planning (${variant}) van "${plan.row.name}" ${current ? 'gewijzigd' : 'aangemaakt'}: ${result.activities.length} activiteiten, einde ${result.end}`,
      after: { startDate: body.startDate, activities },
    });
  });
  const fed = variant === 'joint' ? await feedPlan(db, actor, plan, result) : null;
  return { ...(await getSchedule({ db, actor, planId, variant })), fedToPlan: fed };
}

/**
 * What the joint planning tells the plan (issue 4, item 2): its next milestone (the first decision not yet done,
 * with its planned date — so a milestone that passes without progress shows as "bezette planruimte" in the
 * monitor), and, when the plan has no delivery years yet, the year the planning delivers, so the monitor and
 * the forecast count it. Delivery years a person entered are never overwritten. Null when nothing changes.
 */
export function planUpdateFromSchedule(result: ScheduledOk, state: TPlanInput, today: string) {
  const next = result.activities
    .filter((a) => a.milestone && !a.actualEnd && a.end >= today)
    .sort((a, b) => a.end.localeCompare(b.end))[0];
  const patch: Partial<Pick<TPlanInput, 'nextMilestone' | 'deliveries'>> = {};
  if (next && (state.nextMilestone?.label !== next.name || state.nextMilestone?.date !== next.end)) {
    patch.nextMilestone = { label: next.name.slice(0, 200), date: next.end };
  }
  if (state.deliveries.length === 0) {
    const homes = state.segments.reduce((sum, line) => sum + line.homes, 0);
    patch.deliveries = [{ year: Number(result.end.slice(0, 4)), homes }];
  }
  return Object.keys(patch).length ? patch : null;
}

/** Applies planUpdateFromSchedule as a normal plan edit (version, history, audit); a concurrent edit wins. */
export async function feedPlan(db: Db, actor: Actor, plan: PlanRecord, result: ScheduledOk) {
  const patch = planUpdateFromSchedule(result, toPlanState(plan), new Date().toISOString().slice(0, 10));
  if (!patch) return null;
  try {
    await updatePlan({ db, actor, id: plan.row.id, body: { version: plan.row.version, ...patch } });
    return patch;
  } catch (error) {
    if (error instanceof AppError && error.code === 'conflict') return null;
    throw error;
  }
}

interface BaselineEntry {
  key: string;
  name: string;
  start: string;
  end: string;
}

/**
 * A delay that moves the delivery (issue 4, item 7): the schedule ends later than its baseline and some critical
 * activity ends later than in the baseline. Null otherwise.
 */
export function criticalDelay(result: ScheduledOk, baseline: readonly BaselineEntry[]) {
  // ISO dates compare as text: the latest is the last in sorted order.
  const baselineEnd =
    baseline
      .map((entry) => entry.end)
      .sort()
      .at(-1) ?? '';
  if (!baselineEnd || result.end <= baselineEnd) return null;
  const before = new Map(baseline.map((entry) => [entry.key, entry.end]));
  const late = result.activities.filter((a) => a.critical && (before.get(a.key) ?? a.end) < a.end);
  if (late.length === 0) return null;
  const weeks = Math.round((Date.parse(result.end) - Date.parse(baselineEnd)) / (7 * 86_400_000));
  return { weeks, baselineEnd, activities: late.map((a) => a.name) };
}

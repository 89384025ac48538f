import { and, asc, eq, inArray, ne, sql } from 'drizzle-orm';
import {
  chooseTemplate,
  type RouteMapAnswers,
  templateToActivity,
  type WhatIfActivity,
} from '../../core/route-map';
import { computeSchedule } from '../../core/schedule';
import { loadScheduleCalendars, type ScheduleCalendars } from '../schedules/calendars';
import type { Db } from './client';
import { planSchedules, plans } from './schema';

/** The demo schedules start here: a year before the demo's "now", so the planning phase is under way. */
export const DEMO_SCHEDULE_START = '2025-09-01';

/**
 * The route map answers a demo plan gets: an area from 200 homes; a plan still in its initiative with fewer
 * than 100 homes takes a BOPA, others change the omgevingsplan; every other plan prepares in parallel.
 */
export function demoRoute(plan: { totalHomes: number; phase: string }, index: number): RouteMapAnswers {
  return {
    development: plan.totalHomes >= 200 ? 'area' : 'site',
    procedure: plan.phase === 'initiative' && plan.totalHomes < 100 ? 'outOfPlanPermit' : 'zoningPlanChange',
    preparation: index % 2 === 1 ? 'parallel' : 'sequential',
  };
}

/**
 * A demo plan's joint schedule: the template of its route from DEMO_SCHEDULE_START; for a plan in its planning
 * phase, the initiative activities are recorded as done when planned.
 */
export function demoSchedule(
  plan: { totalHomes: number; phase: string },
  index: number,
  calendars: ScheduleCalendars | null,
): { route: RouteMapAnswers; templateKey: string; activities: WhatIfActivity[] } {
  const route = demoRoute(plan, index);
  const template = chooseTemplate(route);
  const activities = template.activities.map(templateToActivity);
  if (plan.phase === 'planning') {
    const planned = computeSchedule(activities, { start: DEMO_SCHEDULE_START, ...calendars });
    if (planned.ok) {
      planned.activities.forEach((done, i) => {
        const activity = activities[i];
        if (activity && done.phase === 'initiative') {
          activity.actualStart = done.start;
          activity.actualEnd = done.end;
        }
      });
    }
  }
  return { route, templateKey: template.key, activities };
}

/**
 * Joint schedules for the fictional demo plans in their initiative or planning phase that are not private drafts,
 * so the planning, capacity and what-if pages show something on a fresh start. Runs once: nothing happens when
 * any schedule exists. Real (non-fictional) projects never get an invented schedule.
 */
export async function seedDemoSchedules(db: Db): Promise<number> {
  const [existing] = await db.select({ n: sql<number>`count(*)::int` }).from(planSchedules);
  if ((existing?.n ?? 0) > 0) return 0;
  const rows = await db
    .select({
      id: plans.id,
      totalHomes: plans.totalHomes,
      phase: plans.phase,
      municipalityCode: plans.municipalityCode,
      regionId: plans.regionId,
    })
    .from(plans)
    .where(
      and(
        eq(plans.fictional, true),
        ne(plans.visibility, 'private'),
        inArray(plans.phase, ['initiative', 'planning']),
      ),
    )
    .orderBy(asc(plans.externalId));
  if (rows.length === 0) return 0;
  const calendars = new Map<string, ScheduleCalendars>();
  for (const regionId of new Set(rows.map((row) => row.regionId))) {
    const codes = [
      ...new Set(rows.filter((row) => row.regionId === regionId).map((row) => row.municipalityCode)),
    ];
    for (const [code, value] of await loadScheduleCalendars(db, regionId, codes, DEMO_SCHEDULE_START)) {
      calendars.set(`${regionId}:${code}`, value);
    }
  }
  const values = rows.map((plan, index) => {
    const planCalendars = calendars.get(`${plan.regionId}:${plan.municipalityCode}`) ?? null;
    const schedule = demoSchedule(plan, index, planCalendars);
    const baseline = computeSchedule(schedule.activities, { start: DEMO_SCHEDULE_START, ...planCalendars });
    return {
      planId: plan.id,
      variant: 'joint',
      version: 1,
      route: { ...schedule.route },
      templateKey: schedule.templateKey,
      startDate: DEMO_SCHEDULE_START,
      activities: schedule.activities as unknown as Record<string, unknown>[],
      baseline: baseline.ok
        ? baseline.activities.map(({ key, name, start, end }) => ({ key, name, start, end }))
        : null,
    };
  });
  await db.insert(planSchedules).values(values).onConflictDoNothing();
  return values.length;
}

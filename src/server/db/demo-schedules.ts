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

/** How long a demo plan has been under way when the demo is seeded: its planning phase has begun, or its initiative. */
const WEEKS_UNDER_WAY: Record<string, number> = { planning: 26, initiative: 4 };

/** The Monday on or before `today` minus the weeks the plan's phase has been under way. */
export function demoStart(today: string, phase: string): string {
  const day = new Date(`${today}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 7 * (WEEKS_UNDER_WAY[phase] ?? 0));
  day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7));
  return day.toISOString().slice(0, 10);
}

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
 * A demo plan's joint schedule: the template of its route, started as long ago as its phase suggests (relative to
 * the day the demo is seeded, so a fresh demo is current), with what was planned before today recorded as done
 * or started on the planned dates — the planning shows no invented delays.
 */
export function demoSchedule(
  plan: { totalHomes: number; phase: string },
  index: number,
  calendars: ScheduleCalendars | null,
  today: string,
): { route: RouteMapAnswers; templateKey: string; startDate: string; activities: WhatIfActivity[] } {
  const route = demoRoute(plan, index);
  const template = chooseTemplate(route);
  const activities = template.activities.map(templateToActivity);
  const startDate = demoStart(today, plan.phase);
  const planned = computeSchedule(activities, { start: startDate, ...calendars });
  if (planned.ok) {
    planned.activities.forEach((dated, i) => {
      const activity = activities[i];
      if (!activity || dated.start > today) return;
      activity.actualStart = dated.start;
      if (dated.end <= today) activity.actualEnd = dated.end;
    });
  }
  return { route, templateKey: template.key, startDate, activities };
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
  const today = new Date().toISOString().slice(0, 10);
  const from = demoStart(today, 'planning');
  const calendars = new Map<string, ScheduleCalendars>();
  for (const regionId of new Set(rows.map((row) => row.regionId))) {
    const codes = [
      ...new Set(rows.filter((row) => row.regionId === regionId).map((row) => row.municipalityCode)),
    ];
    for (const [code, value] of await loadScheduleCalendars(db, regionId, codes, from)) {
      calendars.set(`${regionId}:${code}`, value);
    }
  }
  const values = rows.map((plan, index) => {
    const planCalendars = calendars.get(`${plan.regionId}:${plan.municipalityCode}`) ?? null;
    const schedule = demoSchedule(plan, index, planCalendars, today);
    const baseline = computeSchedule(schedule.activities, { start: schedule.startDate, ...planCalendars });
    return {
      planId: plan.id,
      variant: 'joint',
      version: 1,
      route: { ...schedule.route },
      templateKey: schedule.templateKey,
      startDate: schedule.startDate,
      activities: schedule.activities as unknown as Record<string, unknown>[],
      baseline: baseline.ok
        ? baseline.activities.map(({ key, name, start, end }) => ({ key, name, start, end }))
        : null,
    };
  });
  await db.insert(planSchedules).values(values).onConflictDoNothing();
  return values.length;
}

import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app';
import { computeSchedule } from '../../core/schedule';
import { DEMO_SCHEDULE_START, demoRoute, demoSchedule } from './demo-schedules';
import { planSchedules, plans } from './schema';

describe('demo schedules', () => {
  test('the route follows the plan: an area from 200 homes, a BOPA for a small initiative, parallel every other', () => {
    expect(demoRoute({ totalHomes: 240, phase: 'planning' }, 0)).toEqual({
      development: 'area',
      procedure: 'zoningPlanChange',
      preparation: 'sequential',
    });
    expect(demoRoute({ totalHomes: 80, phase: 'initiative' }, 1)).toEqual({
      development: 'site',
      procedure: 'outOfPlanPermit',
      preparation: 'parallel',
    });
  });

  test('a plan in its planning phase has its initiative recorded as done, on the planned dates', () => {
    const { activities } = demoSchedule({ totalHomes: 36, phase: 'planning' }, 0, null);
    const initiative = activities.filter((a) => a.phase === 'initiative');
    expect(initiative.length).toBeGreaterThan(0);
    for (const activity of initiative) {
      expect(activity.actualStart).toBeTruthy();
      expect(activity.actualEnd).toBeTruthy();
    }
    expect(activities.filter((a) => a.phase !== 'initiative').every((a) => !a.actualEnd)).toBe(true);
    const result = computeSchedule(activities, { start: DEMO_SCHEDULE_START, today: '2026-11-23' });
    expect(result.ok).toBe(true);
    const idea = demoSchedule({ totalHomes: 36, phase: 'initiative' }, 0, null);
    expect(idea.activities.every((a) => !a.actualStart)).toBe(true);
  });

  describe('in the seeded demo region', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp('pglite');
    });
    afterAll(() => t.close());

    test('only fictional plans that are no private draft have a schedule', async () => {
      const rows = await t.database.db
        .select({ fictional: plans.fictional, visibility: plans.visibility, phase: plans.phase })
        .from(planSchedules)
        .innerJoin(plans, and(eq(plans.id, planSchedules.planId), eq(planSchedules.variant, 'joint')));
      expect(rows.length).toBeGreaterThan(10);
      for (const row of rows) {
        expect(row.fictional).toBe(true);
        expect(row.visibility).not.toBe('private');
        expect(['initiative', 'planning']).toContain(row.phase);
      }
    });
  });
});

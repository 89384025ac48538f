import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app';
import { computeSchedule } from '../../core/schedule';
import { demoRoute, demoSchedule, demoStart } from './demo-schedules';
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

  test('a plan in its planning phase started half a year ago; what was planned before today is recorded', () => {
    const today = '2026-11-23';
    expect(demoStart(today, 'planning')).toBe('2026-05-25');
    expect(demoStart(today, 'initiative')).toBe('2026-10-26');
    const { activities, startDate } = demoSchedule({ totalHomes: 36, phase: 'planning' }, 0, null, today);
    expect(startDate).toBe('2026-05-25');
    for (const activity of activities.filter((a) => a.phase === 'initiative')) {
      expect(activity.actualStart).toBeTruthy();
      expect(activity.actualEnd).toBeTruthy();
    }
    expect(activities.filter((a) => a.phase !== 'initiative').some((a) => a.actualStart)).toBe(true);
    expect(activities.every((a) => !a.actualStart || a.actualStart <= today)).toBe(true);
    expect(activities.every((a) => !a.actualEnd || a.actualEnd <= today)).toBe(true);
    // As planned: measured today, the schedule ends where its plan without actual dates ends.
    const measured = computeSchedule(activities, { start: startDate, today });
    const planned = computeSchedule(
      activities.map(({ actualStart: _s, actualEnd: _e, ...rest }) => rest),
      { start: startDate },
    );
    expect(measured.ok && planned.ok && measured.end === planned.end).toBe(true);
    const idea = demoSchedule({ totalHomes: 36, phase: 'initiative' }, 0, null, today);
    expect(idea.activities.filter((a) => a.actualStart).map((a) => a.key)).toEqual(['initiatief']);
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

import fc from 'fast-check';
import { expect, test } from 'vitest';
import { formatIsoDay, parseIsoDay } from '../schedule/dates';
import { computeStaffDemand, HOURS_PER_FTE } from './demand';
import { monthWindow } from './months';

const ROLES = ['projectleider', 'jurist', 'planeconoom'];
const BASE = parseIsoDay('2026-10-01') as number;

const activity = fc.record({
  startDay: fc.integer({ min: 0, max: 1500 }),
  weeks: fc.integer({ min: 0, max: 120 }),
  staffing: fc.array(
    fc.record({ role: fc.constantFrom(...ROLES), hoursPerWeek: fc.integer({ min: 0, max: 40 }) }),
    { maxLength: 3 },
  ),
});
const schedules = fc.array(fc.array(activity, { maxLength: 8 }), { maxLength: 8 });

/**
 * Demand is conserved: each cell is average FTE over its month, so FTE × days of the month, summed over all cells,
 * equals Σ hours / HOURS_PER_FTE × days the activity runs inside the window, exactly (up to float rounding).
 * And every cell is the sum of its plans' shares.
 */
test('person-days are conserved and each cell is the sum of its plans', () => {
  fc.assert(
    fc.property(schedules, fc.integer({ min: 1, max: 48 }), (plans, months) => {
      const input = plans.map((activities, i) => ({
        planId: `p${i}`,
        planName: `Plan ${i}`,
        activities: activities.map((a) => ({
          start: formatIsoDay(BASE + a.startDay),
          end: formatIsoDay(BASE + a.startDay + a.weeks * 7),
          staffing: a.staffing,
        })),
      }));
      const demand = computeStaffDemand(input, { from: '2027-01', months });
      const { bounds } = monthWindow('2027-01', months);
      const first = bounds[0] as number;
      const last = bounds[months] as number;
      let expected = 0;
      for (const plan of plans)
        for (const a of plan) {
          const days = Math.max(
            0,
            Math.min(BASE + a.startDay + a.weeks * 7, last) - Math.max(BASE + a.startDay, first),
          );
          for (const s of a.staffing) expected += (s.hoursPerWeek / HOURS_PER_FTE) * days;
        }
      let actual = 0;
      for (const row of demand.roles)
        row.cells.forEach((cell, m) => {
          actual += cell.fte * ((bounds[m + 1] as number) - (bounds[m] as number));
          const sum = cell.plans.reduce((total, share) => total + share.fte, 0);
          expect(sum).toBeCloseTo(cell.fte, 9);
        });
      expect(actual).toBeCloseTo(expected, 6);
    }),
    { numRuns: 200 },
  );
});

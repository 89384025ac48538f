import { describe, expect, test } from 'vitest';
import { computeStaffDemand, HOURS_PER_FTE } from './demand';
import type { StaffingActivity } from './types';

const plan = (planId: string, activities: StaffingActivity[]) => ({
  planId,
  planName: `Plan ${planId}`,
  activities,
});
const jurist = (hoursPerWeek: number) => [{ role: 'jurist', hoursPerWeek }];
const fteOf = (demand: ReturnType<typeof computeStaffDemand>, role: string) =>
  demand.roles.find((row) => row.role === role)?.cells.map((cell) => Number(cell.fte.toFixed(6)));

describe('computeStaffDemand', () => {
  test.each([
    // [why, activity, window, expected FTE per month]
    ['whole months: 18 h/week is half of a 36-hour week', ['2027-01-01', '2027-03-01'], 18, [0.5, 0.5, 0]],
    ['pro rata by days: 10 of 31 January days', ['2027-01-22', '2027-02-01'], 36, [10 / 31, 0, 0]],
    ['February 2028 has 29 days', ['2028-02-01', '2028-02-15'], 36, [0, 14 / 29, 0]],
    ['clipped at the window: before and after', ['2026-06-01', '2030-01-01'], 36, [1, 1, 1]],
    ['a milestone (0 days) adds nothing', ['2027-02-10', '2027-02-10'], 36, null],
    ['outside the window adds nothing', ['2026-01-01', '2026-12-31'], 36, null],
  ] as const)('%s', (_why, [start, end], hours, expected) => {
    const from = start.startsWith('2028') ? '2028-01' : '2027-01';
    const demand = computeStaffDemand([plan('a', [{ start, end, staffing: jurist(hours) }])], {
      from,
      months: 3,
    });
    expect(fteOf(demand, 'jurist')).toEqual(
      expected === null ? undefined : expected.map((v) => Number(v.toFixed(6))),
    );
  });

  test('sums plans per role-month and names each plan with its share, largest first', () => {
    const demand = computeStaffDemand(
      [
        plan('a', [{ start: '2027-01-01', end: '2027-02-01', staffing: jurist(9) }]),
        plan('b', [
          { start: '2027-01-01', end: '2027-02-01', staffing: jurist(18) },
          { start: '2027-01-01', end: '2027-02-01', staffing: [{ role: 'projectleider', hoursPerWeek: 36 }] },
        ]),
      ],
      { from: '2027-01', months: 1 },
    );
    expect(demand.months).toEqual(['2027-01']);
    expect(demand.roles.map((row) => row.role)).toEqual(['projectleider', 'jurist']);
    const cell = demand.roles[1]?.cells[0];
    expect(cell?.fte).toBeCloseTo(27 / HOURS_PER_FTE);
    expect(cell?.plans).toEqual([
      { planId: 'b', planName: 'Plan b', fte: 0.5 },
      { planId: 'a', planName: 'Plan a', fte: 0.25 },
    ]);
  });

  test('only the parties asked for count; an activity without a party always does', () => {
    const activity = (party: string | null) => ({
      start: '2027-01-01',
      end: '2027-02-01',
      staffing: jurist(36),
      party,
    });
    const demand = computeStaffDemand(
      [plan('a', [activity('gemeente'), activity('corporatie'), activity('gezamenlijk'), activity(null)])],
      { from: '2027-01', months: 1, parties: ['gemeente', 'gezamenlijk'] },
    );
    expect(fteOf(demand, 'jurist')).toEqual([3]);
  });

  test('a window across the year end has the right months', () => {
    const demand = computeStaffDemand([], { from: '2027-11', months: 3 });
    expect(demand.months).toEqual(['2027-11', '2027-12', '2028-01']);
    expect(demand.roles).toEqual([]);
  });
});

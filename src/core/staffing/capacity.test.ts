import { describe, expect, test } from 'vitest';
import { compareWithCapacity } from './capacity';
import { computeStaffDemand } from './demand';

const demand = computeStaffDemand(
  [
    {
      planId: 'a',
      planName: 'Stationsgebied',
      activities: [
        { start: '2027-01-01', end: '2027-03-01', staffing: [{ role: 'jurist', hoursPerWeek: 36 }] },
        { start: '2027-02-01', end: '2027-03-01', staffing: [{ role: 'planeconoom', hoursPerWeek: 18 }] },
      ],
    },
    {
      planId: 'b',
      planName: 'Anna’s Hoeve',
      activities: [
        { start: '2027-02-01', end: '2027-03-01', staffing: [{ role: 'jurist', hoursPerWeek: 18 }] },
      ],
    },
  ],
  { from: '2027-01', months: 2 },
);

describe('compareWithCapacity', () => {
  test('flags the months where demand exceeds what is available, with the plans causing it', () => {
    const result = compareWithCapacity(demand, { jurist: 1.2 });
    expect(result.overAllocations).toEqual([
      {
        role: 'jurist',
        month: '2027-02',
        fte: 1.5,
        available: 1.2,
        shortage: expect.closeTo(0.3),
        plans: [
          { planId: 'a', planName: 'Stationsgebied', fte: 1 },
          { planId: 'b', planName: 'Anna’s Hoeve', fte: 0.5 },
        ],
      },
    ]);
    const jurist = result.roles.find((row) => row.role === 'jurist');
    expect(jurist?.peak).toBe(1.5);
    expect(jurist?.cells.map((cell) => cell.over)).toEqual([false, true]);
  });

  test.each([
    ['equal to what is available is not over', { jurist: 1.5 }, 0],
    ['a role without recorded capacity is never flagged', {}, 0],
    ['zero available: every month with demand is over', { jurist: 0 }, 2],
  ])('%s', (_why, available, count) => {
    expect(compareWithCapacity(demand, available).overAllocations).toHaveLength(count);
  });

  test('roles with capacity but no demand are listed, with zero cells', () => {
    const result = compareWithCapacity(demand, { projectleider: 2 });
    expect(result.roles.map((row) => [row.role, row.available])).toEqual([
      ['projectleider', 2],
      ['jurist', null],
      ['planeconoom', null],
    ]);
    expect(result.roles[0]?.cells.map((cell) => cell.fte)).toEqual([0, 0]);
  });
});

import { describe, expect, test } from 'vitest';
import { findOccupiedCapacity, freedCapacity } from './stale';
import { testPlan } from './test-data';

const today = new Date('2026-11-23T12:00:00Z');
const settings = { reserveMargin: 1.3, staleAfterMonths: 12 };

describe('findOccupiedCapacity ("bezet planruimte")', () => {
  test.each([
    [
      'a passed milestone without an update since',
      { nextMilestoneDate: '2026-06-01', updatedAt: '2026-05-01T00:00:00Z' },
      1,
    ],
    [
      'a passed milestone, updated after it',
      { nextMilestoneDate: '2026-06-01', updatedAt: '2026-07-01T00:00:00Z' },
      0,
    ],
    ['a milestone still ahead', { nextMilestoneDate: '2027-06-01', updatedAt: '2026-05-01T00:00:00Z' }, 0],
    ['not updated for 13 months', { updatedAt: '2025-10-01T00:00:00Z' }, 1],
    [
      'on hold: its capacity is freed, not occupied',
      { updatedAt: '2020-01-01T00:00:00Z', programmeStatus: 'onHold' as const },
      0,
    ],
    [
      'delivered plans hold no capacity',
      { updatedAt: '2020-01-01T00:00:00Z', phase: 'delivered' as const },
      0,
    ],
  ])('%s', (_label, overrides, count) => {
    const found = findOccupiedCapacity([testPlan(overrides)], settings, today);
    expect(found).toHaveLength(count);
    if (count) expect(found[0]?.homes).toBe(100);
  });

  test('on-hold and withdrawn plans are listed as freed capacity', () => {
    const freed = freedCapacity([testPlan({ programmeStatus: 'withdrawn' }), testPlan({ id: 'b' })]);
    expect(freed).toEqual([expect.objectContaining({ status: 'withdrawn', homes: 100 })]);
  });
});

import { describe, expect, test } from 'vitest';
import { compareSnapshots, quarterOf, takeSnapshot } from './snapshot';
import { testPlan } from './test-data';

describe('snapshots', () => {
  test('quarters', () => {
    expect(quarterOf(new Date('2026-11-23T00:00:00Z'))).toBe('2026-Q4');
    expect(quarterOf(new Date('2026-01-01T00:00:00Z'))).toBe('2026-Q1');
  });

  test('added, dropped, moved and delayed between two snapshots', () => {
    const older = takeSnapshot(
      [testPlan({ id: 'a' }), testPlan({ id: 'b' }), testPlan({ id: 'c' }), testPlan({ id: 'd' })],
      '2026-06-30T00:00:00Z',
    );
    const newer = takeSnapshot(
      [
        testPlan({ id: 'a', phase: 'construction' }),
        testPlan({ id: 'b', programmeStatus: 'withdrawn' }),
        testPlan({ id: 'c', deliveries: [{ year: 2029, homes: 100 }] }),
        testPlan({ id: 'e' }),
      ],
      '2026-09-30T00:00:00Z',
    );
    const diff = compareSnapshots(older, newer);
    expect(diff.added.map((p) => p.id)).toEqual(['e']);
    expect(diff.dropped.map((p) => [p.id, p.status])).toEqual([
      ['b', 'withdrawn'],
      ['d', 'removed'],
    ]);
    expect(diff.moved).toEqual([
      expect.objectContaining({ id: 'a', from: { phase: 'elaboration', hardness: 'hard' } }),
    ]);
    expect(diff.delayed).toEqual([expect.objectContaining({ id: 'c', from: 2027, to: 2029, years: 2 })]);
  });
});

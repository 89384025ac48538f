import { describe, expect, test } from 'vitest';
import { quarterOf, takeSnapshot } from './snapshot';
import { compareSnapshots } from './snapshot-compare';
import { testPlan } from './test-data';

describe('quarterOf', () => {
  test.each([
    ['2026-11-23T00:00:00Z', '2026-Q4'],
    ['2026-01-01T00:00:00Z', '2026-Q1'],
    ['2026-07-01T00:00:00Z', '2026-Q3'],
    // Half past midnight on 1 October in Amsterdam (CEST, UTC+2): already the fourth quarter there.
    ['2026-09-30T22:30:00Z', '2026-Q4'],
    // New Year's night in Amsterdam (CET, UTC+1).
    ['2026-12-31T23:30:00Z', '2027-Q1'],
  ])('%s is %s', (iso, quarter) => {
    expect(quarterOf(new Date(iso))).toBe(quarter);
  });
});

describe('compareSnapshots', () => {
  const older = takeSnapshot(
    [
      testPlan({ id: 'a' }),
      testPlan({ id: 'b' }),
      testPlan({ id: 'c' }),
      testPlan({ id: 'd' }),
      testPlan({ id: 'f', municipalityCode: 'GM0002', programmeStatus: 'onHold' }),
    ],
    '2026-06-30T00:00:00Z',
  );
  const newer = takeSnapshot(
    [
      testPlan({ id: 'a', phase: 'construction' }),
      testPlan({ id: 'b', programmeStatus: 'withdrawn' }),
      testPlan({ id: 'c', deliveries: [{ year: 2029, homes: 100 }] }),
      testPlan({ id: 'e', municipalityCode: 'GM0002' }),
      testPlan({ id: 'f', municipalityCode: 'GM0002', programmeStatus: 'withdrawn' }),
    ],
    '2026-09-30T00:00:00Z',
  );
  const diff = compareSnapshots(older, newer);

  test('the snapshot keeps homes and the delivery years', () => {
    expect(older.quarter).toBe('2026-Q2');
    expect(older.plans[0]).toMatchObject({ homes: 100, firstDeliveryYear: 2027, lastDeliveryYear: 2028 });
  });

  test('added, dropped (gone or no longer active), moved and delayed', () => {
    expect(diff.added.map((p) => p.id)).toEqual(['e']);
    expect(diff.dropped.map((p) => [p.id, p.status])).toEqual([
      ['b', 'withdrawn'],
      ['d', 'removed'],
    ]);
    expect(diff.moved).toEqual([
      expect.objectContaining({
        id: 'a',
        from: { phase: 'elaboration', hardness: 'hard' },
        to: { phase: 'construction', hardness: 'hard' },
      }),
    ]);
    expect(diff.delayed).toEqual([expect.objectContaining({ id: 'c', from: 2027, to: 2029, years: 2 })]);
  });

  test('counted per municipality', () => {
    expect(diff.byMunicipality).toEqual([
      { code: 'GM0001', added: 0, dropped: 2, moved: 1, delayed: 1 },
      { code: 'GM0002', added: 1, dropped: 0, moved: 0, delayed: 0 },
    ]);
  });

  test('a snapshot compared with itself changes nothing', () => {
    expect(compareSnapshots(newer, newer)).toEqual({
      added: [],
      dropped: [],
      moved: [],
      delayed: [],
      byMunicipality: [],
    });
  });
});

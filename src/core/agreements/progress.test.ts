import { describe, expect, test } from 'vitest';
import {
  computeProgress,
  countedYears,
  type ProgressPlan,
  segmentHomesInYears,
  suggestStatus,
} from './progress';

const plan = (over: Partial<ProgressPlan> = {}): ProgressPlan => ({
  id: 'p1',
  name: 'Plan A (fictief)',
  phase: 'construction',
  // 40 social of 100 homes: 40% of every year's deliveries counts as social rent.
  segments: [
    { segment: 'socialRent', homes: 40 },
    { segment: 'midRent', homes: 20 },
    { segment: 'freeBuy', homes: 40 },
  ],
  deliveries: [
    { year: 2025, homes: 50 },
    { year: 2026, homes: 50 },
  ],
  ...over,
});

describe('countedYears', () => {
  test.each([
    [2025, null, [2025]],
    [2025, '2025-12-31', [2025]],
    [2024, '2027-12-31', [2024, 2025, 2026, 2027]],
    [2026, '2024-01-01', [2026]],
  ])('agreement year %i, due %s → %j', (year, due, expected) => {
    expect(countedYears(year, due)).toEqual(expected);
  });
});

describe('segmentHomesInYears', () => {
  test.each([
    [['socialRent'], [2025], 20],
    [['socialRent'], [2025, 2026], 40],
    [['socialRent', 'midRent'], [2026], 30],
    [['socialRent'], [2030], 0],
  ])('segments %j in %j → %i homes', (segments, years, expected) => {
    expect(segmentHomesInYears(plan(), segments, years)).toBe(expected);
  });

  test('a plan without homes counts nothing', () => {
    expect(segmentHomesInYears(plan({ segments: [] }), ['socialRent'], [2025])).toBe(0);
  });
});

describe('computeProgress', () => {
  test('new social rent counts the social-rent homes of the linked plans, delivered and planned apart', () => {
    const done = plan({ id: 'p2', name: 'Plan B (fictief)', phase: 'delivered' });
    const progress = computeProgress({ topic: 'newSocialRent', dueDate: null }, 2025, [plan(), done]);
    expect(progress).toMatchObject({ basis: 'computed', delivered: 20, planned: 20, years: [2025] });
    expect(progress.plans).toEqual([
      { id: 'p1', name: 'Plan A (fictief)', delivered: 0, planned: 20 },
      { id: 'p2', name: 'Plan B (fictief)', delivered: 20, planned: 0 },
    ]);
  });

  test.each([
    ['a topic that plans cannot tell (sustainability)', 'sustainability', [plan()]],
    ['a computable topic without linked plans', 'newSocialRent', []],
  ])('%s is entered by hand', (_label, topic, plans) => {
    expect(computeProgress({ topic, dueDate: null }, 2025, plans).basis).toBe('entered');
  });
});

describe('suggestStatus', () => {
  test.each([
    [100, 100, 0, 'done'],
    [100, 60, 40, 'onTrack'],
    [100, 50, 30, 'atRisk'],
    [100, 20, 10, 'behind'],
    [null, 20, 0, null],
    [100, null, 0, null],
  ])('target %s, actual %s, planned %s → %s', (target, actual, planned, expected) => {
    expect(suggestStatus(target, actual, planned)).toBe(expected);
  });
});

import { describe, expect, test } from 'vitest';
import { explainOccupied, findOccupiedCapacity, freedCapacity } from './stale';
import { testPlan } from './test-data';
import type { MonitorPlan } from './types';

const today = new Date('2026-11-23T12:00:00Z');
const settings = { reserveMargin: 1.3, staleAfterMonths: 12 };

describe('findOccupiedCapacity ("bezet planruimte")', () => {
  test.each<[string, Partial<MonitorPlan>, string[]]>([
    [
      'a passed milestone without an update since',
      {
        nextMilestoneDate: '2026-06-01',
        nextMilestoneLabel: 'Vaststelling',
        updatedAt: '2026-05-01T00:00:00Z',
      },
      ['Mijlpaal "Vaststelling" van 1 juni 2026 is verstreken zonder voortgang.'],
    ],
    [
      'a passed milestone, updated on its date',
      { nextMilestoneDate: '2026-06-01', updatedAt: '2026-06-01T09:00:00Z' },
      [],
    ],
    [
      'a milestone today has not passed yet',
      { nextMilestoneDate: '2026-11-23', updatedAt: '2026-05-01T00:00:00Z' },
      [],
    ],
    ['a milestone still ahead', { nextMilestoneDate: '2027-06-01', updatedAt: '2026-05-01T00:00:00Z' }, []],
    [
      'not updated for 13 months',
      { updatedAt: '2025-10-01T00:00:00Z' },
      ['Niet bijgewerkt sinds 1 oktober 2025 (langer dan 12 maanden).'],
    ],
    ['updated exactly 12 months ago', { updatedAt: '2025-11-23T08:00:00Z' }, []],
    [
      'both reasons',
      { nextMilestoneDate: '2025-12-01', updatedAt: '2025-01-15T00:00:00Z' },
      [
        'Mijlpaal van 1 december 2025 is verstreken zonder voortgang.',
        'Niet bijgewerkt sinds 15 januari 2025 (langer dan 12 maanden).',
      ],
    ],
  ])('%s', (_label, overrides, reasons) => {
    expect(explainOccupied(testPlan(overrides), settings, today)).toEqual(reasons);
    const found = findOccupiedCapacity([testPlan(overrides)], settings, today);
    expect(found).toEqual(
      reasons.length ? [expect.objectContaining({ homes: 100, hardness: 'hard', reasons })] : [],
    );
  });

  test.each<[string, Partial<MonitorPlan>]>([
    ['on hold: its capacity is freed, not occupied', { programmeStatus: 'onHold' }],
    ['withdrawn', { programmeStatus: 'withdrawn' }],
    ['delivered plans hold no capacity', { phase: 'delivered' }],
    ['internal (5A/5B) plans are no plan capacity', { hardness: 'internal' }],
  ])('%s', (_label, overrides) => {
    const plan = testPlan({ updatedAt: '2020-01-01T00:00:00Z', ...overrides });
    expect(findOccupiedCapacity([plan], settings, today)).toEqual([]);
  });

  test('the largest plans come first', () => {
    const old = { updatedAt: '2020-01-01T00:00:00Z' };
    const small = testPlan({ ...old, id: 's', segments: [{ segment: 'freeBuy', homes: 5 }] });
    const found = findOccupiedCapacity([small, testPlan(old)], settings, today);
    expect(found.map((p) => p.planId)).toEqual(['plan-1', 's']);
  });
});

describe('freedCapacity', () => {
  test('on-hold and withdrawn plans are listed with the homes they freed; delivered ones are not', () => {
    const freed = freedCapacity([
      testPlan({ programmeStatus: 'withdrawn' }),
      testPlan({ id: 'b' }),
      testPlan({ id: 'c', programmeStatus: 'onHold', segments: [{ segment: 'midRent', homes: 12 }] }),
      testPlan({ id: 'd', programmeStatus: 'onHold', phase: 'delivered' }),
    ]);
    expect(freed.map((p) => [p.planId, p.status, p.homes])).toEqual([
      ['plan-1', 'withdrawn', 100],
      ['c', 'onHold', 12],
    ]);
  });
});

import { describe, expect, test } from 'vitest';
import { aggregateMonitor } from './aggregate';
import { detectSignals } from './signals';
import { findOccupiedCapacity } from './stale';
import { TEST_TARGETS, testPlan } from './test-data';
import { DEFAULT_MONITOR_SETTINGS } from './types';

const today = new Date('2026-11-23T12:00:00Z');
const plans = [
  testPlan(),
  testPlan({ id: 'old', name: 'Oude Haven (fictief)', updatedAt: '2025-01-01T00:00:00Z' }),
  testPlan({ id: 'social', municipalityCode: 'GM0002', segments: [{ segment: 'socialRent', homes: 80 }] }),
];
const aggregate = aggregateMonitor({
  municipalities: [
    { code: 'GM0001', name: 'Eerstestad' },
    { code: 'GM0002', name: 'Tweedorp' },
  ],
  plans,
  targets: TEST_TARGETS,
  realisations: [{ municipalityCode: 'GM0002', year: 2025, segment: 'socialRent', homes: 400, demo: false }],
  settings: DEFAULT_MONITOR_SETTINGS,
  today,
});
const occupied = findOccupiedCapacity(plans, DEFAULT_MONITOR_SETTINGS, today);

describe('detectSignals', () => {
  // Expected by 23 November 2026: 600 × (4 + 10/12) / 9 years = 322 homes.
  test('behind the path, shares below the norm and plans occupying capacity, each with a stable key', () => {
    const signals = detectSignals({ aggregate, occupied, settings: DEFAULT_MONITOR_SETTINGS });
    expect(signals.map((s) => s.key)).toEqual([
      'behind:GM0001',
      'behind:region',
      'share-social:GM0001',
      'share-affordable:GM0001',
      'stale:old',
    ]);
    expect(signals[0]).toMatchObject({
      kind: 'behindTrajectory',
      municipalityCode: 'GM0001',
      title: 'Eerstestad ligt achter op het pad naar 2030',
      detail:
        'Eerstestad heeft 0 woningen opgeleverd; op het rechte pad naar 600 in 2030 waren dat er nu 322 geweest (322 achter).',
    });
    expect(signals[2]?.detail).toBe(
      '30% van de 200 geplande woningen is sociale huur; de regio streeft naar een derde.',
    );
    expect(signals[4]).toMatchObject({
      kind: 'stalePlan',
      planId: 'old',
      title: 'Oude Haven (fictief) bezet 100 woningen planruimte',
    });
    expect(signals[4]?.detail).toContain('Niet bijgewerkt sinds 1 januari 2025');
  });

  test.each([
    [0.49, ['forecast:region']],
    [0.5, []],
  ])('a chance of %d of meeting the target by the horizon', (probabilityTargetMet, keys) => {
    const forecast = { horizonYear: 2030, probabilityTargetMet, sentence: 'Zin.' };
    const signals = detectSignals({ aggregate, occupied: [], forecast }).filter(
      (s) => s.kind === 'lowForecast',
    );
    expect(signals.map((s) => s.key)).toEqual(keys);
    if (keys.length)
      expect(signals[0]).toMatchObject({ municipalityCode: null, planId: null, detail: 'Zin.' });
  });

  test('the same inputs give the same signals (the keys dedupe them on the server)', () => {
    expect(detectSignals({ aggregate, occupied })).toEqual(detectSignals({ aggregate, occupied }));
  });
});

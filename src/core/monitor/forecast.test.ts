import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { runForecast } from './forecast';
import { DEFAULT_FORECAST_PARAMETERS, type ForecastParameters } from './forecast-parameters';
import { TEST_TARGETS, testPlan } from './test-data';
import type { MonitorPlan } from './types';

const today = new Date('2026-11-23T12:00:00Z');
const targets = TEST_TARGETS.filter((t) => t.municipalityCode);
const base = {
  targets,
  realisations: [],
  runs: 500,
  seed: 7,
  horizonYear: 2030,
  scenario: 'middle' as const,
  today,
};

/** Every plan goes ahead without delay. */
const certain: ForecastParameters = {
  ...DEFAULT_FORECAST_PARAMETERS,
  rules: Object.fromEntries(
    Object.entries(DEFAULT_FORECAST_PARAMETERS.rules).map(([phase, rules]) => [
      phase,
      Object.fromEntries(Object.keys(rules).map((h) => [h, { goAhead: 1, delay: [1], source: 'test' }])),
    ]),
  ) as ForecastParameters['rules'],
};

const plans: MonitorPlan[] = [
  testPlan(),
  testPlan({
    id: 'b',
    municipalityCode: 'GM0002',
    hardness: 'soft',
    phase: 'planning',
    deliveries: [{ year: 2029, homes: 100 }],
  }),
  testPlan({ id: 'c', phase: 'initiative', deliveries: [] }),
];

describe('runForecast', () => {
  test('with probability 1 and no delay the simulation equals the deterministic plan', () => {
    const result = runForecast({ ...base, plans, parameters: certain });
    const want: Record<number, number> = { 2026: 0, 2027: 60, 2028: 40, 2029: 100, 2030: 0 };
    for (const year of result.perYear) {
      expect([year.p10, year.p50, year.p90]).toEqual([want[year.year], want[year.year], want[year.year]]);
    }
    // Plan c has no deliveries: after the initiative lead time (8 years), beyond 2030.
    expect(result.municipalities.find((m) => m.code === 'GM0001')?.p50DeliveredByHorizon).toBe(100);
  });

  test('the same seed gives the same result; another seed differs', () => {
    const a = runForecast({ ...base, plans, parameters: DEFAULT_FORECAST_PARAMETERS });
    const b = runForecast({ ...base, plans, parameters: DEFAULT_FORECAST_PARAMETERS });
    const c = runForecast({ ...base, plans, parameters: DEFAULT_FORECAST_PARAMETERS, seed: 8 });
    expect(a).toEqual(b);
    expect(c.perYear.map((y) => y.mean)).not.toEqual(a.perYear.map((y) => y.mean));
  });

  test('property: more plan capacity (a larger reserve) never lowers the probability of meeting the target', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 300 }),
        fc.constantFrom('hard', 'soft') as fc.Arbitrary<'hard' | 'soft'>,
        fc.integer({ min: 2026, max: 2030 }),
        fc.integer({ min: 0, max: 1000 }),
        (homes, hardness, year, seed) => {
          const before = runForecast({ ...base, seed, plans, parameters: DEFAULT_FORECAST_PARAMETERS });
          const extra = testPlan({
            id: `extra-${homes}`,
            hardness,
            segments: [{ segment: 'socialRent', homes }],
            deliveries: [{ year, homes }],
          });
          const after = runForecast({
            ...base,
            seed,
            plans: [...plans, extra],
            parameters: DEFAULT_FORECAST_PARAMETERS,
          });
          expect(after.probabilityTargetMet).toBeGreaterThanOrEqual(before.probabilityTargetMet);
        },
      ),
      { numRuns: 25 },
    );
  });

  test('a higher demand scenario never raises the probability; the sentence is plain Dutch', () => {
    const middle = runForecast({ ...base, plans, parameters: DEFAULT_FORECAST_PARAMETERS });
    const high = runForecast({ ...base, plans, parameters: DEFAULT_FORECAST_PARAMETERS, scenario: 'high' });
    expect(high.probabilityTargetMet).toBeLessThanOrEqual(middle.probabilityTargetMet);
    expect(high.target).toBe(1100);
    expect(middle.sentence).toMatch(
      /^Met de huidige plannen haalt de regio de opgave voor 2030 met \d+% kans; /,
    );
  });
});

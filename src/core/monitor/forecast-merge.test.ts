import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { mergeForecastParts, runForecast, runForecastPart } from './forecast';
import { FORECAST_BASE as base, FORECAST_PLANS as plans, testPlan } from './test-data';

describe('runForecast: reproducible, split and monotone', () => {
  test('property: adding a plan never lowers the chance of meeting the target (same seed)', () => {
    const extra = fc.record({
      homes: fc.integer({ min: 1, max: 400 }),
      year: fc.integer({ min: 2024, max: 2032 }),
      hardness: fc.constantFrom('hard' as const, 'soft' as const),
      phase: fc.constantFrom(
        'initiative' as const,
        'planning' as const,
        'elaboration' as const,
        'construction' as const,
      ),
      municipalityCode: fc.constantFrom('GM0001', 'GM0002'),
    });
    fc.assert(
      fc.property(
        fc.array(extra, { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 0, max: 2 ** 31 }),
        (rows, seed) => {
          const before = runForecast({ ...base, plans, seed, runs: 200 });
          const added = rows.map((row, i) =>
            testPlan({
              ...row,
              id: `extra-${i}`,
              segments: [{ segment: 'freeBuy', homes: row.homes }],
              deliveries: [{ year: row.year, homes: row.homes }],
            }),
          );
          // In front: a draw that depended on a plan's position rather than its id would now change.
          const after = runForecast({ ...base, plans: [...added, ...plans], seed, runs: 200 });
          expect(after.probabilityTargetMet).toBeGreaterThanOrEqual(before.probabilityTargetMet);
          for (const [m, muni] of after.municipalities.entries()) {
            expect(muni.probabilityTargetMet).toBeGreaterThanOrEqual(
              before.municipalities[m]?.probabilityTargetMet ?? 1,
            );
          }
        },
      ),
      { numRuns: 30 },
    );
  });

  test('property: runs split over parts (any split, any order) merge into exactly the one-process result', () => {
    const whole = runForecast({ ...base, plans, runs: 301 });
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 300 }), { maxLength: 4 }), (cuts) => {
        const edges = [0, ...cuts.sort((a, b) => a - b), 301];
        const parts = edges.slice(1).map((end, i) => {
          const runOffset = edges[i] as number;
          return runForecastPart({ ...base, plans, runs: 301, runOffset, runCount: end - runOffset });
        });
        expect(mergeForecastParts({ ...base, plans, runs: 301 }, parts.reverse())).toEqual(whole);
      }),
      { numRuns: 20 },
    );
  });

  test('parts that leave out or repeat runs are refused', () => {
    const input = { ...base, plans, runs: 10 };
    const first = runForecastPart({ ...input, runOffset: 0, runCount: 5 });
    expect(() => mergeForecastParts(input, [first])).toThrow(/cover 5 of 10/);
    expect(() => mergeForecastParts(input, [first, first])).toThrow(/do not fit/);
  });
});

import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { PHASES } from '../programme';
import { runForecastPart } from './forecast';
import {
  DEFAULT_FORECAST_PARAMETERS,
  type ForecastPhase,
  findMaxDelay,
  toDelayCdf,
} from './forecast-parameters';
import { plannedDeliveries } from './forecast-plan';
import type { ForecastInput } from './forecast-prepare';
import { DRAW_LEVELS, drawLevel, hashPlanId } from './forecast-random';
import { testPlan } from './test-data';
import type { MonitorPlan } from './types';

const codes = ['GM0001', 'GM0002', 'GM0003'];

/** The simulation written the plain way: per run and plan one draw, its delay by the thresholds, its homes. */
function simulatePlainly(input: ForecastInput, runOffset: number, runCount: number): number[] {
  const thisYear = input.today?.getFullYear() ?? 0;
  const years = input.horizonYear - thisYear + 1;
  const out = new Array(codes.length * years * runCount).fill(0);
  const maxDelay = findMaxDelay(input.parameters);
  for (const plan of input.plans) {
    if (plan.programmeStatus !== 'active' || plan.phase === 'delivered' || plan.hardness === 'internal')
      continue;
    const rule = input.parameters.rules[plan.phase as ForecastPhase][plan.hardness];
    const thresholds = toDelayCdf(rule, maxDelay).map((c) =>
      Math.round(rule.goAhead.value * c * DRAW_LEVELS),
    );
    const m = codes.indexOf(plan.municipalityCode);
    for (let r = 0; r < runCount; r += 1) {
      const u = drawLevel(input.seed, runOffset + r, hashPlanId(plan.id));
      const delay = thresholds.findIndex((t) => u < t);
      if (delay < 0) continue;
      for (const d of plannedDeliveries(plan, input.parameters, thisYear, years)) {
        if (d.offset + delay < years) out[(m * years + d.offset + delay) * runCount + r] += d.homes;
      }
    }
  }
  return out;
}

const planArb = fc.record({
  id: fc.string({ minLength: 1, maxLength: 12 }),
  municipalityCode: fc.constantFrom(...codes),
  phase: fc.constantFrom(...PHASES),
  hardness: fc.constantFrom('hard' as const, 'soft' as const, 'internal' as const),
  homes: fc.oneof(fc.integer({ min: 1, max: 120 }), fc.integer({ min: 1000, max: 5000 })),
  years: fc.uniqueArray(fc.integer({ min: 2024, max: 2042 }), { maxLength: 3 }),
});

describe('simulateForecastPart', () => {
  test('property: the batched, packed simulation equals the plain one, run by run, for any split', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(planArb, { selector: (p) => p.id, maxLength: 12 }),
        fc.integer({ min: 2026, max: 2040 }),
        fc.integer({ min: 0, max: 9 }),
        fc.integer({ min: 0, max: 23 }),
        (rows, horizonYear, runOffset, runCount) => {
          const plans: MonitorPlan[] = rows.map((row) =>
            testPlan({
              ...row,
              segments: [{ segment: 'freeBuy', homes: row.homes }],
              deliveries: row.years.map((year) => ({ year, homes: row.homes })),
            }),
          );
          const input: ForecastInput = {
            plans,
            targets: codes.map((code) => ({
              municipalityCode: code,
              periodStart: 2022,
              periodEnd: 2030,
              homes: 1,
              demo: false,
              source: null,
            })),
            realisations: [],
            parameters: DEFAULT_FORECAST_PARAMETERS,
            runs: runOffset + runCount,
            seed: 42,
            horizonYear,
            scenario: 'middle',
            today: new Date('2026-03-01T12:00:00Z'),
          };
          const part = runForecastPart({ ...input, runOffset, runCount });
          expect([...part.deliveries]).toEqual(simulatePlainly(input, runOffset, runCount));
        },
      ),
      { numRuns: 60 },
    );
  });
});

import { describe, expect, test } from 'vitest';
import { runForecastPart } from './forecast';
import { DRAW_LEVELS, drawLevel, hashPlanId, mix32 } from './forecast-random';
import { testPlan, withRules } from './test-data';

/** One plan of one home in 2026 and one in 2027, in a forecast made on 1 July 2026 up to 2028. */
const input = {
  plans: [
    testPlan({
      id: 'p',
      segments: [{ segment: 'freeBuy' as const, homes: 2 }],
      deliveries: [
        { year: 2026, homes: 1 },
        { year: 2027, homes: 1 },
      ],
    }),
  ],
  targets: [
    { municipalityCode: 'GM0001', periodStart: 2022, periodEnd: 2030, homes: 1, demo: false, source: null },
  ],
  realisations: [],
  // Chances apply in steps of 1/1,024: go ahead below round(0.3 · 1,024) = 307, delay 0 below round(0.15 · 1,024) = 154.
  parameters: withRules(0.3, { '0': 0.5, '1': 0.5 }),
  runs: 3001,
  seed: 20260701,
  horizonYear: 2028,
  scenario: 'middle' as const,
  today: new Date('2026-07-01T12:00:00Z'),
};

describe('forecast-random', () => {
  test('mix32 is the murmur3 finaliser', () => {
    expect(mix32(0)).toBe(0);
    expect(mix32(1) >>> 0).toBe(0x514e28b7);
  });

  test.each([
    [0, 3001],
    [1, 1500],
    [1000, 2001],
  ])('the simulation draws exactly drawLevel per run (runs from %i, %i of them)', (runOffset, runCount) => {
    const part = runForecastPart({ ...input, runOffset, runCount });
    const keys = hashPlanId('p');
    for (let r = 0; r < runCount; r += 1) {
      const u = drawLevel(input.seed, runOffset + r, keys);
      expect(u).toBeLessThan(DRAW_LEVELS);
      // Delay 0: homes in 2026 and 2027; delay 1: in 2027 and 2028; dropped: none.
      const want = u < 154 ? [1, 1, 0] : u < 307 ? [0, 1, 1] : [0, 0, 0];
      const got = [0, 1, 2].map((y) => part.deliveries[y * runCount + r]);
      expect(got).toEqual(want);
    }
  });

  test('draws are uniform: go-ahead and delay frequencies match the parameters', () => {
    const part = runForecastPart(input);
    let ahead = 0;
    let late = 0;
    for (let r = 0; r < input.runs; r += 1) {
      if (part.deliveries[input.runs + r]) ahead += 1;
      if (part.deliveries[2 * input.runs + r]) late += 1;
    }
    // Binomial with n = 3001: three standard deviations are ±0.025 around 0.3 and ±0.019 around 0.15.
    expect(Math.abs(ahead / input.runs - 0.3)).toBeLessThan(0.025);
    expect(Math.abs(late / input.runs - 0.15)).toBeLessThan(0.019);
  });

  test('the two keys of a plan id differ, and differ between ids', () => {
    const [a, b] = hashPlanId('plan-1');
    expect(a).not.toBe(b);
    expect(hashPlanId('plan-2')).not.toEqual([a, b]);
  });
});

import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { NationalLimits } from './national-limits';
import { computeNorms, type SegmentLine } from './norms';
import { SEGMENTS } from './segments';

// Limits per 1 January 2025 as in data/national-limits.json (sources there); values rounded for the test.
const LIMITS_2025: NationalLimits = {
  year: 2025,
  socialRentCeilingEur: 900,
  midRentCeilingEur: 1185,
  affordableBuyLimitEur: 405_000,
};

describe('computeNorms', () => {
  test.each<[string, SegmentLine[], number, number, boolean, boolean]>([
    // One third social rent, two thirds affordable: the regional agreement (seed 003, facts-region §1).
    [
      'a third social, two thirds affordable',
      [
        { segment: 'socialRent', homes: 30 },
        { segment: 'midRent', homes: 20 },
        { segment: 'affordableBuy', homes: 17 },
        { segment: 'freeBuy', homes: 33 },
      ],
      0.3,
      0.67,
      true,
      true,
    ],
    ['only free sector', [{ segment: 'freeBuy', homes: 10 }], 0, 0, false, false],
    ['all social rent', [{ segment: 'socialRent', homes: 48 }], 1, 1, true, true],
    ['no homes', [], 0, 0, false, false],
    [
      'unknown segment counts in the total only',
      [
        { segment: 'socialRent', homes: 3 },
        { segment: 'unknown', homes: 7 },
      ],
      0.3,
      0.3,
      true,
      false,
    ],
  ])('%s', (_name, lines, social, affordable, socialOk, affordableOk) => {
    const result = computeNorms(lines, LIMITS_2025);
    expect(result.socialRentShare).toBeCloseTo(social, 2);
    expect(result.affordableShare).toBeCloseTo(affordable, 2);
    expect(result.socialRentOk).toBe(socialOk);
    expect(result.affordableOk).toBe(affordableOk);
  });

  test('a middle-rent home above the national ceiling does not count as affordable', () => {
    const result = computeNorms(
      [
        { segment: 'midRent', homes: 10, monthlyRentEur: 1250 },
        { segment: 'midRent', homes: 10, monthlyRentEur: 1100 },
        { segment: 'freeRent', homes: 10, monthlyRentEur: 1600 },
      ],
      LIMITS_2025,
    );
    expect(result.affordableHomes).toBe(10);
    expect(result.aboveLimit).toEqual([{ index: 0, segment: 'midRent', limitEur: 1185, valueEur: 1250 }]);
  });

  test('an affordable purchase above the limit and social rent above the ceiling do not count', () => {
    const result = computeNorms(
      [
        { segment: 'affordableBuy', homes: 5, priceEur: 450_000 },
        { segment: 'socialRent', homes: 5, monthlyRentEur: 950 },
      ],
      LIMITS_2025,
    );
    expect(result.affordableHomes).toBe(0);
    expect(result.socialRentHomes).toBe(0);
    expect(result.aboveLimit).toHaveLength(2);
  });

  test('without limits every affordable segment counts', () => {
    expect(computeNorms([{ segment: 'midRent', homes: 4, monthlyRentEur: 5000 }], null).affordableHomes).toBe(
      4,
    );
  });

  test('property: shares lie in [0, 1], social ≤ affordable ≤ total', () => {
    const line = fc.record({
      segment: fc.constantFrom(...SEGMENTS),
      homes: fc.integer({ min: 0, max: 1000 }),
      monthlyRentEur: fc.option(fc.integer({ min: 0, max: 3000 })),
      priceEur: fc.option(fc.integer({ min: 0, max: 2_000_000 })),
    });
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), (lines) => {
        const r = computeNorms(lines, LIMITS_2025);
        expect(r.socialRentHomes).toBeLessThanOrEqual(r.affordableHomes);
        expect(r.affordableHomes).toBeLessThanOrEqual(r.totalHomes);
        expect(r.totalHomes).toBe(lines.reduce((s, l) => s + l.homes, 0));
        expect(r.socialRentShare).toBeGreaterThanOrEqual(0);
        expect(r.affordableShare).toBeLessThanOrEqual(1);
      }),
    );
  });
});

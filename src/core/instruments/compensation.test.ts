import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { SegmentLine } from '../programme/norms';
import { SEGMENTS } from '../programme/segments';
import { type CompensationScheme, computeCompensation, describeMethod } from './compensation';

type Scheme = Pick<CompensationScheme, 'method' | 'minProjectHomes' | 'roundingEur' | 'fundCapPerHomeEur'>;
const scheme = (method: CompensationScheme['method'], extra: Partial<Scheme> = {}): Scheme => ({
  method,
  minProjectHomes: 4,
  roundingEur: 1,
  fundCapPerHomeEur: null,
  ...extra,
});

/** Seed 003, session 4: "In Hilversum … een afdracht van 20.000 euro per woning". */
const HILVERSUM = scheme({ kind: 'flatPerHome', amountEur: 20_000 });
/** Seed 003, session 4: "middeldure woningen (35.000 euro per woning) en … het dure segment (75.000 euro per woning)". */
const PER_SEGMENT = scheme({
  kind: 'perSegment',
  amountsEur: { midRent: 35_000, freeRent: 75_000, freeBuy: 75_000 },
});
/** Seed 003, session 4, Alphen aan den Rijn: land value of a free-sector home minus the value of a social rent home, per place. */
const LAND_VALUE = scheme({
  kind: 'landValueDifference',
  areas: [
    { area: 'Alphen aan den Rijn', freeSectorLandValueEur: 95_000, socialRentValueEur: 60_000 },
    { area: 'Boskoop', freeSectorLandValueEur: 80_000, socialRentValueEur: 60_000 },
  ],
});

describe('compensation schemes: worked examples', () => {
  test.each([
    // 20 homes, 2 social: 30% is 6, 4 missing × € 20,000.
    [
      'flat amount (Hilversum)',
      HILVERSUM,
      [
        { segment: 'socialRent', homes: 2 },
        { segment: 'freeBuy', homes: 18 },
      ],
      4,
      80_000,
    ],
    // 20 homes, none social: 6 missing, counted as the dearest homes: 6 × € 75,000.
    [
      'per segment, dearest first',
      PER_SEGMENT,
      [
        { segment: 'midRent', homes: 10 },
        { segment: 'freeBuy', homes: 10 },
      ],
      6,
      450_000,
    ],
    // 20 homes: 2 free + 18 middle, none social: 2 × € 75,000 + 4 × € 35,000.
    [
      'per segment, then middle',
      PER_SEGMENT,
      [
        { segment: 'midRent', homes: 18 },
        { segment: 'freeRent', homes: 2 },
      ],
      6,
      290_000,
    ],
    // 10 homes, none social: 3 missing × (€ 95,000 − € 60,000).
    [
      'land value difference (Alphen aan den Rijn)',
      LAND_VALUE,
      [{ segment: 'freeBuy', homes: 10 }],
      3,
      105_000,
    ],
  ] as const)('%s', (_, s, lines, missing, amount) => {
    const result = computeCompensation(lines as unknown as SegmentLine[], s);
    expect(result.missingSocialHomes).toBe(missing);
    expect(result.amountEur).toBe(amount);
    expect(result.explanation.join(' ')).toContain('Verschuldigd');
  });

  test('land value per place: another place has its own values; an unknown place falls back and says so', () => {
    const lines: SegmentLine[] = [{ segment: 'freeBuy', homes: 10 }];
    expect(computeCompensation(lines, LAND_VALUE, { area: 'Boskoop' }).amountEur).toBe(3 * 20_000);
    const other = computeCompensation(lines, LAND_VALUE, { area: 'Aarlanderveen' });
    expect(other.amountEur).toBe(105_000);
    expect(other.explanation.join(' ')).toContain('Voor Aarlanderveen zijn geen eigen rekenwaarden');
  });

  test('"bij projecten vanaf 4 woningen": 3 homes pay nothing, and the explanation says why', () => {
    const result = computeCompensation([{ segment: 'freeBuy', homes: 3 }], HILVERSUM);
    expect(result).toMatchObject({ applies: false, amountEur: 0, missingSocialHomes: 1 });
    expect(result.explanation.at(-1)).toBe(
      'De regeling geldt vanaf 4 woningen buiten de sociale huur; voor dit plan is niets verschuldigd.',
    );
  });

  test('a social rent home added to 3 free-sector homes does not bring the plan under the scheme', () => {
    // The property "more social rent homes never raise the amount" found this: counted on all homes, the 4-home
    // plan would pay € 20,000 for a missing home that the 3-home plan did not.
    const result = computeCompensation(
      [
        { segment: 'freeRent', homes: 3 },
        { segment: 'socialRent', homes: 1 },
      ],
      HILVERSUM,
    );
    expect(result).toMatchObject({ applies: false, amountEur: 0, missingSocialHomes: 1 });
    const four = computeCompensation([{ segment: 'freeRent', homes: 4 }], HILVERSUM);
    expect(four).toMatchObject({ applies: true, amountEur: 40_000, missingSocialHomes: 2 });
  });

  test('rounding is stated; the fund cap (Gooise Meren € 25,000) is named', () => {
    const odd = scheme(
      { kind: 'flatPerHome', amountEur: 12_345 },
      { roundingEur: 1000, fundCapPerHomeEur: 25_000 },
    );
    const result = computeCompensation([{ segment: 'freeBuy', homes: 10 }], odd);
    expect(result.amountEur).toBe(37_000);
    expect(result.explanation).toContain('Verschuldigd: € 37.000 (afgerond op € 1.000).');
    expect(result.explanation.at(-1)).toMatch(/hoogstens € 25\.000/);
  });

  test('social rent above the national limit does not count as social', () => {
    const lines: SegmentLine[] = [
      { segment: 'socialRent', homes: 3, monthlyRentEur: 950 },
      { segment: 'freeBuy', homes: 7 },
    ];
    const limits = {
      year: 2025,
      socialRentCeilingEur: 900.07,
      midRentCeilingEur: 1184.82,
      affordableBuyLimitEur: 405_000,
    };
    expect(computeCompensation(lines, HILVERSUM).amountEur).toBe(0);
    expect(computeCompensation(lines, HILVERSUM, { limits: limits as never }).amountEur).toBe(60_000);
  });
});

const arbitraryLines = fc.array(
  fc.record({ segment: fc.constantFrom(...SEGMENTS), homes: fc.integer({ min: 0, max: 200 }) }),
  { maxLength: 6 },
);
const arbitraryScheme = fc.constantFrom(HILVERSUM, PER_SEGMENT, LAND_VALUE);

describe('compensation schemes: properties', () => {
  test('a plan that meets the norm pays nothing', () => {
    fc.assert(
      fc.property(arbitraryLines, arbitraryScheme, (lines, s) => {
        const total = lines.reduce((sum, l) => sum + l.homes, 0);
        const social = lines.filter((l) => l.segment === 'socialRent').reduce((sum, l) => sum + l.homes, 0);
        if (social < 0.3 * total) return true;
        return computeCompensation(lines, s).amountEur === 0;
      }),
    );
  });

  test('more social rent homes never raise the amount', () => {
    fc.assert(
      fc.property(arbitraryLines, arbitraryScheme, fc.integer({ min: 1, max: 100 }), (lines, s, extra) => {
        const before = computeCompensation(lines, s).amountEur;
        const after = computeCompensation([...lines, { segment: 'socialRent', homes: extra }], s).amountEur;
        return after <= before;
      }),
    );
  });

  test('turning other homes into social rent never raises the amount', () => {
    fc.assert(
      fc.property(arbitraryLines, arbitraryScheme, fc.nat(), (lines, s, pick) => {
        const others = lines
          .map((l, i) => ({ l, i }))
          .filter(({ l }) => l.segment !== 'socialRent' && l.homes > 0);
        const chosen = others[pick % Math.max(1, others.length)];
        if (!chosen) return true;
        const changed = lines.map((l, i) => (i === chosen.i ? { ...l, homes: l.homes - 1 } : l));
        changed.push({ segment: 'socialRent', homes: 1 });
        return computeCompensation(changed, s).amountEur <= computeCompensation(lines, s).amountEur;
      }),
    );
  });
});

describe('describeMethod', () => {
  test('each method in plain Dutch', () => {
    expect(describeMethod(HILVERSUM.method)).toBe(
      'Een vast bedrag van € 20.000 per ontbrekende sociale huurwoning.',
    );
    expect(describeMethod(PER_SEGMENT.method)).toBe(
      'Per ontbrekende sociale huurwoning het bedrag van het segment dat ervoor in de plaats komt: middenhuur € 35.000, vrije sector huur € 75.000, vrije sector koop € 75.000.',
    );
    expect(describeMethod(LAND_VALUE.method)).toMatch(
      /per kern: Alphen aan den Rijn € 35\.000, Boskoop € 20\.000\.$/,
    );
  });
});

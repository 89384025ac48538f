import { describe, expect, test } from 'vitest';
import { checkOrdinance, describeOrdinance, type Ordinance, ordinanceInForce } from './ordinance';

/** Seed 003, session 3, "Intervisie: Minimale oppervlakte voor woningbouwplannen (gemeente Gooise Meren)". */
const GOOISE_MEREN: Pick<Ordinance, 'rules' | 'effectiveFrom'> = {
  effectiveFrom: '2023-12-01',
  rules: [
    { segment: 'socialRent', maxMonthlyRentEur: null, maxPriceEur: null, minUsableAreaM2: 40 },
    { segment: 'midRent', maxMonthlyRentEur: 1100, maxPriceEur: null, minUsableAreaM2: 60 },
    { segment: 'affordableBuy', maxMonthlyRentEur: null, maxPriceEur: 390_000, minUsableAreaM2: 70 },
  ],
};

describe('doelgroepenverordening', () => {
  test.each([
    // "middeldure huurwoningen (tot € 1.100) … minimaal … 60 m2": 55 m² fails, 60 m² passes.
    [
      { segment: 'midRent' as const, homes: 10, usableAreaM2: 55, monthlyRentEur: 1000 },
      'minUsableArea',
      false,
      'Middenhuur: 55 m² GBO is kleiner dan het minimum van 60 m² uit de verordening.',
    ],
    [
      { segment: 'midRent' as const, homes: 10, usableAreaM2: 60, monthlyRentEur: 1000 },
      'minUsableArea',
      true,
      'Middenhuur: 60 m² GBO voldoet aan het minimum van 60 m².',
    ],
    [
      { segment: 'midRent' as const, homes: 10, usableAreaM2: 60, monthlyRentEur: 1150 },
      'maxMonthlyRent',
      false,
      'Middenhuur: de huur van € 1.150 is hoger dan de grens van € 1.100 per maand uit de verordening.',
    ],
    // "sociale huurwoningen … minimaal 40 m2".
    [
      { segment: 'socialRent' as const, homes: 12, usableAreaM2: 38 },
      'minUsableArea',
      false,
      'Sociale huur: 38 m² GBO is kleiner dan het minimum van 40 m² uit de verordening.',
    ],
    // "betaalbare koopwoningen (tot € 390.000) … 70 m2".
    [
      { segment: 'affordableBuy' as const, homes: 8, usableAreaM2: 72, priceEur: 395_000 },
      'maxPrice',
      false,
      'Betaalbare koop: de prijs van € 395.000 is hoger dan de grens van € 390.000 uit de verordening.',
    ],
  ])('%o: %s ok=%s', (line, rule, ok, message) => {
    const check = checkOrdinance([line], GOOISE_MEREN).find((c) => c.rule === rule);
    expect(check).toMatchObject({ ok, message, segment: line.segment, line: 0 });
  });

  test('segments without rules, empty lines and values not given are not checked', () => {
    expect(
      checkOrdinance(
        [
          { segment: 'freeBuy', homes: 20, priceEur: 900_000 },
          { segment: 'midRent', homes: 0, monthlyRentEur: 2000 },
          { segment: 'socialRent', homes: 5 },
        ],
        GOOISE_MEREN,
      ),
    ).toEqual([]);
  });

  test('a hardship exception is shown on the failing rule, which stays visible as failing', () => {
    const [check] = checkOrdinance([{ segment: 'midRent', homes: 4, usableAreaM2: 55 }], GOOISE_MEREN, [
      { segment: 'midRent', rule: 'minUsableArea', motivation: 'Monumentaal pand', approvedBy: 'College' },
    ]);
    expect(check).toMatchObject({
      ok: false,
      exception: { motivation: 'Monumentaal pand', approvedBy: 'College' },
    });
  });

  test('the version in force on a date is the latest that took effect on or before it', () => {
    const versions = [
      { effectiveFrom: '2023-12-01', id: 'a' },
      { effectiveFrom: '2025-01-01', id: 'b' },
    ];
    expect(ordinanceInForce(versions, '2023-11-30')).toBeNull();
    expect(ordinanceInForce(versions, '2024-06-01')?.id).toBe('a');
    expect(ordinanceInForce(versions, '2025-01-01')?.id).toBe('b');
  });

  test('the rules in plain Dutch', () => {
    expect(describeOrdinance(GOOISE_MEREN)).toEqual([
      'Sociale huur: minimaal 40 m² GBO.',
      'Middenhuur: huur tot € 1.100 per maand, minimaal 60 m² GBO.',
      'Betaalbare koop: prijs tot € 390.000, minimaal 70 m² GBO.',
    ]);
  });
});

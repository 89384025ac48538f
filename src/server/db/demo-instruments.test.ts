import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app';
import { readCompensationSchemes, readOrdinances } from './demo-instruments';
import { compensationSchemes, ordinances, reviewFrameworks } from './schema';

describe('demo instruments', () => {
  test("Gooise Meren's ordinance has the memo's values; every other value is marked demo", () => {
    const items = readOrdinances();
    const gooiseMeren = items.find((o) => o.municipalityCode === 'GM1942');
    expect(gooiseMeren).toMatchObject({ effectiveFrom: '2023-12-01', demo: false });
    expect(gooiseMeren?.rules).toEqual([
      { segment: 'socialRent', maxMonthlyRentEur: null, maxPriceEur: null, minUsableAreaM2: 40 },
      { segment: 'midRent', maxMonthlyRentEur: 1100, maxPriceEur: null, minUsableAreaM2: 60 },
      { segment: 'affordableBuy', maxMonthlyRentEur: null, maxPriceEur: 390_000, minUsableAreaM2: 70 },
    ]);
    expect(items.filter((o) => o.municipalityCode !== 'GM1942').every((o) => o.demo)).toBe(true);
    expect(new Set(items.map((o) => o.municipalityCode)).size).toBe(6);
  });

  test('the schemes use the three methods of the memo, with Hilversum at € 20,000 and the € 25,000 cap', () => {
    const schemes = readCompensationSchemes();
    expect(schemes.map((s) => s.method.kind).sort()).toEqual([
      'flatPerHome',
      'landValueDifference',
      'perSegment',
    ]);
    expect(schemes.find((s) => s.municipalityCode === 'GM0402')?.method).toEqual({
      kind: 'flatPerHome',
      amountEur: 20_000,
    });
    expect(schemes.find((s) => s.municipalityCode === 'GM1942')?.fundCapPerHomeEur).toBe(25_000);
    expect(schemes.every((s) => s.source.length > 20)).toBe(true);
  });

  describe('seeded', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp('pglite');
    });
    afterAll(() => t.close());

    test('the region has its ordinances, schemes and review framework', async () => {
      const db = t.database.db;
      expect(await db.select().from(ordinances)).toHaveLength(6);
      expect(await db.select().from(compensationSchemes)).toHaveLength(3);
      const [framework] = await db.select().from(reviewFrameworks);
      expect(framework?.criteria).toHaveLength(5);
    });
  });
});

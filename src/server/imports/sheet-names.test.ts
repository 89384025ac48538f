import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { uniqueSheetNames } from './sheet-names';

describe('uniqueSheetNames', () => {
  test.each([
    [
      ['Plan A', 'plan a', 'PLAN A'],
      ['Plan A', 'plan a (2)', 'PLAN A (3)'],
    ],
    [['Wonen: Zuid [fase 2]/*?'], ['Wonen- Zuid -fase 2----']],
    [["'t Hofje'"], ['t Hofje']],
    [
      ["a' '", " ' b"],
      ['a', 'b'],
    ],
    [
      ['', 'History'],
      ['Plan', 'History (2)'],
    ],
    [['Een hele lange plannaam die niet past in een tabblad'], ['Een hele lange plannaam die nie']],
    [['Lijsten'], ['Lijsten (2)']],
  ])('%j → %j', (names, expected) => {
    expect(uniqueSheetNames(names, ['Lijsten'])).toEqual(expected);
  });

  test('property: names are valid for Excel and unique without regard to case', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 60 }), { maxLength: 30 }), (names) => {
        const sheets = uniqueSheetNames(names);
        expect(new Set(sheets.map((s) => s.toLowerCase())).size).toBe(names.length);
        for (const sheet of sheets) {
          expect(sheet.length).toBeGreaterThan(0);
          expect(sheet.length).toBeLessThanOrEqual(31);
          expect(sheet).not.toMatch(/[[\]:*?/\\]|^'|'$/);
        }
      }),
    );
  });
});

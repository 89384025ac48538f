import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { SEGMENTS } from '../programme';
import { allocateDeliveriesBySegment } from './allocate';

const lines = fc.array(
  fc.record({ segment: fc.constantFrom(...SEGMENTS), homes: fc.integer({ min: 0, max: 300 }) }),
  { minLength: 1, maxLength: 6 },
);
const deliveries = fc
  .uniqueArray(fc.integer({ min: 2024, max: 2043 }), { minLength: 0, maxLength: 6 })
  .chain((years) =>
    fc.tuple(...years.map((year) => fc.record({ year: fc.constant(year), homes: fc.integer({ max: 400 }) }))),
  )
  .map((rows) => rows.filter((row) => row.homes >= 0));

/** A plan whose deliveries add up exactly to its homes, as the workbook round trip has it. */
const balanced = lines.chain((segments) => {
  const total = segments.reduce((a, l) => a + l.homes, 0);
  return fc.uniqueArray(fc.integer({ min: 2024, max: 2043 }), { minLength: 1, maxLength: 5 }).map((years) => {
    const share = Math.floor(total / years.length);
    const rows = years.map((year, i) => ({ year, homes: i ? share : total - share * (years.length - 1) }));
    return { segments, deliveries: rows };
  });
});

const sum = (rows: readonly { homes: number }[]) => rows.reduce((a, r) => a + r.homes, 0);

describe('allocateDeliveriesBySegment', () => {
  test('the worked example: north-west corner over segments (SEGMENTS order) and years (ascending)', () => {
    expect(
      allocateDeliveriesBySegment(
        [
          { segment: 'freeBuy', homes: 2 },
          { segment: 'socialRent', homes: 3 },
        ],
        [
          { year: 2028, homes: 1 },
          { year: 2027, homes: 4 },
        ],
      ),
    ).toEqual([
      { year: 2027, segment: 'socialRent', homes: 3 },
      { year: 2027, segment: 'freeBuy', homes: 1 },
      { year: 2028, segment: 'freeBuy', homes: 1 },
    ]);
  });

  test.each([
    ['fewer deliveries than homes: the rest stays unallocated', [{ year: 2027, homes: 2 }], 2],
    ['more deliveries than homes: capped at the segment totals', [{ year: 2027, homes: 9 }], 5],
  ])('%s', (_label, years, allocated) => {
    const cells = allocateDeliveriesBySegment(
      [
        { segment: 'socialRent', homes: 3 },
        { segment: 'socialRent', homes: 2 },
      ],
      years,
    );
    expect(sum(cells)).toBe(allocated);
  });

  test('property: a balanced plan round-trips exactly (segment and year totals both kept)', () => {
    fc.assert(
      fc.property(balanced, ({ segments, deliveries: years }) => {
        const cells = allocateDeliveriesBySegment(segments, years);
        for (const segment of SEGMENTS) {
          const want = sum(segments.filter((l) => l.segment === segment));
          expect(sum(cells.filter((c) => c.segment === segment))).toBe(want);
        }
        for (const year of years) expect(sum(cells.filter((c) => c.year === year.year))).toBe(year.homes);
      }),
    );
  });

  test('property: row and column sums, whole homes, never more than either side', () => {
    fc.assert(
      fc.property(lines, deliveries, (segments, years) => {
        const cells = allocateDeliveriesBySegment(segments, years);
        const segmentTotal = sum(segments);
        const yearTotal = sum(years);
        expect(sum(cells)).toBe(Math.min(segmentTotal, yearTotal));
        for (const segment of SEGMENTS) {
          const want = sum(segments.filter((l) => l.segment === segment));
          const got = sum(cells.filter((c) => c.segment === segment));
          if (yearTotal >= segmentTotal) expect(got).toBe(want);
          else expect(got).toBeLessThanOrEqual(want);
        }
        for (const year of years) {
          const got = sum(cells.filter((c) => c.year === year.year));
          if (segmentTotal >= yearTotal) expect(got).toBe(year.homes);
          else expect(got).toBeLessThanOrEqual(year.homes);
        }
        expect(cells.every((c) => Number.isInteger(c.homes) && c.homes > 0)).toBe(true);
      }),
    );
  });
});

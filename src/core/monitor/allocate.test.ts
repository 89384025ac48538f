import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { SEGMENTS } from '../programme';
import { allocateDeliveriesBySegment } from './allocate';

describe('allocateDeliveriesBySegment', () => {
  test('the worked example: north-west corner over segments and years', () => {
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

  test('property: when deliveries add up to the homes, rows and columns sum exactly', () => {
    const plan = fc
      .array(fc.record({ segment: fc.constantFrom(...SEGMENTS), homes: fc.integer({ min: 1, max: 300 }) }), {
        minLength: 1,
        maxLength: 6,
      })
      .chain((segments) => {
        const total = segments.reduce((a, l) => a + l.homes, 0);
        return fc
          .uniqueArray(fc.integer({ min: 2024, max: 2043 }), { minLength: 1, maxLength: 5 })
          .map((years) => {
            const share = Math.floor(total / years.length);
            const deliveries = years.map((year, i) => ({
              year,
              homes: i === years.length - 1 ? total - share * (years.length - 1) : share,
            }));
            return { segments, deliveries: deliveries.filter((d) => d.homes > 0) };
          });
      });
    fc.assert(
      fc.property(plan, ({ segments, deliveries }) => {
        const cells = allocateDeliveriesBySegment(segments, deliveries);
        for (const segment of SEGMENTS) {
          const want = segments.filter((l) => l.segment === segment).reduce((a, l) => a + l.homes, 0);
          const got = cells.filter((c) => c.segment === segment).reduce((a, c) => a + c.homes, 0);
          expect(got).toBe(want);
        }
        for (const delivery of deliveries) {
          const got = cells.filter((c) => c.year === delivery.year).reduce((a, c) => a + c.homes, 0);
          expect(got).toBe(delivery.homes);
        }
        expect(cells.every((c) => Number.isInteger(c.homes) && c.homes > 0)).toBe(true);
      }),
    );
  });
});

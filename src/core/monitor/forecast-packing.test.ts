import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { choosePacking, createAccumulators, flushAll, packHomes, reserveRoom } from './forecast-packing';

describe('packed accumulators', () => {
  test.each([
    [1, { fields: 1, bits: 52, groups: 1 }],
    [4, { fields: 4, bits: 13, groups: 1 }],
    [5, { fields: 5, bits: 10, groups: 1 }],
    [12, { fields: 5, bits: 10, groups: 3 }],
  ])('%i years', (years, want) => {
    expect(choosePacking(years)).toMatchObject(want);
  });

  test('property: packed additions with flushes give exactly the plain sums', () => {
    const add = fc.record({
      m: fc.integer({ min: 0, max: 1 }),
      year: fc.integer({ min: 0, max: 6 }),
      run: fc.integer({ min: 0, max: 2 }),
      homes: fc.integer({ min: 0, max: 1023 }),
    });
    fc.assert(
      fc.property(fc.array(add, { maxLength: 60 }), (adds) => {
        const acc = createAccumulators(2, 7, 0, 3);
        const plain = new Array(2 * 7 * 3).fill(0);
        for (const a of adds) {
          const g = Math.floor(a.year / acc.packing.fields);
          reserveRoom(acc, a.m, g, a.homes);
          const at = (a.m * acc.packing.groups + g) * 3 + a.run;
          acc.packed[at] = (acc.packed[at] ?? 0) + packHomes(acc.packing, a.year, a.homes);
          plain[(a.m * 7 + a.year) * 3 + a.run] += a.homes;
        }
        flushAll(acc, 2);
        expect([...acc.deliveries]).toEqual(plain);
      }),
    );
  });
});

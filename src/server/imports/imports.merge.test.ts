import { describe, expect, test } from 'vitest';
import type { TPlanInput } from '../../core/programme';
import {
  mergeEdgeDeliveries,
  mergeImported,
  mergeSegments,
  mergeTableDeliveries,
  samePlan,
} from './imports.merge';

const stored: TPlanInput = {
  name: 'Stationsgebied (fictief)',
  municipalityCode: 'GM0402',
  phase: 'planning',
  planningStatus: '2A',
  planType: 'Verdichting',
  bottlenecks: ['Netcongestie'],
  location: { lat: 52.22, lon: 5.17 },
  segments: [
    { segment: 'socialRent', homes: 12, usableAreaM2: 50, monthlyRentEur: 780 },
    { segment: 'freeBuy', homes: 8, priceEur: 525_000 },
  ],
  deliveries: [
    { year: 2022, homes: 5 },
    { year: 2023, homes: 5 },
    { year: 2028, homes: 10 },
  ],
  parties: [],
  visibility: 'region',
  notes: 'Eerste fase',
};

describe('merging an import into a stored plan', () => {
  test('the same homes per segment keep the stored lines with their areas and rents', () => {
    const imported = [
      { segment: 'freeBuy' as const, homes: 8 },
      { segment: 'socialRent' as const, homes: 12 },
    ];
    expect(mergeSegments(stored.segments, imported)).toBe(stored.segments);
    expect(mergeSegments(stored.segments, [{ segment: 'socialRent', homes: 20 }])).toEqual([
      { segment: 'socialRent', homes: 20 },
    ]);
  });

  test('Gerealiseerd (read as 2023) equal to the stored deliveries before 2024 keeps their years', () => {
    const read = [
      { year: 2023, homes: 10 },
      { year: 2028, homes: 10 },
    ];
    expect(mergeEdgeDeliveries(stored.deliveries, read)).toEqual(stored.deliveries);
    const changed = [
      { year: 2023, homes: 12 },
      { year: 2028, homes: 8 },
    ];
    expect(mergeEdgeDeliveries(stored.deliveries, changed)).toEqual(changed);
  });

  test('a table row without a delivery year keeps the stored years only while they add up', () => {
    expect(mergeTableDeliveries(stored.deliveries, [], 20)).toBe(stored.deliveries);
    expect(mergeTableDeliveries(stored.deliveries, [], 25)).toEqual([]);
    expect(mergeTableDeliveries(stored.deliveries, [{ year: 2030, homes: 20 }], 20)).toEqual([
      { year: 2030, homes: 20 },
    ]);
  });

  test('a plan-table row keeps what the table has no column for; the same values are no change', () => {
    const merged = mergeImported(
      stored,
      {
        name: stored.name,
        municipalityCode: 'GM0402',
        phase: 'elaboration',
        planningStatus: '1A',
        segments: [
          { segment: 'socialRent', homes: 12 },
          { segment: 'freeBuy', homes: 8 },
        ],
        deliveries: [],
      },
      'planTable',
    );
    expect(merged).toMatchObject({ phase: 'elaboration', planningStatus: '1A', notes: 'Eerste fase' });
    expect(merged.location).toEqual(stored.location);
    expect(merged.segments).toBe(stored.segments);
    expect(samePlan(stored, merged)).toBe(false);
    expect(samePlan(stored, { ...stored, address: null, segments: [...stored.segments] })).toBe(true);
  });
});

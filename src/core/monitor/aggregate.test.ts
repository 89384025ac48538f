import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { PHASES } from '../programme';
import { aggregateMonitor, toContractMonitor } from './aggregate';
import { TEST_TARGETS, testPlan } from './test-data';
import { DEFAULT_MONITOR_SETTINGS, type MonitorPlan, type Realisation } from './types';

const municipalities = [
  { code: 'GM0001', name: 'Eerstestad' },
  { code: 'GM0002', name: 'Tweedorp' },
];
const today = new Date('2026-11-23T12:00:00Z');
const realisations: Realisation[] = [
  { municipalityCode: 'GM0001', year: 2023, segment: 'socialRent', homes: 100, demo: false },
  { municipalityCode: 'GM0001', year: 2025, segment: 'freeBuy', homes: 20, demo: false },
  { municipalityCode: 'GM0001', year: 2021, segment: 'freeBuy', homes: 999, demo: false }, // before the period
];

function monitor(plans: MonitorPlan[], rs: Realisation[] = realisations) {
  const input = { municipalities, plans, targets: TEST_TARGETS, realisations: rs, today };
  return aggregateMonitor({ ...input, settings: DEFAULT_MONITOR_SETTINGS });
}

describe('aggregateMonitor', () => {
  const result = monitor([
    testPlan(),
    testPlan({
      id: 'p2',
      hardness: 'soft',
      segments: [{ segment: 'midRent', homes: 50 }],
      deliveries: [{ year: 2029, homes: 50 }],
    }),
    testPlan({ id: 'p3', programmeStatus: 'onHold' }),
    testPlan({ id: 'p4', programmeStatus: 'withdrawn', segments: [{ segment: 'freeBuy', homes: 7 }] }),
    testPlan({ id: 'p5', hardness: 'internal' }),
    testPlan({ id: 'p6', phase: 'delivered' }),
  ]);
  const first = result.municipalities[0];

  test('plan capacity by hardness against the remaining need × the reserve margin; freed capacity beside it', () => {
    // Target 600, delivered 120 in the period → need 480 → wanted 480 × 1.3 = 624; hard 100, soft 50.
    expect(first?.capacity).toEqual({
      hard: 100,
      soft: 50,
      remainingNeed: 480,
      wanted: 624,
      shortfall: 474,
      gap: { hard: 524, hardAndSoft: 474 },
    });
    expect(first?.freed).toEqual({ onHold: 100, withdrawn: 7 });
  });

  test('delivered within the period, per year and cumulative, and the trajectory', () => {
    expect(first?.delivered.homes).toBe(120);
    expect(first?.delivered.perYear.map((y) => [y.year, y.homes, y.cumulative])).toEqual([
      [2022, 0, 0],
      [2023, 100, 100],
      [2024, 0, 100],
      [2025, 20, 120],
      [2026, 0, 120],
    ]);
    expect(first?.trajectory.slice(0, 2)).toEqual([
      { year: 2022, path: 67, delivered: 0 },
      { year: 2023, path: 133, delivered: 100 },
    ]);
    expect(first?.trajectory.at(-1)).toEqual({ year: 2030, path: 600, delivered: null });
  });

  test('planned deliveries per year split over segments in whole homes; shares against one third and two thirds', () => {
    expect(
      first?.planned.perYear.map((y) => [y.year, y.homes, y.bySegment.socialRent, y.bySegment.midRent]),
    ).toEqual([
      [2027, 60, 30, 0],
      [2028, 40, 0, 0],
      [2029, 50, 0, 50],
    ]);
    // 30 social rent of 150 planned = 20%: below one third and below the national 30%; 80 of 150 affordable.
    expect(first?.shares).toMatchObject({
      socialRentOk: false,
      nationalSocialRentOk: false,
      affordableOk: false,
    });
    expect(first?.shares.socialRent).toBeCloseTo(0.2);
    expect(result.norms.socialRent).toBeCloseTo(1 / 3);
  });

  test('the region target is the sum of the municipal targets; its own target is reported beside it', () => {
    expect(result.region.target.homes).toBe(1000);
    expect(result.regionTarget?.homes).toBe(1000);
    expect(result.region.code).toBeNull();
    expect(first?.progress.tone).toBe('behind');
    expect(toContractMonitor(result).municipalities[0]).toMatchObject({
      code: 'GM0001',
      target: 600,
      delivered: 120,
      planned: 150,
    });
  });

  test('property: every number of the region is the sum of its municipalities', () => {
    const plan = fc.record({
      id: fc.uuid(),
      municipalityCode: fc.constantFrom('GM0001', 'GM0002', 'GM0003'),
      hardness: fc.constantFrom('hard' as const, 'soft' as const, 'internal' as const),
      phase: fc.constantFrom(...PHASES),
      programmeStatus: fc.constantFrom('active' as const, 'onHold' as const, 'withdrawn' as const),
      social: fc.integer({ min: 0, max: 200 }),
      free: fc.integer({ min: 1, max: 200 }),
      year: fc.integer({ min: 2020, max: 2034 }),
    });
    const realisation = fc.record({
      municipalityCode: fc.constantFrom('GM0001', 'GM0002'),
      year: fc.integer({ min: 2020, max: 2031 }),
      segment: fc.constantFrom('socialRent' as const, 'freeBuy' as const),
      homes: fc.integer({ min: 0, max: 300 }),
      demo: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(plan, { maxLength: 25 }), fc.array(realisation, { maxLength: 10 }), (rows, rs) => {
        const plans = rows.map(({ social, free, year, ...r }) =>
          testPlan({
            ...r,
            segments: [
              { segment: 'socialRent', homes: social },
              { segment: 'freeBuy', homes: free },
            ],
            deliveries: [{ year, homes: social + free }],
          }),
        );
        const result = monitor(plans, rs);
        const region = leaves(result.region);
        const sums = new Map<string, number>();
        for (const m of result.municipalities) {
          for (const [path, value] of leaves(m)) sums.set(path, (sums.get(path) ?? 0) + value);
        }
        expect(region).toEqual(sums);
      }),
    );
  });
});

/** Every number of an area's figures by path (rows with a year by that year), except ratios and the period. */
function leaves(value: unknown, path = '', out = new Map<string, number>()): Map<string, number> {
  if (typeof value === 'number') out.set(path, value);
  else if (Array.isArray(value)) {
    for (const row of value) leaves(row, `${path}[${(row as { year: number }).year}]`, out);
  } else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (key === 'shares' || key === 'period' || key === 'year') continue;
      leaves(child, `${path}.${key}`, out);
    }
  }
  return out;
}

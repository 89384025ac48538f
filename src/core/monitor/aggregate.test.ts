import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { SEGMENTS } from '../programme';
import { aggregateMonitor, toContractMonitor } from './aggregate';
import { TEST_TARGETS, testPlan } from './test-data';
import { DEFAULT_MONITOR_SETTINGS, type MonitorPlan } from './types';

const municipalities = [
  { code: 'GM0001', name: 'Eerstestad' },
  { code: 'GM0002', name: 'Tweedorp' },
];
const today = new Date('2026-11-23T12:00:00Z');

describe('aggregateMonitor', () => {
  test('capacity by hardness against the remaining need with the reserve margin; on-hold plans do not count', () => {
    const result = aggregateMonitor({
      municipalities,
      plans: [
        testPlan(),
        testPlan({ id: 'p2', hardness: 'soft' }),
        testPlan({ id: 'p3', programmeStatus: 'onHold' }),
        testPlan({ id: 'p4', hardness: 'internal' }),
      ],
      targets: TEST_TARGETS,
      realisations: [
        { municipalityCode: 'GM0001', year: 2023, segment: 'socialRent', homes: 100, demo: false },
      ],
      settings: DEFAULT_MONITOR_SETTINGS,
      today,
    });
    const first = result.municipalities[0];
    expect(first?.capacity).toEqual({
      hard: 100,
      soft: 100,
      remainingNeed: 500,
      wanted: 650,
      shortfall: 450,
    });
    expect(first?.delivered.homes).toBe(100);
    expect(first?.trajectory.find((p) => p.year === 2030)?.path).toBe(600);
    expect(first?.shares.socialRentOk).toBe(true);
    expect(result.region.target.homes).toBe(1000);
  });

  test('property: every figure of the region is the sum of its municipalities', () => {
    const plan = fc.record({
      id: fc.uuid(),
      municipalityCode: fc.constantFrom('GM0001', 'GM0002'),
      hardness: fc.constantFrom('hard', 'soft', 'internal'),
      phase: fc.constantFrom('initiative', 'planning', 'elaboration', 'construction', 'delivered'),
      programmeStatus: fc.constantFrom('active', 'onHold', 'withdrawn'),
      social: fc.integer({ min: 0, max: 200 }),
      free: fc.integer({ min: 1, max: 200 }),
      year: fc.integer({ min: 2024, max: 2034 }),
    });
    fc.assert(
      fc.property(fc.array(plan, { maxLength: 30 }), (rows) => {
        const plans: MonitorPlan[] = rows.map((r) =>
          testPlan({
            ...r,
            segments: [
              { segment: 'socialRent', homes: r.social },
              { segment: 'freeBuy', homes: r.free },
            ],
            deliveries: [{ year: r.year, homes: r.social + r.free }],
          } as Partial<MonitorPlan>),
        );
        const result = aggregateMonitor({
          municipalities,
          plans,
          targets: TEST_TARGETS,
          realisations: [],
          settings: DEFAULT_MONITOR_SETTINGS,
          today,
        });
        const sum = (pick: (a: (typeof result.municipalities)[number]) => number) =>
          result.municipalities.reduce((a, m) => a + pick(m), 0);
        const contract = toContractMonitor(result);
        expect(contract.region.planned).toBe(contract.municipalities.reduce((a, m) => a + m.planned, 0));
        expect(contract.region.planCapacity.hard).toBe(sum((m) => m.capacity.hard));
        expect(contract.region.planCapacity.soft).toBe(sum((m) => m.capacity.soft));
        expect(result.region.target.homes).toBe(sum((m) => m.target.homes));
        expect(result.region.capacity.wanted).toBe(sum((m) => m.capacity.wanted));
        for (const s of SEGMENTS)
          expect(result.region.planned.bySegment[s]).toBe(sum((m) => m.planned.bySegment[s]));
        for (const [i, point] of result.region.trajectory.entries()) {
          expect(point.path).toBe(sum((m) => m.trajectory[i]?.path ?? 0));
        }
      }),
    );
  });
});

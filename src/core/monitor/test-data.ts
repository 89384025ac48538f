import type { MonitorPlan, MonitorTarget } from './types';

/** A small fictional programme for the monitor's tests (not demo data). */
export function testPlan(overrides: Partial<MonitorPlan> = {}): MonitorPlan {
  return {
    id: 'plan-1',
    name: 'Testplan (fictief)',
    municipalityCode: 'GM0001',
    phase: 'elaboration',
    hardness: 'hard',
    programmeStatus: 'active',
    segments: [
      { segment: 'socialRent', homes: 30 },
      { segment: 'freeBuy', homes: 70 },
    ],
    deliveries: [
      { year: 2027, homes: 60 },
      { year: 2028, homes: 40 },
    ],
    updatedAt: '2026-10-01T00:00:00.000Z',
    nextMilestoneDate: null,
    ...overrides,
  };
}

export const TEST_TARGETS: MonitorTarget[] = [
  { municipalityCode: null, periodStart: 2022, periodEnd: 2030, homes: 1000, demo: false, source: null },
  { municipalityCode: 'GM0001', periodStart: 2022, periodEnd: 2030, homes: 600, demo: false, source: null },
  { municipalityCode: 'GM0002', periodStart: 2022, periodEnd: 2030, homes: 400, demo: true, source: null },
];

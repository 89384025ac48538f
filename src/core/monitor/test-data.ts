import { DEFAULT_FORECAST_PARAMETERS, type ForecastParameters } from './forecast-parameters';
import type { ForecastInput } from './forecast-prepare';
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

/** The default parameters with every rule replaced by one chance of going ahead and one delay distribution. */
export function withRules(goAhead: number, delayYears: Record<string, number>): ForecastParameters {
  const rule = {
    goAhead: { value: goAhead, assumption: 'test' },
    delayYears: { value: delayYears, assumption: 'test' },
  };
  const phase = { hard: rule, soft: rule };
  return {
    ...DEFAULT_FORECAST_PARAMETERS,
    rules: { initiative: phase, planning: phase, elaboration: phase, construction: phase },
  };
}

/** A forecast input for the tests, without plans: two municipalities, made on 23 November 2026. */
export const FORECAST_BASE: Omit<ForecastInput, 'plans'> = {
  targets: TEST_TARGETS.filter((t) => t.municipalityCode),
  realisations: [{ municipalityCode: 'GM0001', year: 2023, segment: 'freeBuy', homes: 50, demo: false }],
  parameters: DEFAULT_FORECAST_PARAMETERS,
  runs: 400,
  seed: 7,
  horizonYear: 2030,
  scenario: 'middle',
  today: new Date('2026-11-23T12:00:00Z'),
};

/** Plans for the forecast tests, each showing one rule of plannedDeliveries. */
export const FORECAST_PLANS: MonitorPlan[] = [
  testPlan(),
  testPlan({
    id: 'b',
    municipalityCode: 'GM0002',
    hardness: 'soft',
    phase: 'planning',
    deliveries: [{ year: 2029, homes: 100 }],
  }),
  // No delivery planning: all homes after the lead time of its phase (construction: 1 year, so 2027).
  testPlan({ id: 'c', phase: 'construction', deliveries: [] }),
  // Overdue: planned for 2025, still active, so late (this year), not lost.
  testPlan({ id: 'd', municipalityCode: 'GM0002', deliveries: [{ year: 2025, homes: 100 }] }),
  // Larger than one packed field (1,023 homes a year): simulated in chunks.
  testPlan({
    id: 'e',
    segments: [{ segment: 'midRent', homes: 5000 }],
    deliveries: [{ year: 2030, homes: 5000 }],
  }),
];

import {
  aggregateMonitor,
  compareSnapshots,
  DEFAULT_MONITOR_SETTINGS,
  findOccupiedCapacity,
  freedCapacity,
  type MonitorPlan,
  RESERVE_MARGIN_RATIONALE,
  runForecast,
  takeSnapshot,
} from '../../core/monitor';
import { FORECAST_BASE, TEST_TARGETS, testPlan } from '../../core/monitor/test-data';
import type { ReportInput } from './report-input';

/** Plan names a spreadsheet would read as formulas: the export must keep them text. */
export const HOSTILE_NAMES = ['=HYPERLINK("http://x","klik")', '+31 woningen', '-Zuid', '@SUM(A1)'] as const;

const TODAY = new Date('2026-11-23T12:00:00Z');

/** A small fictional programme (two municipalities, hostile plan names, one of each list) for the writers' tests. */
export function buildTestReport(options: { forecast?: boolean } = {}): ReportInput {
  const plans: MonitorPlan[] = [
    testPlan({ id: 'a', name: HOSTILE_NAMES[0] }),
    testPlan({
      id: 'b',
      name: HOSTILE_NAMES[1],
      municipalityCode: 'GM0002',
      hardness: 'soft',
      phase: 'planning',
    }),
    testPlan({ id: 'c', name: HOSTILE_NAMES[2], updatedAt: '2024-01-10T09:00:00Z' }),
    testPlan({ id: 'd', name: HOSTILE_NAMES[3], municipalityCode: 'GM0002', programmeStatus: 'onHold' }),
  ];
  const municipalities = [
    { code: 'GM0001', name: 'Eerstestad' },
    { code: 'GM0002', name: 'Tweedorp' },
  ];
  const realisations = FORECAST_BASE.realisations;
  const settings = DEFAULT_MONITOR_SETTINGS;
  const details = aggregateMonitor({
    municipalities,
    plans,
    targets: TEST_TARGETS,
    realisations,
    settings,
    today: TODAY,
  });
  const earlier = takeSnapshot(
    // A quarter ago: plan a did not exist, b was an initiative, d was still active.
    plans
      .filter((p) => p.id !== 'a')
      .map((p) => ({
        ...p,
        programmeStatus: 'active' as const,
        phase: p.id === 'b' ? 'initiative' : p.phase,
      })),
    '2026-09-30T08:00:00Z',
  );
  const monitor: ReportInput['monitor'] = {
    generatedAt: TODAY.toISOString(),
    regionInfo: { slug: 'proefregio', name: 'Proefregio' },
    settings: { ...settings, rationale: RESERVE_MARGIN_RATIONALE },
    details,
    occupied: findOccupiedCapacity(plans, settings, TODAY),
    freed: freedCapacity(plans),
    changes: {
      since: { quarter: earlier.quarter, takenAt: earlier.takenAt },
      ...compareSnapshots(earlier, takeSnapshot(plans, TODAY.toISOString())),
    },
  };
  const forecast = options.forecast === false ? null : runForecast({ ...FORECAST_BASE, plans, runs: 200 });
  return { monitor, forecast };
}

import type { Segment } from '../programme';
import type { DemandScenario } from './forecast-parameters';
import { formatHomes, formatPercent } from './format';

/** The forecast as the API returns it (api-contract.md, "Monitor and forecast", extended). */
export interface ForecastResult {
  runs: number;
  seed: number;
  horizonYear: number;
  scenario: DemandScenario;
  scenarioLabel: string;
  /** Region: the sum of the municipal targets × the scenario's factor; realised before this year. */
  target: number;
  realised: number;
  /** Region: realised + simulated deliveries by the horizon, mean and median over the runs. */
  meanDeliveredByHorizon: number;
  p50DeliveredByHorizon: number;
  probabilityTargetMet: number;
  /** Region deliveries per simulated year (this year … horizon) over the runs. */
  perYear: { year: number; p10: number; p50: number; p90: number; mean: number }[];
  /** Expected deliveries per simulated year and segment (exact expectation, not sampled). */
  perSegmentMean: { year: number; segment: Segment; homes: number }[];
  municipalities: {
    code: string;
    target: number;
    realised: number;
    probabilityTargetMet: number;
    meanDeliveredByHorizon: number;
    p50DeliveredByHorizon: number;
  }[];
  /** Extra hard plan capacity (homes, up to tens) for an 80% chance; null when new plans cannot deliver in time. */
  extraHardCapacityFor80: number | null;
  sentence: string;
}

/** Nearest-rank quantile of sorted values: the smallest value with at least q of all values at or below it. */
export function quantile(sorted: ArrayLike<number>, q: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] as number;
}

/**
 * Extra hard plan capacity for an 80% chance: the 80th percentile of the region's shortfall divided by what a
 * home of new hard capacity is expected to deliver by the horizon, rounded up to tens; null when it cannot.
 */
export function extraCapacity(shortfall80: number, yieldPerHome: number): number | null {
  if (shortfall80 <= 0) return 0;
  if (yieldPerHome <= 0) return null;
  return Math.ceil(shortfall80 / yieldPerHome / 10) * 10;
}

/**
 * The forecast in one plain Dutch sentence, e.g. "Met de huidige plannen haalt de regio de opgave voor 2030 met
 * 38% kans; voor 80% zekerheid is circa 1.400 woningen extra harde plancapaciteit nodig."
 */
export function describeForecast(probability: number, extra: number | null, horizonYear: number): string {
  const chance = `Met de huidige plannen haalt de regio de opgave voor ${horizonYear} met ${formatPercent(probability)} kans`;
  if (probability >= 0.8 || extra === 0)
    return `${chance}; daarvoor is geen extra harde plancapaciteit nodig.`;
  if (extra === null) {
    return `${chance}; nieuwe plannen kunnen niet meer op tijd opleveren, dus extra plancapaciteit helpt voor ${horizonYear} niet.`;
  }
  return `${chance}; voor 80% zekerheid is circa ${formatHomes(extra)} woningen extra harde plancapaciteit nodig.`;
}

import { SEGMENTS } from '../programme';
import { countsAsCapacity } from './capacity';
import { type PlanRow, type PreparedPlans, packPlans, toThresholds } from './forecast-pack';
import {
  type DemandScenario,
  type ForecastHardness,
  type ForecastParameters,
  type ForecastPhase,
  type ForecastRule,
  findMaxDelay,
  toDelayCdf,
} from './forecast-parameters';
import { addExpected, expectYield, plannedDeliveries } from './forecast-plan';
import { hashPlanId } from './forecast-random';
import type { MonitorPlan, MonitorTarget, Realisation } from './types';

/** The input of a forecast (forecast.ts). */
export interface ForecastInput {
  plans: readonly MonitorPlan[];
  /** Municipal targets (the region's target is their sum; a region-level target is ignored here). */
  targets: readonly MonitorTarget[];
  realisations: readonly Realisation[];
  parameters: ForecastParameters;
  runs: number;
  seed: number;
  horizonYear: number;
  scenario: DemandScenario;
  /** The day of the forecast (default: now); its year is the first simulated year. Give every worker the same. */
  today?: Date;
  /** The runs one worker simulates (runForecastPart): from `runOffset` (default 0), `runCount` of them. */
  runOffset?: number;
  runCount?: number;
}

/** Everything the simulation and its summary need, as numbers and typed arrays (structured-cloneable). */
export interface PreparedForecast {
  thisYear: number;
  horizonYear: number;
  /** Simulated years: thisYear … horizonYear (0 when the horizon has passed). */
  years: number;
  scenario: DemandScenario;
  scenarioLabel: string;
  municipalityCodes: string[];
  /** Per municipality: the target times the scenario's factor, and the homes realised before this year. */
  targets: number[];
  realised: number[];
  /** Delay slots 0 … maxDelay; slot maxDelay + 1 means the plan dropped out. */
  maxDelay: number;
  plans: PreparedPlans;
  /** Expected homes per simulated year and segment, exactly (not sampled): [y · SEGMENTS.length + s]. */
  segmentMeans: Float64Array;
  /** Homes one home of new hard plan capacity is expected to deliver by the horizon (for the 80% advice). */
  extraCapacityYield: number;
}

/** Homes realised per municipality from its target's first year up to last year (and the horizon). */
function sumRealised(input: ForecastInput, codes: readonly string[], thisYear: number): number[] {
  const last = Math.min(thisYear - 1, input.horizonYear);
  return codes.map((code) => {
    const first = input.targets.find((t) => t.municipalityCode === code)?.periodStart ?? 0;
    return input.realisations
      .filter((r) => r.municipalityCode === code && r.year >= first && r.year <= last)
      .reduce((total, r) => total + r.homes, 0);
  });
}

/**
 * Prepares a forecast: the municipalities with a target, their scenario targets and realised homes, and the
 * plans that count as capacity (active, not delivered, hard or soft: internal 5A/5B plans are not plan
 * capacity) in a municipality with a target, packed into typed arrays. A plan with nothing to deliver by the
 * horizon is left out (it cannot change a total).
 */
export function prepareForecast(input: ForecastInput): PreparedForecast {
  const thisYear = (input.today ?? new Date()).getFullYear();
  const years = Math.max(0, input.horizonYear - thisYear + 1);
  const codes = [...new Set(input.targets.flatMap((t) => (t.municipalityCode ? [t.municipalityCode] : [])))];
  const index = new Map(codes.map((code, i) => [code, i]));
  const { parameters } = input;
  const maxDelay = findMaxDelay(parameters);
  const thresholds = new Map<object, number[]>();
  const thresholdsOf = (rule: ForecastRule) => {
    const known = thresholds.get(rule) ?? toThresholds(rule.goAhead.value, toDelayCdf(rule, maxDelay));
    thresholds.set(rule, known);
    return known;
  };
  const segmentMeans = new Float64Array(years * SEGMENTS.length);
  const rows: PlanRow[] = [];
  for (const plan of input.plans) {
    const municipality = index.get(plan.municipalityCode);
    if (municipality === undefined || !countsAsCapacity(plan)) continue;
    const deliveries = plannedDeliveries(plan, parameters, thisYear, years);
    if (!deliveries.length) continue;
    const rule = parameters.rules[plan.phase as ForecastPhase][plan.hardness as ForecastHardness];
    const row = { keys: hashPlanId(plan.id), municipality, thresholds: thresholdsOf(rule), deliveries };
    rows.push(row);
    addExpected(segmentMeans, plan, row, years);
  }
  const scenario = parameters.scenarios[input.scenario];
  return {
    thisYear,
    horizonYear: input.horizonYear,
    years,
    scenario: input.scenario,
    scenarioLabel: scenario.label,
    municipalityCodes: codes,
    targets: codes.map(
      (c) => (input.targets.find((t) => t.municipalityCode === c)?.homes ?? 0) * scenario.targetFactor,
    ),
    realised: sumRealised(input, codes, thisYear),
    maxDelay,
    plans: packPlans(rows, maxDelay),
    segmentMeans,
    extraCapacityYield: expectYield(parameters, years - 1),
  };
}

import { type ForecastInput, prepareForecast } from './forecast-prepare';
import type { ForecastResult } from './forecast-result';
import { type ForecastPart, simulateForecastPart } from './forecast-simulate';
import { summarizeForecast } from './forecast-summary';

/**
 * The probabilistic forecast: a Monte Carlo simulation of the plans that count as capacity. Per plan and run
 * one uniform draw from (seed, run, plan id) decides whether the plan goes ahead (below P(go ahead) for its
 * phase and hardness) and, by the inverse CDF at u / P, by how many whole years all its deliveries shift. The
 * target is met when realised-to-date plus the simulated deliveries up to and including `horizonYear` reach the
 * target × the scenario's factor (per municipality, and for the region: the sum of the municipal targets).
 * The same seed gives the same result.
 * @example runForecast({ plans, targets, realisations, parameters: DEFAULT_FORECAST_PARAMETERS, runs: 10000,
 *   seed: 1, horizonYear: 2030, scenario: 'middle' }).sentence
 */
export function runForecast(input: ForecastInput): ForecastResult {
  const prepared = prepareForecast(input);
  const part = simulateForecastPart(prepared, input.seed, 0, input.runs);
  return summarizeForecast(prepared, [part], input);
}

/**
 * One worker's share: runs `runOffset … runOffset + runCount − 1` (default: all), raw per run. Because every
 * draw depends on (seed, run, plan) only, parts from any split merge into exactly the one-process result.
 */
export function runForecastPart(input: ForecastInput): ForecastPart {
  const runOffset = input.runOffset ?? 0;
  const runCount = input.runCount ?? input.runs - runOffset;
  return simulateForecastPart(prepareForecast(input), input.seed, runOffset, runCount);
}

/**
 * Merges the parts of all runs (in any order) into the forecast; throws when they do not cover 0 … runs − 1
 * exactly once. Pass the same input (with the same `today`) as the workers had.
 */
export function mergeForecastParts(input: ForecastInput, parts: readonly ForecastPart[]): ForecastResult {
  return summarizeForecast(prepareForecast(input), parts, input);
}

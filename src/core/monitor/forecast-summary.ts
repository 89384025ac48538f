import { SEGMENTS } from '../programme';
import type { PreparedForecast } from './forecast-prepare';
import { describeForecast, extraCapacity, type ForecastResult, quantile } from './forecast-result';
import type { ForecastPart } from './forecast-simulate';

/**
 * Joins parts (in any order) into the deliveries of all runs, [(m · years + y) · runs + r]; throws when they do
 * not cover runs 0 … runs − 1 exactly once.
 */
export function joinParts(p: PreparedForecast, parts: readonly ForecastPart[], runs: number): Int32Array {
  const rows = p.municipalityCodes.length * p.years;
  if (
    parts.length === 1 &&
    parts[0]?.runOffset === 0 &&
    parts[0].runCount === runs &&
    parts[0].years === p.years
  ) {
    return parts[0].deliveries;
  }
  const out = new Int32Array(rows * runs);
  let next = 0;
  for (const part of [...parts].sort((a, b) => a.runOffset - b.runOffset)) {
    if (
      part.runOffset !== next ||
      part.years !== p.years ||
      part.municipalities !== p.municipalityCodes.length
    ) {
      throw new Error(
        `Forecast parts do not fit: expected runs from ${next}, got a part from ${part.runOffset}.`,
      );
    }
    for (let row = 0; row < rows; row += 1) {
      const from = part.deliveries.subarray(row * part.runCount, (row + 1) * part.runCount);
      out.set(from, row * runs + part.runOffset);
    }
    next += part.runCount;
  }
  if (next !== runs) throw new Error(`Forecast parts cover ${next} of ${runs} runs.`);
  return out;
}

/** Mean and median of per-run totals (sorts them in place). */
function describeTotals(totals: Float64Array) {
  const mean = totals.length ? totals.reduce((a, b) => a + b, 0) / totals.length : 0;
  return { meanDeliveredByHorizon: mean, p50DeliveredByHorizon: quantile(totals.sort(), 0.5) };
}

/** Per municipality: per run realised + simulated homes by the horizon, how often that meets the target. */
export function summarizeMunicipalities(p: PreparedForecast, deliveries: Int32Array, runs: number) {
  const region = new Float64Array(runs);
  const municipalities = p.municipalityCodes.map((code, m) => {
    const realised = p.realised[m] as number;
    const target = p.targets[m] as number;
    const totals = new Float64Array(runs).fill(realised);
    for (let y = 0; y < p.years; y += 1) {
      const row = (m * p.years + y) * runs;
      for (let r = 0; r < runs; r += 1) totals[r] = (totals[r] as number) + (deliveries[row + r] as number);
    }
    let met = 0;
    for (let r = 0; r < runs; r += 1) {
      region[r] = (region[r] as number) + (totals[r] as number);
      if ((totals[r] as number) >= target - 1e-9) met += 1;
    }
    return {
      code,
      target: Math.round(target),
      realised,
      probabilityTargetMet: runs ? met / runs : 0,
      totals,
    };
  });
  return { region, municipalities };
}

/** Region deliveries per simulated year: quantiles and mean over the runs. */
export function summarizeYears(
  p: PreparedForecast,
  deliveries: Int32Array,
  runs: number,
): ForecastResult['perYear'] {
  return Array.from({ length: p.years }, (_, y) => {
    const column = new Int32Array(runs);
    for (let m = 0; m < p.municipalityCodes.length; m += 1) {
      const row = (m * p.years + y) * runs;
      for (let r = 0; r < runs; r += 1) column[r] = (column[r] as number) + (deliveries[row + r] as number);
    }
    const mean = runs ? column.reduce((a, b) => a + b, 0) / runs : 0;
    column.sort();
    const q = (level: number) => quantile(column, level);
    return { year: p.thisYear + y, p10: q(0.1), p50: q(0.5), p90: q(0.9), mean };
  });
}

/** Summarises the parts of all runs: chances, per year quantiles, per segment means, extra capacity, sentence. */
export function summarizeForecast(
  p: PreparedForecast,
  parts: readonly ForecastPart[],
  run: { runs: number; seed: number },
): ForecastResult {
  const { runs } = run;
  const deliveries = joinParts(p, parts, runs);
  const areas = summarizeMunicipalities(p, deliveries, runs);
  const target = p.targets.reduce((a, b) => a + b, 0);
  const shortfall = new Float64Array(runs);
  let met = 0;
  for (let r = 0; r < runs; r += 1) {
    const total = areas.region[r] as number;
    if (total >= target - 1e-9) met += 1;
    else shortfall[r] = target - total;
  }
  const probability = runs ? met / runs : 0;
  const extra = extraCapacity(quantile(shortfall.sort(), 0.8), p.extraCapacityYield);
  return {
    runs,
    seed: run.seed,
    horizonYear: p.horizonYear,
    scenario: p.scenario,
    scenarioLabel: p.scenarioLabel,
    target: Math.round(target),
    realised: p.realised.reduce((a, b) => a + b, 0),
    ...describeTotals(areas.region),
    probabilityTargetMet: probability,
    perYear: summarizeYears(p, deliveries, runs),
    perSegmentMean: Array.from({ length: p.years }, (_, y) =>
      SEGMENTS.map((segment, s) => ({
        year: p.thisYear + y,
        segment,
        homes: p.segmentMeans[y * SEGMENTS.length + s] as number,
      })),
    ).flat(),
    municipalities: areas.municipalities.map(({ totals, ...m }) => ({ ...m, ...describeTotals(totals) })),
    extraHardCapacityFor80: extra,
    sentence: describeForecast(probability, extra, p.horizonYear),
  };
}

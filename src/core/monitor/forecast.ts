import type { Segment } from '../programme';
import type { ForecastParameters } from './forecast-parameters';
import { type PreparedPlans, preparePlans } from './forecast-prepare';
import type { MonitorPlan, MonitorTarget, Realisation } from './types';

export type DemandScenario = 'low' | 'middle' | 'high';

export interface ForecastInput {
  plans: readonly MonitorPlan[];
  /** Municipal targets; the region's target is their sum. */
  targets: readonly MonitorTarget[];
  realisations: readonly Realisation[];
  parameters: ForecastParameters;
  runs: number;
  seed: number;
  horizonYear: number;
  scenario: DemandScenario;
  today?: Date;
}

export interface ForecastResult {
  runs: number;
  seed: number;
  horizonYear: number;
  scenario: DemandScenario;
  scenarioLabel: string;
  target: number;
  realised: number;
  probabilityTargetMet: number;
  perYear: { year: number; p10: number; p50: number; p90: number; mean: number }[];
  perSegmentMean: { year: number; segment: Segment; homes: number }[];
  municipalities: {
    code: string;
    target: number;
    probabilityTargetMet: number;
    p50DeliveredByHorizon: number;
  }[];
  extraHardCapacityFor80: number | null;
  sentence: string;
}

/**
 * Runs `count` simulations from run `first`: per run the homes delivered per year (region) and by the horizon
 * (per municipality; laid out municipality-major: byHorizon[m * count + r]). Each plan's draw depends only on (seed, run, plan), so runs can be split over workers
 * and adding a plan never changes another plan's fate. Plans are the outer loop so each plan's numbers stay
 * in registers (10,000 runs × 30,000 plans is 300 million draws).
 */
export function simulateRuns(
  p: PreparedPlans,
  municipalities: number,
  seed: number,
  first: number,
  count: number,
) {
  const years = p.years;
  const perYear = new Float64Array(count * years);
  const byHorizon = new Float64Array(count * municipalities);
  const stride = p.maxDelay + 1;
  // Counter-based draws: a well-mixed value per run and per plan, combined with one cheap mixing round, so a
  // draw depends on (seed, run, plan) only and costs a few integer operations.
  const runMix = new Int32Array(count);
  for (let r = 0; r < count; r += 1) runMix[r] = mix32(seed ^ Math.imul(first + r + 1, 0x9e3779b1));
  const threshold = new Float64Array(stride);
  const horizonHomes = new Float64Array(stride);
  for (let i = 0; i < p.count; i += 1) {
    const key = mix32((p.key[i] as number) ^ 0x5bd1e995);
    const go = p.goAhead[i] as number;
    const muniBase = (p.muni[i] as number) * count;
    const from = p.start[i] as number;
    const to = p.end[i] as number;
    // A draw h (uniform over 0 … 2^32) goes ahead below go·2^32; its delay is the first d with h < go·cdf[d]·2^32.
    for (let d = 0; d < stride; d += 1) {
      threshold[d] = go * (p.delayCdf[i * stride + d] as number) * 4294967296;
      let sum = 0;
      for (let k = from; k < to; k += 1) if ((p.offset[k] as number) + d < years) sum += p.homes[k] as number;
      horizonHomes[d] = sum;
    }
    const goLimit = go * 4294967296;
    for (let r = 0; r < count; r += 1) {
      let h = (runMix[r] as number) ^ key;
      h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
      h = (h ^ (h >>> 12)) >>> 0;
      if (h >= goLimit) continue;
      let d = 0;
      while (h >= (threshold[d] as number)) d += 1;
      const homes = horizonHomes[d] as number;
      if (homes === 0) continue;
      byHorizon[muniBase + r] = (byHorizon[muniBase + r] as number) + homes;
      const base = r * years + d;
      for (let k = from; k < to; k += 1) {
        const y = p.offset[k] as number;
        if (y + d < years) perYear[base + y] = (perYear[base + y] as number) + (p.homes[k] as number);
      }
    }
  }
  return { perYear, byHorizon };
}

/** The murmur3 finaliser: a 32-bit value with every input bit spread over every output bit. */
function mix32(value: number): number {
  let h = value | 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}

const quantile = (sorted: Float64Array, q: number) =>
  sorted.length ? (sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number) : 0;
const nl = (n: number) => Math.round(n).toLocaleString('nl-NL');

/**
 * The probabilistic forecast (issue 3): Monte Carlo over the plans that count, with a chance of going ahead and
 * a delay per phase and hardness. The same seed gives the same result.
 */
export function runForecast(input: ForecastInput): ForecastResult {
  const today = input.today ?? new Date();
  const thisYear = today.getFullYear();
  const codes = [
    ...new Set(input.targets.filter((t) => t.municipalityCode).map((t) => t.municipalityCode as string)),
  ];
  const index = new Map(codes.map((code, i) => [code, i]));
  const factor = input.parameters.scenarios[input.scenario].targetFactor;
  const prepared = preparePlans(input.plans, index, input.parameters, thisYear, input.horizonYear);
  const { perYear, byHorizon } = simulateRuns(prepared, codes.length, input.seed, 0, input.runs);
  const realisedOf = (code: string) =>
    input.realisations
      .filter((r) => r.municipalityCode === code && r.year < thisYear)
      .reduce((a, r) => {
        const t = input.targets.find((x) => x.municipalityCode === code);
        return t && r.year >= t.periodStart ? a + r.homes : a;
      }, 0);
  const targetOf = (code: string) =>
    (input.targets.find((t) => t.municipalityCode === code)?.homes ?? 0) * factor;
  const realised = codes.map(realisedOf);
  const targets = codes.map(targetOf);
  const regionTarget = targets.reduce((a, b) => a + b, 0);
  const regionRealised = realised.reduce((a, b) => a + b, 0);
  const runs = input.runs;
  const met = new Int32Array(codes.length);
  let regionMet = 0;
  const shortfall = new Float64Array(runs);
  for (let r = 0; r < runs; r += 1) {
    let total = regionRealised;
    codes.forEach((_, m) => {
      const delivered = byHorizon[m * runs + r] as number;
      total += delivered;
      if ((realised[m] as number) + delivered >= (targets[m] as number) - 1e-9)
        met[m] = (met[m] as number) + 1;
    });
    if (total >= regionTarget - 1e-9) regionMet += 1;
    shortfall[r] = Math.max(0, regionTarget - total);
  }
  const years = Array.from({ length: prepared.years }, (_, y) => {
    const column = new Float64Array(runs);
    let sum = 0;
    for (let r = 0; r < runs; r += 1) {
      column[r] = perYear[r * prepared.years + y] as number;
      sum += column[r] as number;
    }
    column.sort();
    return {
      year: thisYear + y,
      p10: quantile(column, 0.1),
      p50: quantile(column, 0.5),
      p90: quantile(column, 0.9),
      mean: sum / runs,
    };
  });
  const municipalities = codes.map((code, m) => {
    const column = new Float64Array(runs);
    for (let r = 0; r < runs; r += 1) column[r] = byHorizon[m * runs + r] as number;
    column.sort();
    return {
      code,
      target: Math.round(targets[m] as number),
      probabilityTargetMet: (met[m] as number) / runs,
      p50DeliveredByHorizon: quantile(column, 0.5),
    };
  });
  shortfall.sort();
  const extra = extraHardCapacity(quantile(shortfall, 0.8), input.parameters, thisYear, input.horizonYear);
  const probability = runs ? regionMet / runs : 0;
  return {
    runs,
    seed: input.seed,
    horizonYear: input.horizonYear,
    scenario: input.scenario,
    scenarioLabel: input.parameters.scenarios[input.scenario].label,
    target: Math.round(regionTarget),
    realised: regionRealised,
    probabilityTargetMet: probability,
    perYear: years,
    perSegmentMean: prepared.meanBySegment.sort((a, b) => a.year - b.year),
    municipalities,
    extraHardCapacityFor80: extra,
    sentence: sentenceOf(probability, extra, input.horizonYear),
  };
}

/**
 * The extra hard plan capacity that closes the 80th-percentile shortfall: the shortfall divided by what one home
 * of new hard capacity (phase elaboration) is expected to deliver by the horizon, rounded up to tens.
 * Null when new capacity cannot deliver by the horizon.
 */
export function extraHardCapacity(
  shortfall80: number,
  parameters: ForecastParameters,
  thisYear: number,
  horizonYear: number,
): number | null {
  if (shortfall80 <= 0) return 0;
  const rule = parameters.rules.elaboration.hard;
  const slack = horizonYear - thisYear - parameters.leadTimeYears.elaboration;
  const onTime = rule.delay.slice(0, Math.max(0, slack + 1)).reduce((a, b) => a + b, 0);
  const expected = rule.goAhead * onTime;
  if (expected <= 0) return null;
  return Math.ceil(shortfall80 / expected / 10) * 10;
}

function sentenceOf(probability: number, extra: number | null, horizonYear: number): string {
  const chance = `Met de huidige plannen haalt de regio de opgave voor ${horizonYear} met ${Math.round(probability * 100)}% kans`;
  if (probability >= 0.8 || extra === 0)
    return `${chance}; voor 80% zekerheid is geen extra harde plancapaciteit nodig.`;
  if (extra === null) return `${chance}; nieuwe plannen kunnen vóór ${horizonYear} niet meer opleveren.`;
  return `${chance}; daarvoor is circa ${nl(extra)} woningen extra harde plancapaciteit nodig.`;
}

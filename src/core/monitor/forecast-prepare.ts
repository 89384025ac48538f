import { SEGMENTS, type Segment } from '../programme';
import { countsAsCapacity } from './aggregate';
import { sumSegments } from './allocate';
import type { ForecastParameters, ForecastPhase } from './forecast-parameters';
import type { MonitorPlan } from './types';

/** A stable 32-bit key of a plan id, so each plan's draws depend on (seed, run, plan) only. */
export function hashKey(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** The plans of a forecast as flat typed arrays, so the inner loop allocates nothing. */
export interface PreparedPlans {
  count: number;
  firstYear: number;
  years: number;
  muni: Int32Array;
  key: Uint32Array;
  goAhead: Float64Array;
  /** Cumulative delay distribution, `maxDelay + 1` entries per plan. */
  delayCdf: Float64Array;
  maxDelay: number;
  /** Deliveries: per plan a range [start, end) into offset/homes. */
  start: Int32Array;
  end: Int32Array;
  offset: Int32Array;
  homes: Float64Array;
  /** Mean deliveries per year (from firstYear) and segment, computed exactly (not simulated). */
  meanBySegment: { year: number; segment: Segment; homes: number }[];
}

/**
 * Turns monitor plans into the arrays of the simulation. Deliveries planned before this year move to this year
 * (late, not lost); a plan without a delivery planning delivers all its homes after the phase's lead time.
 */
export function preparePlans(
  plans: readonly MonitorPlan[],
  municipalityIndex: ReadonlyMap<string, number>,
  parameters: ForecastParameters,
  thisYear: number,
  horizonYear: number,
): PreparedPlans {
  const counted = plans.filter((p) => countsAsCapacity(p) && municipalityIndex.has(p.municipalityCode));
  const maxDelay = Math.max(
    ...Object.values(parameters.rules).flatMap((r) => Object.values(r).map((x) => x.delay.length - 1)),
  );
  const years = Math.max(1, horizonYear - thisYear + 1);
  const n = counted.length;
  const prepared = {
    count: n,
    firstYear: thisYear,
    years,
    muni: new Int32Array(n),
    key: new Uint32Array(n),
    goAhead: new Float64Array(n),
    delayCdf: new Float64Array(n * (maxDelay + 1)),
    maxDelay,
    start: new Int32Array(n),
    end: new Int32Array(n),
    offset: new Int32Array(n * 4 + 16),
    homes: new Float64Array(n * 4 + 16),
  };
  const mean = new Map<string, number>();
  let cursor = 0;
  counted.forEach((plan, i) => {
    const phase = plan.phase as ForecastPhase;
    const rule = parameters.rules[phase][plan.hardness as 'hard' | 'soft'];
    prepared.muni[i] = municipalityIndex.get(plan.municipalityCode) ?? 0;
    prepared.key[i] = hashKey(plan.id);
    prepared.goAhead[i] = rule.goAhead;
    let cdf = 0;
    for (let d = 0; d <= maxDelay; d += 1) {
      cdf += rule.delay[d] ?? 0;
      prepared.delayCdf[i * (maxDelay + 1) + d] = d === maxDelay ? 1 : cdf;
    }
    const segments = sumSegments(plan.segments);
    const total = SEGMENTS.reduce((a, s) => a + segments[s], 0);
    const deliveries = plan.deliveries.length
      ? plan.deliveries
      : [{ year: thisYear + parameters.leadTimeYears[phase], homes: total }];
    const merged = new Map<number, number>();
    for (const d of deliveries)
      merged.set(Math.max(d.year, thisYear), (merged.get(Math.max(d.year, thisYear)) ?? 0) + d.homes);
    prepared.start[i] = cursor;
    for (const [year, homes] of merged) {
      if (cursor >= prepared.offset.length) grow(prepared);
      prepared.offset[cursor] = year - thisYear;
      prepared.homes[cursor] = homes;
      cursor += 1;
      rule.delay.forEach((chance, d) => {
        if (year + d > horizonYear || total === 0) return;
        for (const s of SEGMENTS) {
          if (!segments[s]) continue;
          const k = `${year + d}|${s}`;
          mean.set(k, (mean.get(k) ?? 0) + (rule.goAhead * chance * homes * segments[s]) / total);
        }
      });
    }
    prepared.end[i] = cursor;
  });
  return {
    ...prepared,
    meanBySegment: [...mean.entries()].map(([k, homes]) => {
      const [year, segment] = k.split('|');
      return { year: Number(year), segment: segment as Segment, homes };
    }),
  };
}

function grow(p: { offset: Int32Array; homes: Float64Array }): void {
  const offset = new Int32Array(p.offset.length * 2);
  offset.set(p.offset);
  const homes = new Float64Array(p.homes.length * 2);
  homes.set(p.homes);
  p.offset = offset;
  p.homes = homes;
}

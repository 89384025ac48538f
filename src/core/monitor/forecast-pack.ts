import { DRAW_LEVELS } from './forecast-random';

/** One plan of a forecast before packing (forecast-prepare.ts). */
export interface PlanRow {
  keys: [number, number];
  municipality: number;
  /** The draw thresholds of its rule (toThresholds): maxDelay + 1 whole numbers in 0 … DRAW_LEVELS. */
  thresholds: readonly number[];
  /** Deliveries as offsets from this year, within the horizon, ascending. */
  deliveries: { offset: number; homes: number }[];
}

/**
 * The plans of a forecast as flat typed arrays, so the inner loop reads numbers and allocates nothing. Plan i's
 * deliveries are deliveryStart[i] … deliveryStart[i + 1] − 1 (compressed rows).
 */
export interface PreparedPlans {
  count: number;
  keyA: Int32Array;
  keyB: Int32Array;
  municipality: Int32Array;
  /** Per plan maxDelay + 1 thresholds on a draw u in [0, DRAW_LEVELS): below threshold d the delay is at most d. */
  thresholds: Int32Array;
  deliveryStart: Int32Array;
  deliveryOffset: Int32Array;
  deliveryHomes: Int32Array;
}

/**
 * The draw thresholds of a rule. With L = DRAW_LEVELS, a draw u (uniform over 0 … L − 1) drops the plan when
 * u ≥ round(P(go ahead)·L); otherwise its delay is the first d with u < round(P·cdf[d]·L): the inverse CDF at
 * u / P, without a division, in steps of 1/L.
 */
export function toThresholds(goAhead: number, cdf: readonly number[]): number[] {
  return cdf.map((c) => Math.round(goAhead * c * DRAW_LEVELS));
}

/** Packs plan rows into typed arrays. */
export function packPlans(rows: readonly PlanRow[], maxDelay: number): PreparedPlans {
  const stride = maxDelay + 1;
  const count = rows.length;
  const out = {
    count,
    keyA: new Int32Array(count),
    keyB: new Int32Array(count),
    municipality: new Int32Array(count),
    thresholds: new Int32Array(count * stride),
    deliveryStart: new Int32Array(count + 1),
  };
  const offsets: number[] = [];
  const homes: number[] = [];
  rows.forEach((row, i) => {
    out.keyA[i] = row.keys[0];
    out.keyB[i] = row.keys[1];
    out.municipality[i] = row.municipality;
    out.thresholds.set(row.thresholds.slice(0, stride), i * stride);
    for (const delivery of row.deliveries) {
      offsets.push(delivery.offset);
      homes.push(delivery.homes);
    }
    out.deliveryStart[i + 1] = offsets.length;
  });
  return { ...out, deliveryOffset: Int32Array.from(offsets), deliveryHomes: Int32Array.from(homes) };
}

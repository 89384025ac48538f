/**
 * Packed accumulators of the simulation. Per municipality and run, up to five simulated years are held as
 * fields of one float64 (value = Σ homes_y · 2^(bits·y)): a plan then adds its homes for all years of a run with
 * ONE addition, whichever delay it drew. Float64 adds integers below 2^53 exactly, and a field never overflows:
 * before a plan could carry a field past its maximum, the group is flushed (unpacked) into plain integer
 * counters. So the totals are exact, whatever the order of plans or the moments of flushing.
 */
export interface Packing {
  /** Years per packed number, bits per year, numbers per run (groups), 2^bits, and the largest field value. */
  fields: number;
  bits: number;
  groups: number;
  base: number;
  max: number;
}

/** The packing for `years` simulated years: up to five fields of floor(52 / fields) bits each. */
export function choosePacking(years: number): Packing {
  const fields = Math.min(Math.max(years, 1), 5);
  const bits = Math.floor(52 / fields);
  return { fields, bits, groups: Math.ceil(years / fields), base: 2 ** bits, max: 2 ** bits - 1 };
}

/** The packed increment of `homes` delivered in simulated year `year` (within its group). */
export function packHomes(packing: Packing, year: number, homes: number): number {
  return homes * 2 ** (packing.bits * (year % packing.fields));
}

/** The accumulators of one part: packed numbers, how full each group may be, and the unpacked counters. */
export interface Accumulators {
  packing: Packing;
  years: number;
  runOffset: number;
  runCount: number;
  /** [(m · groups + g) · runCount + r] */
  packed: Float64Array;
  /** [m · groups + g]: the most any field of the group may hold since its last flush. */
  used: Float64Array;
  /** [(m · years + y) · runCount + r]: homes delivered, unpacked. */
  deliveries: Int32Array;
}

/** Empty accumulators for `municipalities` × `years` × the runs `runOffset … runOffset + runCount − 1`. */
export function createAccumulators(
  municipalities: number,
  years: number,
  runOffset: number,
  runCount: number,
): Accumulators {
  const packing = choosePacking(years);
  return {
    packing,
    years,
    runOffset,
    runCount,
    packed: new Float64Array(municipalities * packing.groups * runCount),
    used: new Float64Array(municipalities * packing.groups),
    deliveries: new Int32Array(municipalities * years * runCount),
  };
}

/** Unpacks group g of municipality m into the integer counters and empties it. */
export function flushGroup(acc: Accumulators, m: number, g: number): void {
  const { packing, runCount, years, packed, deliveries } = acc;
  const from = (m * packing.groups + g) * runCount;
  const firstYear = g * packing.fields;
  const fields = Math.min(packing.fields, years - firstYear);
  const cell = (m * years + firstYear) * runCount;
  const base = packing.base;
  const inverse = 1 / base; // a power of two: multiplying by it is exact, and cheaper than dividing
  for (let r = 0; r < runCount; r += 1) {
    let value = packed[from + r] as number;
    if (value === 0) continue;
    packed[from + r] = 0;
    for (let f = 0, at = cell + r; f < fields; f += 1, at += runCount) {
      const rest = Math.floor(value * inverse);
      deliveries[at] = (deliveries[at] as number) + (value - rest * base);
      value = rest;
    }
  }
  acc.used[m * packing.groups + g] = 0;
}

/** Makes room for `peak` more homes in any field of group g of municipality m, flushing it when needed. */
export function reserveRoom(acc: Accumulators, m: number, g: number, peak: number): void {
  const slot = m * acc.packing.groups + g;
  if ((acc.used[slot] as number) + peak > acc.packing.max) flushGroup(acc, m, g);
  acc.used[slot] = (acc.used[slot] as number) + peak;
}

/** Flushes every group, so `deliveries` holds all homes. */
export function flushAll(acc: Accumulators, municipalities: number): void {
  for (let m = 0; m < municipalities; m += 1) {
    for (let g = 0; g < acc.packing.groups; g += 1) flushGroup(acc, m, g);
  }
}

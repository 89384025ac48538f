import { type Accumulators, reserveRoom } from './forecast-packing';
import { DRAW_LEVELS } from './forecast-random';

/**
 * A batch of up to four plan tasks of one municipality and packed group, simulated in one pass over the runs:
 * per pair of runs four mixes, eight table lookups and ONE addition per run of the summed packed homes. Four
 * plans per pass cut the memory traffic of the inner loop by four (10,000 runs × 30,000 plans is 300 million
 * plan-runs).
 */
export const BATCH_SIZE = 4;

/** One plan task in a batch: its keys and, per level of a draw (forecast-random.ts), its packed homes. */
export interface BatchMember {
  keyA: number;
  keyB: number;
  homesByDraw: Float64Array;
}

/** The members queued for one pass, how many are in use, and their summed peak. */
export interface Batch {
  size: number;
  /** The most the members add to any one field together (for reserveRoom). */
  peak: number;
  members: BatchMember[];
}

/** An empty batch; an unused member adds 0 in every run. */
export function createBatch(): Batch {
  const members = Array.from({ length: BATCH_SIZE }, () => ({
    keyA: 0,
    keyB: 0,
    homesByDraw: new Float64Array(DRAW_LEVELS),
  }));
  return { size: 0, peak: 0, members };
}

/**
 * Fills a member's table: draws below threshold 0 get the packed homes of delay 0, those below threshold d those
 * of delay d, the rest (dropped) nothing. `fill` keeps this at a few memsets per plan.
 */
export function fillMember(
  member: BatchMember,
  thresholds: ArrayLike<number>,
  homesPerDelay: ArrayLike<number>,
): void {
  let from = 0;
  for (let d = 0; d < thresholds.length; d += 1) {
    const to = thresholds[d] as number;
    member.homesByDraw.fill(homesPerDelay[d] as number, from, to);
    from = Math.max(from, to);
  }
  member.homesByDraw.fill(0, from);
}

/** The mixed value of a pair of runs for one member: drawLevel of forecast-random.ts before taking a half. */
function mixPair(pair: number, keyA: number, keyB: number): number {
  let h = ((pair ^ keyA) + keyB) | 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** Adds one run alone: an odd first run (low halves) or a last run without its partner (high halves). */
function addSingleRun(b: Batch, pair: number, high: boolean, packed: Float64Array, at: number): void {
  let sum = 0;
  for (const m of b.members) {
    const h = mixPair(pair, m.keyA, m.keyB);
    sum += m.homesByDraw[high ? h >>> 22 : (h >>> 6) & 1023] as number;
  }
  packed[at] = (packed[at] as number) + sum;
}

/**
 * Adds the batch to every run of group g of municipality m. Run r is half of pair (runOffset + r) >> 1: the top
 * 10 bits of the high 16 bits of the pair's mix when even, of the low 16 bits when odd — drawLevel of
 * forecast-random.ts, inlined; forecast-random.test.ts checks that they agree.
 */
export function runBatch(b: Batch, m: number, g: number, pairMix: Int32Array, acc: Accumulators): void {
  reserveRoom(acc, m, g, b.peak);
  const { packed, runCount, runOffset } = acc;
  const from = (m * acc.packing.groups + g) * runCount;
  const [m0, m1, m2, m3] = b.members as [BatchMember, BatchMember, BatchMember, BatchMember];
  const [t0, t1, t2, t3] = [m0.homesByDraw, m1.homesByDraw, m2.homesByDraw, m3.homesByDraw];
  const [a0, a1, a2, a3] = [m0.keyA, m1.keyA, m2.keyA, m3.keyA];
  const [k0, k1, k2, k3] = [m0.keyB, m1.keyB, m2.keyB, m3.keyB];
  const odd = runOffset & 1;
  if (odd && runCount > 0) addSingleRun(b, pairMix[0] as number, false, packed, from);
  let r = odd;
  for (let k = odd; r + 1 < runCount; r += 2, k += 1) {
    const pair = pairMix[k] as number;
    let h0 = ((pair ^ a0) + k0) | 0;
    h0 = Math.imul(h0 ^ (h0 >>> 16), 0x85ebca6b);
    h0 = Math.imul(h0 ^ (h0 >>> 13), 0xc2b2ae35);
    h0 ^= h0 >>> 16;
    let h1 = ((pair ^ a1) + k1) | 0;
    h1 = Math.imul(h1 ^ (h1 >>> 16), 0x85ebca6b);
    h1 = Math.imul(h1 ^ (h1 >>> 13), 0xc2b2ae35);
    h1 ^= h1 >>> 16;
    let h2 = ((pair ^ a2) + k2) | 0;
    h2 = Math.imul(h2 ^ (h2 >>> 16), 0x85ebca6b);
    h2 = Math.imul(h2 ^ (h2 >>> 13), 0xc2b2ae35);
    h2 ^= h2 >>> 16;
    let h3 = ((pair ^ a3) + k3) | 0;
    h3 = Math.imul(h3 ^ (h3 >>> 16), 0x85ebca6b);
    h3 = Math.imul(h3 ^ (h3 >>> 13), 0xc2b2ae35);
    h3 ^= h3 >>> 16;
    const high =
      (t0[h0 >>> 22] as number) +
      (t1[h1 >>> 22] as number) +
      (t2[h2 >>> 22] as number) +
      (t3[h3 >>> 22] as number);
    const low =
      (t0[(h0 >>> 6) & 1023] as number) +
      (t1[(h1 >>> 6) & 1023] as number) +
      (t2[(h2 >>> 6) & 1023] as number) +
      (t3[(h3 >>> 6) & 1023] as number);
    packed[from + r] = (packed[from + r] as number) + high;
    packed[from + r + 1] = (packed[from + r + 1] as number) + low;
  }
  if (r < runCount) addSingleRun(b, pairMix[(r + odd) >> 1] as number, true, packed, from + r);
}

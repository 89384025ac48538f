/**
 * Counter-based random numbers for the forecast: the draw of a plan in a run is a pure function of (seed, run,
 * plan id). So the result does not depend on how runs are split over workers, and adding a plan leaves every
 * other plan's draws as they were (forecast.test.ts proves both). The mixer is the murmur3 finaliser (Appleby,
 * public domain): every input bit reaches every output bit. One mixed 32-bit value serves two runs (runs 2k and
 * 2k + 1 take its high and low 16 bits), which halves the work of the inner loop. The simulation uses the top
 * 10 bits of a draw: chances are applied in steps of 1/1,024 (within 0.05 percentage point of the parameter,
 * far finer than any parameter is known), so a draw finds its outcome with one table lookup, without compares.
 */

/** The number of levels of a draw as the simulation uses it (10 bits). */
export const DRAW_LEVELS = 1024;

/** The murmur3 32-bit finaliser, as a signed 32-bit integer. */
export function mix32(value: number): number {
  let h = value | 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}

/** FNV-1a over the UTF-16 code units of a text, from a given offset basis. */
function fnv1a(text: string, basis: number): number {
  let h = basis | 0;
  for (let i = 0; i < text.length; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h | 0;
}

/**
 * Two independent 32-bit keys of a plan id. A draw uses both, so two plans share their fate only when both keys
 * collide (about 2^-64 per pair) rather than one (1 in 10 for some pair among 30,000 plans).
 */
export function hashPlanId(id: string): [number, number] {
  return [mix32(fnv1a(id, 0x811c9dc5)), mix32(fnv1a(id, 0x050c5d1f) ^ 0x5bd1e995)];
}

/** The pairs of runs that runs `runOffset … runOffset + runCount − 1` fall in: pair k holds runs 2k and 2k + 1. */
export function pairRange(runOffset: number, runCount: number): { first: number; count: number } {
  const first = Math.floor(runOffset / 2);
  const last = Math.floor((runOffset + Math.max(runCount, 1) - 1) / 2);
  return { first, count: runCount > 0 ? last - first + 1 : 0 };
}

/** Per pair of runs `first … first + count − 1` a well-mixed 32-bit value of (seed, pair). */
export function mixPairs(seed: number, first: number, count: number): Int32Array {
  const seedMix = mix32(mix32(seed | 0) ^ Math.trunc(seed / 4294967296));
  const out = new Int32Array(count);
  // 0x9e3779b9: the golden-ratio increment of splitmix32, so consecutive pairs land far apart before mixing.
  for (let k = 0; k < count; k += 1) out[k] = mix32(seedMix ^ Math.imul(first + k + 1, 0x9e3779b9));
  return out;
}

/**
 * The draw of one plan in one run, as an integer in [0, DRAW_LEVELS): the top 10 bits of the high (even run)
 * or low (odd run) half of mix32 over the pair's value and the plan's keys. forecast-batch.ts inlines this
 * formula in its inner loop; forecast-random.test.ts checks that both agree.
 */
export function drawLevel(seed: number, run: number, keys: readonly [number, number]): number {
  const pair = mixPairs(seed, Math.floor(run / 2), 1)[0] as number;
  const h = mix32(((pair ^ keys[0]) + keys[1]) | 0);
  return run % 2 === 0 ? h >>> 22 : (h >>> 6) & 1023;
}

import { BATCH_SIZE, type Batch, createBatch, fillMember, runBatch } from './forecast-batch';
import { type Accumulators, createAccumulators, flushAll, packHomes } from './forecast-packing';
import type { PreparedForecast } from './forecast-prepare';
import { mixPairs, pairRange } from './forecast-random';

/**
 * The raw result of simulating runs `runOffset … runOffset + runCount − 1`: per municipality, simulated year and
 * run the homes delivered, not yet summarised, so parts from different workers merge exactly
 * (forecast-summary.ts). A typed array transfers between threads without copying.
 */
export interface ForecastPart {
  runOffset: number;
  runCount: number;
  years: number;
  municipalities: number;
  /** [(m · years + y) · runCount + r] */
  deliveries: Int32Array;
}

/** One plan while it is being queued: its thresholds, and its packed homes per group and delay. */
interface PlanScratch {
  thresholds: Int32Array;
  /** [g · (maxDelay + 1) + d] */
  slotValue: Float64Array;
}

/**
 * Loads one chunk (`chunk` of `chunks`) of plan i's homes: the packed homes per delay slot and group, the groups
 * it can reach and its largest homes in one year. Chunks keep every year's homes within a packed field.
 */
function loadChunk(
  p: PreparedForecast,
  i: number,
  chunk: number,
  chunks: number,
  acc: Accumulators,
  s: PlanScratch,
) {
  const { packing } = acc;
  s.slotValue.fill(0);
  let low = packing.groups;
  let high = -1;
  let peak = 0;
  for (let k = p.plans.deliveryStart[i] as number; k < (p.plans.deliveryStart[i + 1] as number); k += 1) {
    const total = p.plans.deliveryHomes[k] as number;
    const homes = Math.floor(total / chunks) + (chunk < total % chunks ? 1 : 0);
    peak = Math.max(peak, homes);
    for (let d = 0; d <= p.maxDelay; d += 1) {
      const year = (p.plans.deliveryOffset[k] as number) + d;
      if (year >= p.years) break;
      const g = Math.floor(year / packing.fields);
      const at = g * (p.maxDelay + 1) + d;
      s.slotValue[at] = (s.slotValue[at] as number) + packHomes(packing, year, homes);
      low = Math.min(low, g);
      high = Math.max(high, g);
    }
  }
  return { low, high, peak };
}

/** Runs a batch (emptying the unused members first) and empties it. */
function runPending(batch: Batch, m: number, g: number, pairMix: Int32Array, acc: Accumulators): void {
  if (!batch.size) return;
  for (let q = batch.size; q < BATCH_SIZE; q += 1) batch.members[q]?.homesByDraw.fill(0);
  runBatch(batch, m, g, pairMix, acc);
  batch.size = 0;
  batch.peak = 0;
}

/** Queues group g of plan i's loaded chunk as the next member of that group's batch. */
function enqueue(
  p: PreparedForecast,
  i: number,
  g: number,
  peak: number,
  s: PlanScratch,
  batch: Batch,
): void {
  const member = batch.members[batch.size];
  if (!member) return;
  const stride = p.maxDelay + 1;
  member.keyA = p.plans.keyA[i] as number;
  member.keyB = p.plans.keyB[i] as number;
  fillMember(member, s.thresholds, s.slotValue.subarray(g * stride, (g + 1) * stride));
  batch.size += 1;
  batch.peak += peak;
}

/** Queues every chunk and group of plan i, running each batch as soon as it is full. */
function queuePlan(
  p: PreparedForecast,
  i: number,
  batches: Batch[],
  pairMix: Int32Array,
  acc: Accumulators,
  s: PlanScratch,
) {
  const stride = p.maxDelay + 1;
  s.thresholds.set(p.plans.thresholds.subarray(i * stride, (i + 1) * stride));
  let peak = 0;
  for (let k = p.plans.deliveryStart[i] as number; k < (p.plans.deliveryStart[i + 1] as number); k += 1) {
    peak = Math.max(peak, p.plans.deliveryHomes[k] as number);
  }
  const chunks = Math.max(1, Math.ceil(peak / acc.packing.max));
  const m = p.plans.municipality[i] as number;
  for (let chunk = 0; chunk < chunks; chunk += 1) {
    const reach = loadChunk(p, i, chunk, chunks, acc, s);
    for (let g = reach.low; g <= reach.high; g += 1) {
      const batch = batches[g] as Batch;
      // A batch's members together must fit a field, so a full or too full batch runs first.
      if (batch.size === BATCH_SIZE || batch.peak + reach.peak > acc.packing.max)
        runPending(batch, m, g, pairMix, acc);
      enqueue(p, i, g, reach.peak, s, batch);
    }
  }
}

/**
 * Simulates runs `runOffset … runOffset + runCount − 1` of a prepared forecast with `seed`. Plans go by
 * municipality, four to a pass (forecast-batch.ts); neither order nor batching changes a total, because every
 * draw depends on (seed, run, plan) only and packed sums are exact.
 */
export function simulateForecastPart(
  p: PreparedForecast,
  seed: number,
  runOffset: number,
  runCount: number,
): ForecastPart {
  const municipalities = p.municipalityCodes.length;
  const acc = createAccumulators(municipalities, p.years, runOffset, runCount);
  const groups = acc.packing.groups;
  const batches = Array.from({ length: groups }, () => createBatch());
  const scratch = {
    thresholds: new Int32Array(p.maxDelay + 1),
    slotValue: new Float64Array((p.maxDelay + 1) * groups),
  };
  const pairs = pairRange(runOffset, runCount);
  const pairMix = mixPairs(seed, pairs.first, pairs.count);
  const order = Array.from({ length: p.plans.count }, (_, i) => i);
  order.sort((a, b) => (p.plans.municipality[a] as number) - (p.plans.municipality[b] as number) || a - b);
  const runAll = (m: number) => {
    for (const [g, batch] of batches.entries()) runPending(batch, m, g, pairMix, acc);
  };
  let current = -1;
  for (const i of order) {
    const m = p.plans.municipality[i] as number;
    if (m !== current && current >= 0) runAll(current);
    current = m;
    queuePlan(p, i, batches, pairMix, acc, scratch);
  }
  if (current >= 0) runAll(current);
  flushAll(acc, municipalities);
  return { runOffset, runCount, years: p.years, municipalities, deliveries: acc.deliveries };
}

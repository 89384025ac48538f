/**
 * The forecast alone, in its own process, so its peak memory (RSS high-water) is the forecast's:
 * `node --import tsx bench/national-forecast.ts <inputs.json> <workers>` prints one JSON line.
 * The inputs are the national region's monitor inputs as bench/national.bench.ts wrote them.
 */
import fs from 'node:fs';
import { Worker } from 'node:worker_threads';
import {
  type ForecastInput,
  type ForecastPart,
  prepareForecast,
  runForecast,
  summarizeForecast,
} from '../src/core/monitor';
import type { ForecastJob } from './forecast-worker';

/**
 * Starts `count` workers and waits until each has loaded its modules. Worker threads do not inherit tsx's
 * loader, so each registers it before importing the TypeScript worker.
 */
async function startWorkers(count: number): Promise<Worker[]> {
  const url = JSON.stringify(new URL('./forecast-worker.ts', import.meta.url).href);
  const boot = `import('tsx/esm/api').then(({ register }) => { register(); return import(${url}); })`;
  const workers = Array.from({ length: count }, () => new Worker(boot, { eval: true }));
  await Promise.all(workers.map((w) => new Promise((resolve) => w.once('message', resolve))));
  return workers;
}

/** Prepares once, lets the workers simulate equal shares of the runs, and summarises their parts. */
async function runWithWorkers(input: ForecastInput, workers: Worker[]) {
  const prepared = prepareForecast(input);
  const share = Math.ceil(input.runs / workers.length);
  const parts = await Promise.all(
    workers.map((worker, i) => {
      const runOffset = i * share;
      const job: ForecastJob = {
        prepared,
        seed: input.seed,
        runOffset,
        runCount: Math.min(share, input.runs - runOffset),
      };
      return new Promise<ForecastPart>((resolve) => {
        worker.once('message', resolve);
        worker.postMessage(job);
      });
    }),
  );
  return summarizeForecast(prepared, parts, input);
}

async function main(): Promise<void> {
  const [file, workerArg] = process.argv.slice(2);
  if (!file) throw new Error('usage: national-forecast.ts <inputs.json> <workers>');
  const stored = JSON.parse(fs.readFileSync(file, 'utf8')) as Omit<ForecastInput, 'today'> & {
    today: string;
  };
  const input: ForecastInput = { ...stored, today: new Date(stored.today) };
  const workerCount = Number(workerArg ?? 1);
  const spawnStart = performance.now();
  const workers = workerCount > 1 ? await startWorkers(workerCount) : [];
  const spawnMs = performance.now() - spawnStart;
  const started = performance.now();
  const result = workers.length ? await runWithWorkers(input, workers) : runForecast(input);
  const ms = performance.now() - started;
  await Promise.all(workers.map((w) => w.terminate()));
  const line = {
    workers: workerCount,
    plans: input.plans.length,
    runs: input.runs,
    ms: Math.round(ms),
    workerStartMs: Math.round(spawnMs),
    maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    probabilityTargetMet: result.probabilityTargetMet,
    target: result.target,
    sentence: result.sentence,
  };
  console.log(JSON.stringify(line));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

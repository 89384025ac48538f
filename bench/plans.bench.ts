/**
 * `npm run bench`: on a generated set of 10,000 plans in the embedded database,
 * 1. the time to a ready server on a second start (target ≤ 3 s), and
 * 2. p50/p95 latency of GET /api/v1/plans (50 per page, filtered) under 20 concurrent clients (target p95 ≤ 50 ms).
 * Results go to stdout and bench/results.json; figures and the machine are kept in bench/README.md.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { openPglite } from '../src/server/db/client';
import { migrateDatabase } from '../src/server/db/migrate';
import { organisations, plans, planVersions } from '../src/server/db/schema';
import { seedDemo } from '../src/server/db/seed';
import { toPlanColumns, writePlanChildren } from '../src/server/plans/plans.write';
import { findNationalLimits } from '../src/server/reference/limits.queries';
import { generatePlans } from './generate';

const PLANS = Number(process.env.BENCH_PLANS ?? 10_000);
const CLIENTS = 20;
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 2_000);
const PORT = 3197;
const root = path.resolve(import.meta.dirname, '..');
// BENCH_DATA_DIR keeps the generated data set between runs (it is built when the folder is empty).
const keptDir = process.env.BENCH_DATA_DIR;
const dataDir = keptDir ? path.resolve(keptDir) : fs.mkdtempSync(path.join(os.tmpdir(), 'woonregie-bench-'));
fs.mkdirSync(dataDir, { recursive: true });
const reuse = Boolean(keptDir && fs.existsSync(path.join(dataDir, 'pglite')));

async function buildDataSet(): Promise<void> {
  const database = await openPglite({ dataDir: path.join(dataDir, 'pglite') });
  await migrateDatabase(database);
  await seedDemo(database.db);
  const db = database.db;
  const orgs = await db.select().from(organisations);
  const region = orgs.find((o) => o.kind === 'region');
  const municipalities = orgs
    .filter((o) => o.kind === 'municipality' && o.member && o.cbsCode)
    .map((o) => ({ code: o.cbsCode ?? '', lat: o.centreLat ?? 52.2, lon: o.centreLon ?? 5.2, id: o.id }));
  const owners = orgs.filter((o) => o.kind !== 'region' && o.kind !== 'province');
  const partyIds = orgs.filter((o) => o.kind === 'housingAssociation').map((o) => o.id);
  if (!region) throw new Error('no region');
  const limits = await findNationalLimits(db);
  const inputs = generatePlans(PLANS, { seed: 2030, municipalities, partyIds });
  const started = Date.now();
  for (let i = 0; i < inputs.length; i += 500) {
    await db.transaction(async (tx) => {
      for (const [j, input] of inputs.slice(i, i + 500).entries()) {
        const owner = owners[(i + j) % owners.length] ?? region;
        const [row] = await tx
          .insert(plans)
          .values({
            ...toPlanColumns(input, limits),
            regionId: region.regionId,
            ownerOrganisationId: owner.id,
            fictional: true,
          })
          .returning({ id: plans.id });
        if (!row) throw new Error('insert failed');
        await writePlanChildren(tx, row.id, input);
        await tx.insert(planVersions).values({ planId: row.id, version: 1, snapshot: input, changes: [] });
      }
    });
  }
  const [count] = await db.$count(plans, eq(plans.regionId, region.regionId)).then((n) => [n]);
  console.log(
    `Gegenereerd: ${PLANS} plannen in ${((Date.now() - started) / 1000).toFixed(1)} s (totaal in regio: ${count})`,
  );
  await database.close();
}

function startServer(): { child: ChildProcess; ready: Promise<number> } {
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/start.ts'], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(PORT),
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      NODE_ENV: 'development',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  child.stdout?.resume();
  const ready = (async () => {
    for (;;) {
      try {
        const response = await fetch(`http://127.0.0.1:${PORT}/api/v1/openapi.json`);
        if (response.ok) return performance.now() - started;
      } catch {
        // not listening yet
      }
      if (child.exitCode !== null) throw new Error(`server stopped with ${child.exitCode}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  })();
  return { child, ready };
}

async function stop(child: ChildProcess): Promise<void> {
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}

/** The filtered list requests of the measurement (each with 5 pages of 50). */
const FILTERS = [
  'municipality=GM0402',
  'hardness=hard',
  'phase=planning&sort=-homes',
  'segment=socialRent&minHomes=50',
  'municipality=GM1942&hardness=soft&sort=-updatedAt',
  'q=Generatieplan%2001',
];

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;

async function measureList(): Promise<{
  p50: number;
  p95: number;
  max: number;
  requests: number;
  rps: number;
}> {
  const login = await fetch(`http://127.0.0.1:${PORT}/api/v1/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'regio@woonregie.test', password: 'Woonregie-demo-2030' }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const filters = FILTERS;
  const timings: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (next < REQUESTS) {
        const i = next++;
        const url = `http://127.0.0.1:${PORT}/api/v1/plans?limit=50&offset=${(i % 5) * 50}&${filters[i % filters.length]}`;
        const t0 = performance.now();
        const response = await fetch(url, { headers: { cookie } });
        await response.arrayBuffer();
        if (!response.ok) throw new Error(`${url}: ${response.status}`);
        timings.push(performance.now() - t0);
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  timings.sort((a, b) => a - b);
  return {
    p50: percentile(timings, 0.5),
    p95: percentile(timings, 0.95),
    max: timings.at(-1) ?? 0,
    requests: timings.length,
    rps: timings.length / elapsed,
  };
}

/** Each distinct list request once, one after the other, right after the start: nothing is cached yet. */
async function measureCold(): Promise<{ p50: number; max: number; requests: number }> {
  const login = await fetch(`http://127.0.0.1:${PORT}/api/v1/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'regio@woonregie.test', password: 'Woonregie-demo-2030' }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const timings: number[] = [];
  for (const filter of FILTERS) {
    for (let page = 0; page < 5; page++) {
      const t0 = performance.now();
      const response = await fetch(
        `http://127.0.0.1:${PORT}/api/v1/plans?limit=50&offset=${page * 50}&${filter}`,
        {
          headers: { cookie },
        },
      );
      await response.arrayBuffer();
      timings.push(performance.now() - t0);
    }
  }
  timings.sort((a, b) => a - b);
  return { p50: percentile(timings, 0.5), max: timings.at(-1) ?? 0, requests: timings.length };
}

const round = (value: number) => Math.round(value * 10) / 10;

async function main(): Promise<void> {
  if (reuse) console.log(`Bestaande dataset in ${dataDir}`);
  else await buildDataSet();
  const first = startServer();
  const firstReady = await first.ready;
  await stop(first.child);
  const second = startServer();
  const secondReady = await second.ready;
  // Give the statistics refresh after the start (ANALYZE) its moment, then measure the uncached requests.
  await new Promise((resolve) => setTimeout(resolve, 2000));
  const cold = await measureCold();
  // Warm-up: the first requests compile queries and fill caches.
  await measureList().catch(() => undefined);
  const list = await measureList();
  await stop(second.child);
  if (!keptDir) fs.rmSync(dataDir, { recursive: true, force: true });
  const result = {
    date: new Date().toISOString(),
    machine: `${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
    plans: PLANS,
    firstStartMs: Math.round(firstReady),
    secondStartMs: Math.round(secondReady),
    coldList: { p50: round(cold.p50), max: round(cold.max), requests: cold.requests, sequential: true },
    list: {
      clients: CLIENTS,
      p50: round(list.p50),
      p95: round(list.p95),
      max: round(list.max),
      requests: list.requests,
      rps: round(list.rps),
    },
    targets: { secondStartMs: 3000, listP95Ms: 50 },
  };
  fs.writeFileSync(path.join(root, 'bench/results.json'), `${JSON.stringify(result, null, 2)}\n`);
  console.log(JSON.stringify(result, null, 2));
  console.log(
    `Tweede start klaar in ${result.secondStartMs} ms (doel ≤ 3000): ${result.secondStartMs <= 3000 ? 'gehaald' : 'NIET gehaald'}; ` +
      `GET /plans p95 ${result.list.p95} ms (doel ≤ 50): ${result.list.p95 <= 50 ? 'gehaald' : 'NIET gehaald'}`,
  );
}

main().catch((error) => {
  console.error(error);
  if (!keptDir) fs.rmSync(dataDir, { recursive: true, force: true });
  process.exit(1);
});

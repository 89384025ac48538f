/**
 * `npm run bench`, second part: the national-scale data set (342 municipalities from the boundary file, about
 * 30,000 fictional plans with about a million homes) on PostgreSQL, measuring the monitor for one region and
 * for the whole country, the forecast (10,000 runs over every plan) and the import of a 30,000-row XLSX.
 * Results go to stdout and to the `national` key of bench/results.json; figures are kept in bench/README.md.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import type { Database } from '../src/server/db/client';
import { runRegionForecast } from '../src/server/monitor/forecast.service';
import { loadMonitorInputs } from '../src/server/monitor/monitor.inputs';
import { getMonitor } from '../src/server/monitor/monitor.service';
import {
  type BuiltRegion,
  buildDatabase,
  databaseUrl,
  type RegionLayout,
  resetDatabase,
} from './national-db';
import { generateNational, type NationalDataSet } from './national-generate';
import { type BenchMunicipality, loadMunicipalities } from './national-geo';
import { measureImport, writeImportFile } from './national-import';

const BASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const PLANS = Number(process.env.BENCH_NATIONAL_PLANS ?? 30_000);
const CALLS = Number(process.env.BENCH_MONITOR_CALLS ?? 200);
const RUNS = 10_000;
const BANDS = 5;
const DB_REGIONS = 'woonregie_bench';
const DB_NATIONAL = 'woonregie_bench_nl';
const root = path.resolve(import.meta.dirname, '..');
const round = (value: number) => Math.round(value * 10) / 10;

/** Whether the PostgreSQL server answers (else the national bench is skipped). */
async function reachable(): Promise<string | null> {
  const client = new pg.Client({
    connectionString: databaseUrl(BASE_URL, 'postgres'),
    connectionTimeoutMillis: 3000,
  });
  try {
    await client.connect();
    await client.end();
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/**
 * `count` sequential calls after a warm-up; latencies p50/p95/max in ms. A call that resolves to a number
 * reports its own duration (to leave out its preparation).
 */
async function timeCalls(count: number, warmUp: number, call: (i: number) => Promise<unknown>) {
  for (let i = 0; i < warmUp; i += 1) await call(i);
  const timings: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const started = performance.now();
    const result = await call(i);
    timings.push(typeof result === 'number' ? result : performance.now() - started);
  }
  timings.sort((a, b) => a - b);
  const at = (p: number) => round(timings[Math.min(timings.length - 1, Math.floor(p * timings.length))] ?? 0);
  return { calls: count, p50: at(0.5), p95: at(0.95), max: round(timings.at(-1) ?? 0) };
}

async function timed<T>(f: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await f();
  return { ms: Math.round(performance.now() - started), value };
}

/** Builds a bench database from scratch. */
async function build(
  name: string,
  layout: RegionLayout[],
  municipalities: BenchMunicipality[],
  data: NationalDataSet,
) {
  await resetDatabase(BASE_URL, name, true);
  const { ms, value } = await timed(() =>
    buildDatabase(databaseUrl(BASE_URL, name), layout, municipalities, data, today),
  );
  console.log(`${name}: ${layout.length} region(s) built in ${(ms / 1000).toFixed(1)} s`);
  return { ...value, buildMs: ms };
}

/** Runs the forecast child process (bench/national-forecast.ts) on the stored inputs. */
function forecastChild(file: string, workers: number) {
  const out = execFileSync(
    process.execPath,
    ['--import', 'tsx', 'bench/national-forecast.ts', file, String(workers)],
    {
      cwd: root,
      encoding: 'utf8',
    },
  );
  return JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as Record<string, unknown>;
}

/** The forecast on the national region: inputs from PostgreSQL once, then single-thread and 2 workers. */
async function measureForecast(db: Database['db'], region: BuiltRegion) {
  const load = await timed(() => loadMonitorInputs(db, region.actor, region.id));
  const inputs = load.value;
  const file = path.join(os.tmpdir(), `woonregie-bench-forecast-${process.pid}.json`);
  const stored = {
    plans: inputs.plans,
    targets: inputs.targets.filter((t) => t.municipalityCode !== null),
    realisations: inputs.realisations,
    parameters: inputs.parameters,
    runs: RUNS,
    seed: 2030,
    horizonYear: 2030,
    scenario: 'middle',
    today: today.toISOString(),
  };
  fs.writeFileSync(file, JSON.stringify(stored));
  const single = forecastChild(file, 1);
  const two = forecastChild(file, 2);
  fs.rmSync(file, { force: true });
  const service = await timed(() =>
    runRegionForecast({
      db,
      actor: region.actor,
      regionId: region.id,
      body: { runs: RUNS, seed: 2030, horizonYear: 2030, scenario: 'middle' },
    }),
  );
  return {
    countedPlans: inputs.plans.length,
    loadInputsMs: load.ms,
    singleThread: single,
    twoWorkers: two,
    serviceInProcessMs: service.ms,
  };
}

const today = new Date(`${new Date().toISOString().slice(0, 10)}T12:00:00Z`);

async function main(): Promise<void> {
  const resultsFile = path.join(root, 'bench/results.json');
  const results = fs.existsSync(resultsFile)
    ? (JSON.parse(fs.readFileSync(resultsFile, 'utf8')) as Record<string, unknown>)
    : {};
  const unreachable = await reachable();
  if (unreachable) {
    console.log(`National bench skipped: PostgreSQL not reachable at ${BASE_URL} (${unreachable}).`);
    fs.writeFileSync(
      resultsFile,
      `${JSON.stringify({ ...results, national: { skipped: unreachable } }, null, 2)}\n`,
    );
    return;
  }
  const municipalities = loadMunicipalities(BANDS);
  const data = generateNational(municipalities, { count: PLANS, seed: 2030, today });
  console.log(
    `Data set: ${municipalities.length} municipalities, ${data.plans.length} plans, ${data.homes} homes`,
  );

  // 1. One region: 25 regions of neighbouring municipalities in one database; the calls cycle through them.
  const layout = Array.from({ length: BANDS * BANDS }, (_, g) => ({
    slug: `bench-${String(g + 1).padStart(2, '0')}`,
    name: `Benchregio ${g + 1} (fictief)`,
    groups: [g],
  }));
  const regional = await build(DB_REGIONS, layout, municipalities, data);
  const regionSize = (slug: string) =>
    municipalities.filter((m) => layout.find((l) => l.slug === slug)?.groups.includes(m.group)).length;
  const plansPerRegion = layout.map((l) => data.plans.filter((p) => l.groups.includes(p.group)).length);
  const oneRegion = await timeCalls(CALLS, regional.regions.length, (i) => {
    const region = regional.regions[i % regional.regions.length] as BuiltRegion;
    return getMonitor({ db: regional.database.db, actor: region.actor, regionId: region.id, today });
  });
  const sample = regional.regions[0] as BuiltRegion;
  const regionBytes = JSON.stringify(
    await getMonitor({ db: regional.database.db, actor: sample.actor, regionId: sample.id, today }),
  ).length;
  console.log(
    `Monitor, one region: p50 ${oneRegion.p50} ms, p95 ${oneRegion.p95} ms, max ${oneRegion.max} ms (target p95 ≤ 50)`,
  );
  await regional.database.close();

  // 2. The whole country: one region holding all 342 municipalities and every plan, in a second database.
  const national = await build(
    DB_NATIONAL,
    [{ slug: 'nederland', name: 'Nederland (benchmark, fictief)', groups: layout.flatMap((l) => l.groups) }],
    municipalities,
    data,
  );
  const nl = national.regions[0] as BuiltRegion;
  const nlCall = () => getMonitor({ db: national.database.db, actor: nl.actor, regionId: nl.id, today });
  const country = await timeCalls(Math.min(CALLS, 100), 3, nlCall);
  const countryBytes = JSON.stringify(await nlCall()).length;
  console.log(
    `Monitor, whole country: p50 ${country.p50} ms, p95 ${country.p95} ms, max ${country.max} ms (target p95 ≤ 300)`,
  );
  // The same after a change: before every call one plan gets a new version (as an edit does), so the monitor
  // must re-read that plan and recompute everything it derives (src/server/monitor/monitor.cache.ts).
  const countryChanged = await timeCalls(20, 2, async () => {
    await national.database.db.execute(
      sql`update plans set version = version + 1 where id = (select id from plans order by id limit 1)`,
    );
    const started = performance.now();
    await nlCall();
    return performance.now() - started;
  });
  console.log(
    `Monitor, whole country right after a plan change: p50 ${countryChanged.p50} ms, p95 ${countryChanged.p95} ms`,
  );

  // 3. The forecast, 10,000 runs over every counted plan, in a child process (peak memory = the forecast's).
  const forecast = await measureForecast(national.database.db, nl);
  console.log(`Forecast: ${JSON.stringify(forecast)}`);

  // 4. Import of a 30,000-row XLSX into the national region (all new plans), then the same file again.
  const buffer = await writeImportFile(data.plans);
  const codes = municipalities.map((m) => m.code);
  const imported = await measureImport(national.database.db, nl.actor, codes, buffer);
  console.log(`Import: ${JSON.stringify(imported)}`);
  await national.database.close();
  if (!process.env.BENCH_KEEP_DB) {
    await resetDatabase(BASE_URL, DB_REGIONS, false);
    await resetDatabase(BASE_URL, DB_NATIONAL, false);
  }

  const summary = {
    date: new Date().toISOString(),
    machine: `${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
    postgres: await serverVersion(),
    municipalities: municipalities.length,
    plans: data.plans.length,
    homes: data.homes,
    buildMs: { regions: regional.buildMs, national: national.buildMs },
    oneRegion: {
      ...oneRegion,
      regions: layout.length,
      municipalitiesPerRegion: {
        min: Math.min(...layout.map((l) => regionSize(l.slug))),
        max: Math.max(...layout.map((l) => regionSize(l.slug))),
      },
      plansPerRegion: { min: Math.min(...plansPerRegion), max: Math.max(...plansPerRegion) },
      responseBytes: regionBytes,
    },
    country: { ...country, plans: data.plans.length, responseBytes: countryBytes },
    countryAfterChange: countryChanged,
    forecast,
    import: imported,
    targets: {
      oneRegionP95Ms: 50,
      countryP95Ms: 300,
      forecastMs: 2000,
      forecastRssMb: 1024,
      importMs: 15000,
    },
  };
  fs.writeFileSync(resultsFile, `${JSON.stringify({ ...results, national: summary }, null, 2)}\n`);
  console.log(JSON.stringify(summary, null, 2));
}

async function serverVersion(): Promise<string> {
  const client = new pg.Client({ connectionString: databaseUrl(BASE_URL, 'postgres') });
  await client.connect();
  const { rows } = await client.query<{ server_version: string }>('show server_version');
  await client.end();
  return rows[0]?.server_version ?? 'unknown';
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

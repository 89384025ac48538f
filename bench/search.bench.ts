/**
 * `npm run bench`, search (issue 6): p50/p95 of GET /search over 10,000 knowledge items and 30,000 plans (target
 * p95 ≤ 50 ms), one search at a time (BENCH_SEARCH_CLIENTS for more), on a fresh embedded database — or on a
 * PostgreSQL server with BENCH_SEARCH_POSTGRES=postgres://user@host:port (database woonregie_bench_search is
 * dropped and made again). The data are generated straight into the
 * database before the server starts (INSERT … SELECT generate_series, Dutch words, every visibility), then the
 * server is started on it and Dutch queries are sent as a municipality's editor, so visibility is applied.
 * Results go to stdout and to the `search` key of bench/results.json (other keys kept).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { openPglite, openPostgres } from '../src/server/db/client';
import { migrateDatabase } from '../src/server/db/migrate';
import { seedDemo } from '../src/server/db/seed';

const ITEMS = Number(process.env.BENCH_SEARCH_ITEMS ?? 10_000);
const PLANS = Number(process.env.BENCH_SEARCH_PLANS ?? 30_000);
const CLIENTS = Number(process.env.BENCH_SEARCH_CLIENTS ?? 1);
const REQUESTS = Number(process.env.BENCH_SEARCH_REQUESTS ?? 2_000);
const PORT = 3197;
const root = path.resolve(import.meta.dirname, '..');
const base = `http://127.0.0.1:${PORT}/api/v1`;
// BENCH_SEARCH_DATA_DIR keeps the generated data between runs (generated when the folder is empty).
const keep = process.env.BENCH_SEARCH_DATA_DIR;
const dataDir = keep ?? fs.mkdtempSync(path.join(os.tmpdir(), 'woonregie-search-'));
const pgServer = process.env.BENCH_SEARCH_POSTGRES?.replace(/\/+$/, '');
const pgUrl = pgServer ? `${pgServer}/woonregie_bench_search` : undefined;

/** A fresh database: the PostgreSQL bench database made again, or PGlite in the data directory. */
async function openFresh() {
  if (!pgServer || !pgUrl) return openPglite({ dataDir: path.join(dataDir, 'pglite') });
  const admin = new pg.Client({ connectionString: `${pgServer}/postgres` });
  await admin.connect();
  await admin.query('drop database if exists woonregie_bench_search with (force)');
  await admin.query('create database woonregie_bench_search');
  await admin.end();
  return openPostgres(pgUrl);
}

/** The searches of the measurement: plurals, compounds, several words, a place, an exclusion. */
const QUERIES = [
  'vereveningsfondsen',
  'woningen',
  'sociale huurwoningen',
  'stationsgebied',
  'participatie bewoners',
  'actief grondbeleid',
  'bouwplannen',
  'Hilversum woningen',
  'flexwoningen tijdelijk',
  'doelgroepenverordening -Gooise',
];

const WORDS = `array['vereveningsfonds','woningbouw','sociale huur','middenhuur','participatie','grondbeleid','stationsgebied',
  'flexwoningen','doelgroepenverordening','prestatieafspraken','bouwstroom','verdichting','transformatie','kantoorpand',
  'seniorenwoningen','starterswoningen','huurwoningen','koopwoningen','omgevingsplan','netcongestie','parkeernorm',
  'bouwplannen','woonzorg','tijdelijke woningen','kavelpaspoort','sociale grondprijs','bewonersavond','hofjeswoningen']`;

/** Generates the items and plans in the demo region with set-based SQL (seconds, not minutes). */
export async function generate(): Promise<void> {
  const started = Date.now();
  const database = await openFresh();
  await migrateDatabase(database);
  await seedDemo(database.db);
  const db = database.db;
  const w = (i: string) => sql.raw(`(${WORDS})[1 + (${i}) % 28]`);
  await db.execute(sql`
    insert into knowledge_items (region_id, kind, title, summary, body, steering_distance, steering_hardness, goals, source)
    select r.id,
      (array['instrument','practiceExample','lesson','publication'])[1 + i % 4],
      initcap(${w('i')}) || ' in de praktijk ' || i,
      'Over ' || ${w('i * 7')} || ' en ' || ${w('i * 11')} || ' (gegenereerd).',
      repeat('Gemeenten en corporaties bespreken ' || ${w('i * 3')} || ', ' || ${w('i * 5')} || ' en ' || ${w('i * 13')} || ' bij nieuwe woningen. ', 8),
      case when i % 4 = 0 then (array['distance','proximity'])[1 + i % 2] end,
      case when i % 4 = 0 then (array['hard','soft'])[1 + (i / 2) % 2] end,
      '["add"]'::jsonb, 'Gegenereerd voor de benchmark'
    from generate_series(1, ${ITEMS}) as i, (select id from regions limit 1) as r`);
  await db.execute(sql`
    with owners as (
      select array_agg(id order by key) as ids, min(region_id::text)::uuid as region_id
      from organisations where kind in ('municipality','housingAssociation','developer')
    ), codes as (select array_agg(cbs_code order by cbs_code) as codes from organisations where cbs_code is not null)
    insert into plans (region_id, name, municipality_code, owner_organisation_id, phase, planning_status, visibility,
      address, notes, fictional, total_homes)
    select o.region_id,
      initcap(${w('i * 17')}) || ' ' || (array['Noord','Zuid','Oost','West','Centrum','Haven'])[1 + i % 6] || ' ' || i || ' (gegenereerd)',
      c.codes[1 + i % array_length(c.codes, 1)],
      o.ids[1 + i % array_length(o.ids, 1)],
      (array['initiative','planning','permit','construction'])[1 + i % 4],
      (array['1A','1B','2A','2B','3','4A','4B','5A','5B'])[1 + i % 9],
      (array['region','region','partners','private'])[1 + i % 4],
      'Straat ' || i,
      'Plan met ' || ${w('i * 19')} || ' en ' || ${w('i * 23')} || '; ' || (i % 90 + 10) || ' woningen.',
      true, i % 90 + 10
    from generate_series(1, ${PLANS}) as i, owners o, codes c`);
  await db.execute(sql`analyze`);
  console.log(
    `Gegenereerd: ${ITEMS} kennisitems en ${PLANS} plannen in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  await database.close();
}

function startServer(): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', 'src/server/start.ts'], {
    cwd: root,
    env: {
      ...Object.fromEntries(Object.entries(process.env).filter(([key]) => key !== 'DATABASE_URL')),
      ...(pgUrl ? { DATABASE_URL: pgUrl } : {}),
      PORT: String(PORT),
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      NODE_ENV: 'development',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

async function waitForServer(child: ChildProcess): Promise<void> {
  for (;;) {
    try {
      if ((await fetch(`${base}/openapi.json`)).ok) return;
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null) throw new Error(`server stopped with ${child.exitCode}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function measure(cookie: string, count: number) {
  const timings: number[] = [];
  const hits: number[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (next < count) {
        const q = QUERIES[next++ % QUERIES.length] as string;
        const t0 = performance.now();
        const response = await fetch(`${base}/search?q=${encodeURIComponent(q)}`, { headers: { cookie } });
        const body = (await response.json()) as { items: unknown[] };
        if (!response.ok) throw new Error(`search ${q}: ${response.status}`);
        timings.push(performance.now() - t0);
        hits.push(body.items.length);
      }
    }),
  );
  return { timings: timings.sort((a, b) => a - b), hits };
}

async function main() {
  if (pgUrl || !keep || !fs.existsSync(path.join(dataDir, 'pglite'))) await generate();
  const child = startServer();
  try {
    await waitForServer(child);
    const login = await fetch(`${base}/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'gemeente.hilversum@woonregie.test', password: 'Woonregie-demo-2030' }),
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    await measure(cookie, 200); // warm-up: stems cached, plans compiled
    const { timings, hits } = await measure(cookie, REQUESTS);
    const at = (p: number) =>
      Math.round((timings[Math.min(timings.length - 1, Math.floor(p * timings.length))] ?? 0) * 10) / 10;
    const result = {
      date: new Date().toISOString(),
      machine: `${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${pgUrl ? 'PostgreSQL server' : 'embedded PGlite'}`,
      knowledgeItems: ITEMS,
      plans: PLANS,
      clients: CLIENTS,
      requests: timings.length,
      queries: QUERIES,
      meanResults: Math.round((hits.reduce((s, n) => s + n, 0) / hits.length) * 10) / 10,
      p50: at(0.5),
      p95: at(0.95),
      max: at(1),
      targetP95Ms: 50,
    };
    console.log(
      `GET /search: p50 ${result.p50} ms, p95 ${result.p95} ms, max ${result.max} ms (doel p95 ≤ 50): ${result.p95 <= 50 ? 'gehaald' : 'NIET gehaald'}`,
    );
    const file = path.join(root, 'bench/results.json');
    const results = fs.existsSync(file)
      ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>)
      : {};
    const key = pgUrl ? 'searchPostgres' : 'search';
    fs.writeFileSync(file, `${JSON.stringify({ ...results, [key]: result }, null, 2)}\n`);
  } finally {
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
    if (!keep) fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});

/**
 * `npm run bench`, instruments (issue 5): p50/p95 latency of the compliance and compensation routes under 20
 * concurrent clients (target p95 ≤ 20 ms each), on a fresh embedded demo: GET /plans/{id}/compliance for a
 * Gooise Meren plan, POST /municipalities/{code}/compliance (the plan form's live check) and POST
 * /municipalities/{code}/compensation, interleaved. Results go to stdout and to the `instruments` key of
 * bench/results.json (other keys kept).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';

const CLIENTS = Number(process.env.BENCH_INSTRUMENT_CLIENTS ?? 20);
const REQUESTS = Number(process.env.BENCH_INSTRUMENT_REQUESTS ?? 3_000);
const PORT = 3196;
const root = path.resolve(import.meta.dirname, '..');
const base = `http://127.0.0.1:${PORT}/api/v1`;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'woonregie-instruments-'));

const SEGMENTS = [
  { segment: 'socialRent', homes: 12, usableAreaM2: 45, monthlyRentEur: 700 },
  { segment: 'midRent', homes: 10, usableAreaM2: 55, monthlyRentEur: 1050 },
  { segment: 'freeBuy', homes: 18, usableAreaM2: 95, priceEur: 600_000 },
];
const DELIVERIES = [{ year: 2029, homes: 40 }];

/**
 * The load client: node:http with one keep-alive socket per client. fetch() (undici's web streams) cost more CPU
 * per request than the server does, and on the same two cores that made the bench measure its own client: the
 * server was idle more than half of the run (profile of 23 November 2026).
 */
const agent = new http.Agent({ keepAlive: true, maxSockets: CLIENTS });
function send(url: string, init: { method?: string; headers: Record<string, string>; body?: string }) {
  return new Promise<number>((resolve, reject) => {
    const request = http.request(
      url,
      { method: init.method ?? 'GET', headers: init.headers, agent },
      (res) => {
        res.on('data', () => {});
        res.on('end', () => resolve(res.statusCode ?? 0));
        res.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(init.body);
  });
}

async function main() {
  const child = spawn(
    process.execPath,
    [
      ...(process.env.BENCH_PROF ? ['--cpu-prof', '--cpu-prof-dir', process.env.BENCH_PROF] : []),
      '--import',
      'tsx',
      'src/server/start.ts',
    ],
    {
      cwd: root,
      env: {
        ...process.env,
        PORT: String(PORT),
        DATA_DIR: dataDir,
        LOG_LEVEL: 'warn',
        NODE_ENV: 'development',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  try {
    for (;;) {
      try {
        if ((await fetch(`${base}/openapi.json`)).ok) break;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    const login = await fetch(`${base}/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'gemeente.gooisemeren@woonregie.test', password: 'Woonregie-demo-2030' }),
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const headers = { cookie, origin: `http://127.0.0.1:${PORT}`, 'content-type': 'application/json' };
    const created = await fetch(`${base}/plans`, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        name: 'Benchplan instrumenten (fictief)',
        municipalityCode: 'GM1942',
        phase: 'planning',
        planningStatus: '3',
        segments: SEGMENTS,
        deliveries: DELIVERIES,
        visibility: 'region',
      }),
    });
    if (!created.ok) throw new Error(`plan: ${created.status} ${await created.text()}`);
    const planId = ((await created.json()) as { id: string }).id;
    const requests = [
      { route: 'GET /plans/{id}/compliance', url: `${base}/plans/${planId}/compliance`, init: { headers } },
      {
        route: 'POST /municipalities/{code}/compliance',
        url: `${base}/municipalities/GM1942/compliance`,
        init: {
          method: 'POST',
          headers,
          body: JSON.stringify({ segments: SEGMENTS, deliveries: DELIVERIES }),
        },
      },
      {
        route: 'POST /municipalities/{code}/compensation',
        url: `${base}/municipalities/GM1942/compensation`,
        init: {
          method: 'POST',
          headers,
          body: JSON.stringify({ segments: SEGMENTS, deliveries: DELIVERIES }),
        },
      },
    ];
    const only = process.env.BENCH_INSTRUMENT_ONLY;
    if (only) requests.splice(0, requests.length, ...requests.filter((r) => r.route.includes(only)));
    const run = async (count: number) => {
      const timings = new Map(requests.map((r) => [r.route, [] as number[]]));
      let next = 0;
      await Promise.all(
        Array.from({ length: CLIENTS }, async () => {
          while (next < count) {
            const request = requests[next++ % requests.length] as (typeof requests)[number];
            const t0 = performance.now();
            const status = await send(request.url, request.init);
            if (status !== 200) throw new Error(`${request.route}: ${status}`);
            timings.get(request.route)?.push(performance.now() - t0);
          }
        }),
      );
      return timings;
    };
    await run(300); // warm-up: caches and compiled queries
    const timings = await run(REQUESTS);
    const percentile = (sorted: number[], p: number) =>
      sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
    const round = (n: number) => Math.round(n * 10) / 10;
    const routes = [...timings].map(([route, values]) => {
      values.sort((a, b) => a - b);
      return {
        route,
        requests: values.length,
        p50: round(percentile(values, 0.5)),
        p95: round(percentile(values, 0.95)),
      };
    });
    const result = {
      date: new Date().toISOString(),
      machine: `${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, embedded PGlite`,
      clients: CLIENTS,
      routes,
      targetP95Ms: 20,
    };
    for (const r of routes) {
      console.log(
        `${r.route}: p50 ${r.p50} ms, p95 ${r.p95} ms (doel ≤ 20): ${r.p95 <= 20 ? 'gehaald' : 'NIET gehaald'}`,
      );
    }
    const file = path.join(root, 'bench/results.json');
    const results = fs.existsSync(file)
      ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>)
      : {};
    fs.writeFileSync(file, `${JSON.stringify({ ...results, instruments: result }, null, 2)}\n`);
  } finally {
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

// `npm test`: type-check, lint, unit + integration tests (PGlite, and PostgreSQL when DATABASE_URL is set),
// then the browser tests when Chromium is present (required when E2E_REQUIRED=1).
// Ends with the plain line `N passed, N failed`.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const out = path.join(root, 'tmp');
fs.mkdirSync(out, { recursive: true });
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const env = {
  ...process.env,
  TZ: 'Europe/Amsterdam',
  FORCE_COLOR: process.env.CI ? '0' : process.env.FORCE_COLOR,
};

let passed = 0;
let failed = 0;
let skipped = 0;
const summary = [];

function run(label, command, args, extraEnv = {}) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...env, ...extraEnv } });
  return result.status === 0;
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

function check(label, ok) {
  if (ok) passed++;
  else failed++;
  summary.push(`${label}: ${ok ? 'ok' : 'FOUT'}`);
}

const bin = (name) => path.join(root, 'node_modules/.bin', name);

check('typecheck', run('Typecheck (tsc --noEmit)', bin('tsc'), ['--noEmit', '-p', '.']));
check('lint', run('Lint en opmaak (biome check)', bin('biome'), ['check', '.']));

const vitestFile = path.join(out, 'vitest.json');
fs.rmSync(vitestFile, { force: true });
const vitestOk = run('Unit- en integratietests (vitest)', bin('vitest'), [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${vitestFile}`,
]);
const vitest = readJson(vitestFile);
if (vitest) {
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests + (vitestOk || vitest.numFailedTests ? 0 : 1);
  skipped += vitest.numPendingTests + vitest.numTodoTests;
  summary.push(
    `vitest: ${vitest.numPassedTests} geslaagd, ${vitest.numFailedTests} mislukt${process.env.DATABASE_URL ? ' (PGlite + PostgreSQL)' : ' (PGlite)'}`,
  );
} else {
  failed++;
  summary.push('vitest: kon niet draaien');
}

const e2eRequired = process.env.E2E_REQUIRED === '1';
if (fs.existsSync(chromium)) {
  const built = run('Web-app bouwen', process.execPath, [path.join(root, 'scripts/build-web.mjs')]);
  const e2eFile = path.join(out, 'playwright.json');
  fs.rmSync(e2eFile, { force: true });
  const e2eOk =
    built &&
    run('Browsertests (playwright, Chromium)', bin('playwright'), ['test'], {
      PLAYWRIGHT_JSON_OUTPUT_NAME: e2eFile,
    });
  const report = readJson(e2eFile);
  if (report?.stats) {
    const s = report.stats;
    passed += s.expected + s.flaky;
    failed += s.unexpected + (e2eOk || s.unexpected ? 0 : 1);
    skipped += s.skipped;
    summary.push(`browser: ${s.expected + s.flaky} geslaagd, ${s.unexpected} mislukt`);
  } else {
    failed++;
    summary.push('browser: kon niet draaien');
  }
} else if (e2eRequired) {
  failed++;
  summary.push(`browser: Chromium ontbreekt op ${chromium} en E2E_REQUIRED=1`);
} else {
  summary.push(`browser: overgeslagen (geen Chromium op ${chromium})`);
}

console.log(`\n${summary.join('\n')}`);
if (skipped) console.log(`${skipped} overgeslagen`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);

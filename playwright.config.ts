import { defineConfig } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 3199);
// One data directory per port, so two runs on different ports (E2E_PORT) never remove each other's database.
const DATA_DIR = `tmp/e2e-data-${PORT}`;

/**
 * Browser tests on Debian's Chromium against a real Woonregie with a fresh embedded database
 * (tmp/e2e-data-<port> is removed before the server starts).
 */
export default defineConfig({
  testDir: 'test/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json']],
  use: {
    baseURL: `http://localhost:${PORT}`,
    viewport: { width: 1280, height: 800 },
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
    trace: 'off',
    screenshot: 'only-on-failure',
  },
  webServer: {
    // Always the embedded database (as `npm start`), fresh for every run, even when DATABASE_URL is set.
    command: `rm -rf ${DATA_DIR} && env -u DATABASE_URL node --import tsx src/server/start.ts`,
    url: `http://localhost:${PORT}/api/v1/openapi.json`,
    timeout: 120_000,
    reuseExistingServer: false,
    env: {
      PORT: String(PORT),
      DATA_DIR,
      LOG_LEVEL: 'warn',
      NODE_ENV: 'test',
      TZ: 'Europe/Amsterdam',
    },
    stdout: 'pipe',
    stderr: 'pipe',
  },
});

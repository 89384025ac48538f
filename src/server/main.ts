import { buildApp } from './app';
import { loadConfig } from './config';
import { openDatabase } from './db/client';
import { lockDataDir } from './db/lock';
import { prepareDatabase, refreshStatistics } from './db/prepare';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './db/seed';
import { startMonitorJob } from './monitor/snapshots.service';

/** Starts Woonregie: lock, migrate, seed, serve; prints the URL and the demo logins. */
export async function startServer(): Promise<void> {
  const started = Date.now();
  const config = loadConfig();
  const release = config.databaseUrl ? () => {} : lockDataDir(config.dataDir);
  const database = await openDatabase(config);
  await prepareDatabase(database, config);
  const app = await buildApp({
    db: database.db,
    readCache: database.kind === 'pglite',
    config: { ...config, logLevel: config.logLevel === 'info' ? 'warn' : config.logLevel },
  });
  await app.listen({ port: config.port, host: config.host });
  const shownHost = config.host === '0.0.0.0' || config.host === '127.0.0.1' ? 'localhost' : config.host;
  const lines = [
    '',
    `Woonregie draait op http://${shownHost}:${config.port}  (klaar in ${((Date.now() - started) / 1000).toFixed(1)} s)`,
    `Database: ${database.kind === 'pglite' ? `PGlite in ${config.dataDir}` : 'PostgreSQL (DATABASE_URL)'}`,
  ];
  if (config.demo) {
    lines.push('', `Demo-accounts (wachtwoord: ${DEMO_PASSWORD}):`);
    for (const account of DEMO_ACCOUNTS) lines.push(`  ${account.email.padEnd(40)} ${account.role}`);
  }
  console.log(`${lines.join('\n')}\n`);
  // After listening, so that a large registry does not delay the start; queries wait for it briefly.
  refreshStatistics(database).catch((error) => app.log.error(error, 'ANALYZE mislukt'));
  // Quarterly snapshots and monitor signals → bottlenecks (issue 3), in the background.
  const stopJob = startMonitorJob(database.db, (error) => app.log.error(error, 'Monitortaak mislukt'));
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: Woonregie stopt.`);
    stopJob();
    await app.close();
    await database.close();
    release();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('exit', release);
}

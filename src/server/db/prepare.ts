import type { Config } from '../config';
import type { Database } from './client';
import { migrateDatabase } from './migrate';
import { seedDemo, seedNationalLimits } from './seed';

/** Migrates, then seeds: the demo region outside production, only the reference data in production. */
export async function prepareDatabase(database: Database, config: Config): Promise<{ seeded: boolean }> {
  await migrateDatabase(database);
  let result = { seeded: false };
  if (config.demo) result = await seedDemo(database.db);
  else await seedNationalLimits(database.db);
  return result;
}

/**
 * PGlite has no autovacuum, so nothing keeps the planner's statistics: without them it picks query plans that
 * are a hundred times slower on a large registry (bench/README.md). Refreshed at every start.
 */
export async function refreshStatistics(database: Database): Promise<void> {
  if (database.kind === 'pglite') await database.pglite?.exec('analyze');
}

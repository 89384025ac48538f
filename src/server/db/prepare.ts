import type { Config } from '../config';
import type { Database } from './client';
import { migrateDatabase } from './migrate';
import { seedDemo, seedNationalLimits } from './seed';

/** Migrates, then seeds: the demo region outside production, only the reference data in production. */
export async function prepareDatabase(database: Database, config: Config): Promise<{ seeded: boolean }> {
  await migrateDatabase(database);
  if (config.demo) return seedDemo(database.db);
  await seedNationalLimits(database.db);
  return { seeded: false };
}

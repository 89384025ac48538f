import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import * as baseSchema from './schema';
import * as agreementsSchema from './schema-agreements';
import * as knowledgeSchema from './schema-knowledge';
import * as meetingsSchema from './schema-meetings';

/** Every table, from schema.ts and the per-area files next to it (drizzle.config.ts reads the same glob). */
const schema = { ...baseSchema, ...meetingsSchema, ...agreementsSchema, ...knowledgeSchema };

/** One type for both drivers: the code above this file does not know which database it talks to. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
/** A transaction handle has the same query API. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** PGlite only: the embedded instance, for backup (dumpDataDir). */
  pglite?: PGlite;
  close(): Promise<void>;
}

/** Opens PGlite on a directory (or in memory, or from a dump) with the extensions Woonregie needs. */
export async function openPglite(options: { dataDir?: string; loadDataDir?: Blob }): Promise<Database> {
  const client = await PGlite.create({
    dataDir: options.dataDir,
    loadDataDir: options.loadDataDir,
    extensions: { pg_trgm },
  });
  return {
    db: drizzlePglite(client, { schema }) as unknown as Db,
    kind: 'pglite',
    pglite: client,
    close: () => client.close(),
  };
}

/** Connects to a PostgreSQL server. */
export async function openPostgres(url: string, max = 10): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max });
  // An idle connection that the server ends (restart, admin command) must not crash the process; the pool
  // opens a new one on the next query.
  pool.on('error', (error) => console.error(`PostgreSQL-verbinding verbroken: ${error.message}`));
  await pool.query('select 1');
  return { db: drizzlePg(pool, { schema }) as unknown as Db, kind: 'postgres', close: () => pool.end() };
}

/** The database the config asks for: PostgreSQL when DATABASE_URL is set, else PGlite in DATA_DIR/pglite. */
export function openDatabase(config: { databaseUrl?: string; dataDir: string }): Promise<Database> {
  if (config.databaseUrl) return openPostgres(config.databaseUrl);
  return openPglite({ dataDir: path.join(config.dataDir, 'pglite') });
}

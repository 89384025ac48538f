import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openPglite, openPostgres } from '../../src/server/db/client';
import { migrateDatabase } from '../../src/server/db/migrate';
import { seedDemo } from '../../src/server/db/seed';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
    postgresTemplate: string | null;
  }
}

const PG_TEMPLATE = `woonregie_test_template_${process.pid}`;

/** Replaces the database name in a PostgreSQL URL. */
function withDatabaseName(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/**
 * Migrates and seeds one template database once per run (PGlite starts in ~3 s, a clone loads in 0.3 s),
 * and, when DATABASE_URL is set, a PostgreSQL template database that each test file copies.
 */
export default async function setup(project: TestProject) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'woonregie-test-'));
  const file = path.join(dir, 'template.tar');
  const template = await openPglite({});
  await migrateDatabase(template);
  await seedDemo(template.db);
  if (!template.pglite) throw new Error('template is not PGlite');
  const dump = await template.pglite.dumpDataDir('none');
  fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  await template.close();
  project.provide('pgliteTemplate', file);

  const url = process.env.DATABASE_URL;
  let admin: pg.Client | null = null;
  if (url) {
    admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`drop database if exists ${PG_TEMPLATE}`);
    await admin.query(`create database ${PG_TEMPLATE}`);
    const db = await openPostgres(withDatabaseName(url, PG_TEMPLATE), 2);
    await migrateDatabase(db);
    await seedDemo(db.db);
    await db.close();
  }
  project.provide('postgresTemplate', url ? PG_TEMPLATE : null);

  return async () => {
    fs.rmSync(dir, { recursive: true, force: true });
    if (admin) {
      const leftovers = await admin.query<{ datname: string }>(
        // Only this run's databases: another run (a second checkout, CI) may be using its own right now.
        `select datname from pg_database where datname = $1 or datname like $1 || '\\_%'`,
        [PG_TEMPLATE],
      );
      for (const row of leftovers.rows)
        await admin.query(`drop database if exists ${row.datname} with (force)`);
      await admin.end();
    }
  };
}

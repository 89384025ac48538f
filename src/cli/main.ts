import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { importBoundaries } from '../server/boundaries/boundaries';
import { loadConfig } from '../server/config';
import { openDatabase, openPglite } from '../server/db/client';
import { lockDataDir } from '../server/db/lock';
import { migrateDatabase } from '../server/db/migrate';
import { prepareDatabase } from '../server/db/prepare';
import { startServer } from '../server/main';

const HELP = `woonregie <opdracht>

  start                     start de server (zoals npm start)
  migrate                   voer databasemigraties uit
  seed                      laad de demoregio (niet in productie)
  import-boundaries BESTAND laad gemeentegrenzen uit TopoJSON of GeoJSON met CBS-codes
  backup BESTAND            maak een consistente kopie van de ingebedde database (.tar.gz)
  restore BESTAND           zet een kopie terug (de huidige database wordt eerst bewaard)

Omgeving: PORT, HOST, DATA_DIR, DATABASE_URL, NODE_ENV (zie README).`;

/** Runs a task with the data directory locked, so it never writes beside a running server. */
async function withDatabase<T>(
  task: (database: Awaited<ReturnType<typeof openDatabase>>) => Promise<T>,
): Promise<T> {
  const config = loadConfig();
  const release = config.databaseUrl ? () => {} : lockDataDir(config.dataDir);
  const database = await openDatabase(config);
  try {
    return await task(database);
  } finally {
    await database.close();
    release();
  }
}

function requireArg(value: string | undefined, what: string): string {
  if (!value) throw new Error(`Geef ${what} op.\n\n${HELP}`);
  return value;
}

async function backup(file: string): Promise<void> {
  const config = loadConfig();
  if (config.databaseUrl) throw new Error('Voor PostgreSQL maak je een kopie met pg_dump.');
  await withDatabase(async (database) => {
    if (!database.pglite) throw new Error('Geen ingebedde database.');
    const dump = await database.pglite.dumpDataDir('gzip');
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  });
  console.log(`Kopie gemaakt: ${file}`);
}

async function restore(file: string): Promise<void> {
  const config = loadConfig();
  if (config.databaseUrl) throw new Error('Voor PostgreSQL zet je een kopie terug met pg_restore of psql.');
  if (!fs.existsSync(file)) throw new Error(`Bestand ${file} bestaat niet.`);
  const release = lockDataDir(config.dataDir);
  try {
    const blob = new Blob([fs.readFileSync(file)]);
    // Check the copy first, in memory: a bad file must not replace a good database.
    const check = await openPglite({ loadDataDir: blob });
    await check.db.execute('select count(*) from plans');
    await check.close();
    const target = path.join(config.dataDir, 'pglite');
    const kept = `${target}.voor-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    if (fs.existsSync(target)) fs.renameSync(target, kept);
    const restored = await PGlite.create({ dataDir: target, loadDataDir: blob, extensions: { pg_trgm } });
    await restored.close();
    console.log(
      `Kopie teruggezet uit ${file}.${fs.existsSync(kept) ? ` De vorige database staat in ${kept}.` : ''}`,
    );
  } finally {
    release();
  }
}

/** The `woonregie` command. */
export async function main(argv: string[]): Promise<void> {
  const [command, arg] = argv;
  switch (command) {
    case 'start':
      return startServer();
    case 'migrate':
      return withDatabase(async (database) => {
        await migrateDatabase(database);
        console.log('Migraties uitgevoerd.');
      });
    case 'seed':
      return withDatabase(async (database) => {
        const config = loadConfig();
        if (!config.demo) throw new Error('In productie (NODE_ENV=production) wordt geen demodata geladen.');
        const result = await prepareDatabase(database, config);
        console.log(result.seeded ? 'Demoregio geladen.' : 'De demoregio was al geladen.');
      });
    case 'import-boundaries': {
      const file = requireArg(arg, 'een bestand');
      return withDatabase(async (database) => {
        await migrateDatabase(database);
        const count = await importBoundaries(database.db, file, path.basename(file));
        console.log(`${count} gemeentegrenzen geladen uit ${file}.`);
      });
    }
    case 'backup':
      return backup(requireArg(arg, 'een doelbestand'));
    case 'restore':
      return restore(requireArg(arg, 'een bestand'));
    case undefined:
    case 'help':
    case '--help':
      console.log(HELP);
      return;
    default:
      throw new Error(`Onbekende opdracht "${command}".\n\n${HELP}`);
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

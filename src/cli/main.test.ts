import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { openPglite } from '../server/db/client';

const root = path.resolve(import.meta.dirname, '../..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'woonregie-cli-'));

/** Runs `woonregie …` as a user would, on the embedded database in `dir`. */
function woonregie(...args: string[]) {
  const { DATABASE_URL: _ignored, ...env } = process.env;
  return spawnSync(process.execPath, [path.join(root, 'bin/woonregie.mjs'), ...args], {
    cwd: root,
    env: { ...env, DATA_DIR: dir, NODE_ENV: 'development', LOG_LEVEL: 'warn' },
    encoding: 'utf8',
  });
}

async function countRenamed(): Promise<number> {
  const database = await openPglite({ dataDir: path.join(dir, 'pglite') });
  const result = await database.pglite?.query<{ n: number }>(
    `select count(*)::int as n from plans where name = 'Hernoemd'`,
  );
  await database.close();
  return result?.rows[0]?.n ?? -1;
}

describe('woonregie backup and restore', () => {
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('a copy made by backup brings the database back; a bad file changes nothing', async () => {
    expect(woonregie('seed').status).toBe(0);
    const copy = path.join(dir, 'kopie.tar.gz');
    const made = woonregie('backup', copy);
    expect(made.status, made.stderr).toBe(0);
    expect(fs.statSync(copy).size).toBeGreaterThan(10_000);

    // Change the data after the copy was made.
    const database = await openPglite({ dataDir: path.join(dir, 'pglite') });
    await database.pglite?.exec(`update plans set name = 'Hernoemd'`);
    await database.close();
    expect(await countRenamed()).toBeGreaterThan(40);

    const bad = path.join(dir, 'kapot.tar.gz');
    fs.writeFileSync(bad, 'geen database');
    const refused = woonregie('restore', bad);
    expect(refused.status).not.toBe(0);
    expect(await countRenamed()).toBeGreaterThan(40);

    const restored = woonregie('restore', copy);
    expect(restored.status, restored.stderr).toBe(0);
    expect(restored.stdout).toContain('De vorige database staat in');
    expect(await countRenamed()).toBe(0);
  }, 120_000);
});

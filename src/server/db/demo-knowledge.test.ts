import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app';
import { KNOWLEDGE_KINDS } from '../../core/knowledge';
import { readDemoKnowledge, seedDemoKnowledge } from './demo-knowledge';
import { knowledgeItems, knowledgePlanLinks } from './schema-knowledge';

const SEEDS = path.resolve(import.meta.dirname, '../../../../shared/seeds');

/** Every run of `n` words of a text, lower case, punctuation removed. */
function shingles(text: string, n: number): Set<string> {
  const words = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const runs = new Set<string>();
  for (let i = 0; i + n <= words.length; i++) runs.add(words.slice(i, i + n).join(' '));
  return runs;
}

describe('demo knowledge', () => {
  const demo = readDemoKnowledge();

  test('25–50 items of every kind, each with a source; publications with their link; keys unique', () => {
    expect(demo.length).toBeGreaterThanOrEqual(25);
    expect(demo.length).toBeLessThanOrEqual(50);
    expect(new Set(demo.map((d) => d.item.kind))).toEqual(new Set(KNOWLEDGE_KINDS));
    expect(new Set(demo.map((d) => d.key)).size).toBe(demo.length);
    for (const { item } of demo) expect(item.source.length).toBeGreaterThan(20);
    const publications = demo.filter((d) => d.item.kind === 'publication');
    expect(publications.every((d) => d.item.sourceUrl?.startsWith('https://'))).toBe(true);
  });

  test.runIf(fs.existsSync(SEEDS))('written in our own words: no run of 12 words copied from a memo', () => {
    const memo = new Set(
      fs
        .readdirSync(SEEDS)
        .flatMap((file) => [...shingles(fs.readFileSync(path.join(SEEDS, file), 'utf8'), 12)]),
    );
    const copied = demo.flatMap(({ key, item }) =>
      [...shingles(`${item.summary} ${item.body}`, 12)]
        .filter((run) => memo.has(run))
        .map((run) => `${key}: ${run}`),
    );
    expect(copied).toEqual([]);
  });

  describe('seeded', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp('pglite');
    });
    afterAll(() => t.close());

    const count = async (table: typeof knowledgeItems | typeof knowledgePlanLinks) =>
      (await t.database.db.select({ n: sql<number>`count(*)::int` }).from(table))[0]?.n;

    test('every item once, with its plan links; a second run adds nothing', async () => {
      expect(await count(knowledgeItems)).toBe(demo.length);
      const links = await count(knowledgePlanLinks);
      expect(links).toBeGreaterThanOrEqual(5);
      await seedDemoKnowledge(t.database.db);
      expect(await count(knowledgeItems)).toBe(demo.length);
      expect(await count(knowledgePlanLinks)).toBe(links);
    });

    test('a removed item comes back, the others stay as they are', async () => {
      await t.database.db.execute(sql`delete from knowledge_items where seed_key = 'circusterrein'`);
      await seedDemoKnowledge(t.database.db);
      expect(await count(knowledgeItems)).toBe(demo.length);
    });
  });
});

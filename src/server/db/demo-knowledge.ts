import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import { z } from 'zod';
import { ZKnowledgeItemInput } from '../../core/knowledge';
import type { Db } from './client';
import { readJson } from './demo-data';
import { plans, regions } from './schema';
import { knowledgeItems, knowledgePlanLinks } from './schema-knowledge';

const ZDemoItem = z.object({
  key: z.string().regex(/^[a-z0-9-]+$/),
  item: z.unknown(),
  plans: z.array(z.object({ externalId: z.string(), note: z.string() })),
});

/** The demo knowledge of data/knowledge/items.json, each item checked with the same rules as the edit form. */
export function readDemoKnowledge() {
  const file = readJson(
    'data/knowledge/items.json',
    z.object({ notes: z.string(), items: z.array(z.looseObject({ key: z.string() })) }),
  );
  return file.items.map((raw) => {
    const { key, plans: links, ...item } = raw as Record<string, unknown>;
    const parsed = ZDemoItem.parse({ key, plans: links, item });
    return { key: parsed.key, item: ZKnowledgeItemInput.parse(parsed.item), plans: parsed.plans };
  });
}

/**
 * The knowledge centre of every region (issue 6): the items of data/knowledge/ that the region does not have yet
 * (by seed key), and for the items added now their links to the demo plans. Runs on every start; adds only what
 * is missing.
 */
export async function seedDemoKnowledge(db: Db): Promise<void> {
  const demo = readDemoKnowledge();
  for (const { id: regionId } of await db.select({ id: regions.id }).from(regions)) {
    const existing = await db
      .select({ seedKey: knowledgeItems.seedKey })
      .from(knowledgeItems)
      .where(and(eq(knowledgeItems.regionId, regionId), isNotNull(knowledgeItems.seedKey)));
    const have = new Set(existing.map((row) => row.seedKey));
    const missing = demo.filter((entry) => !have.has(entry.key));
    if (missing.length === 0) continue;
    const added = await db
      .insert(knowledgeItems)
      .values(missing.map(({ key, item }) => ({ ...item, regionId, seedKey: key })))
      .onConflictDoNothing()
      .returning({ id: knowledgeItems.id, seedKey: knowledgeItems.seedKey });
    const externalIds = [...new Set(missing.flatMap((entry) => entry.plans.map((p) => p.externalId)))];
    if (externalIds.length === 0 || added.length === 0) continue;
    const planRows = await db
      .select({ id: plans.id, externalId: plans.externalId })
      .from(plans)
      .where(and(eq(plans.regionId, regionId), inArray(plans.externalId, externalIds)));
    const planId = new Map(planRows.map((row) => [row.externalId, row.id]));
    const itemId = new Map(added.map((row) => [row.seedKey, row.id]));
    const links = missing.flatMap(({ key, plans: wanted }) =>
      wanted.flatMap(({ externalId, note }) => {
        const knowledgeItemId = itemId.get(key);
        const linkedPlan = planId.get(externalId);
        return knowledgeItemId && linkedPlan ? [{ knowledgeItemId, planId: linkedPlan, note }] : [];
      }),
    );
    if (links.length) await db.insert(knowledgePlanLinks).values(links).onConflictDoNothing();
  }
}

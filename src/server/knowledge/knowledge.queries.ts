import { and, asc, desc, eq, ilike, or, type SQL, sql } from 'drizzle-orm';
import { buildSearchQuery, tokenizeQuery } from '../../core/search';
import type { Actor } from '../auth/actor';
import { visiblePlans } from '../auth/visibility';
import type { Db, Tx } from '../db/client';
import { organisations, plans } from '../db/schema';
import { knowledgeItems, knowledgePlanLinks } from '../db/schema-knowledge';
import { stemTerms } from '../search/search.stems';
import type { TListKnowledgeQuery } from './knowledge.schema';

/** The columns an item is presented with (never the tsvector). */
export const itemColumns = {
  id: knowledgeItems.id,
  kind: knowledgeItems.kind,
  title: knowledgeItems.title,
  summary: knowledgeItems.summary,
  body: knowledgeItems.body,
  steeringDistance: knowledgeItems.steeringDistance,
  steeringHardness: knowledgeItems.steeringHardness,
  goals: knowledgeItems.goals,
  source: knowledgeItems.source,
  sourceUrl: knowledgeItems.sourceUrl,
  version: knowledgeItems.version,
  updatedAt: knowledgeItems.updatedAt,
};

/** Knowledge is shared by the whole region: every reader of the region sees every item of it. */
export const inActorRegion = (actor: Actor) => eq(knowledgeItems.regionId, actor.regionId);

/** The items of the region matching the facets, by kind and title, with how many plans used each. */
export async function listKnowledgeRows(db: Db, actor: Actor, query: TListKnowledgeQuery) {
  const conditions: (SQL | undefined)[] = [inActorRegion(actor)];
  if (query.kind) conditions.push(eq(knowledgeItems.kind, query.kind));
  if (query.steeringDistance) conditions.push(eq(knowledgeItems.steeringDistance, query.steeringDistance));
  if (query.steeringHardness) conditions.push(eq(knowledgeItems.steeringHardness, query.steeringHardness));
  if (query.goal) conditions.push(sql`${knowledgeItems.goals} @> ${JSON.stringify([query.goal])}::jsonb`);
  let rank: SQL | undefined;
  if (query.q) {
    // The same Dutch matching as GET /search (stems, prefixes, compounds in the title).
    const built = buildSearchQuery(await stemTerms(db, tokenizeQuery(query.q)));
    if (!built.tsquery) return [];
    const tsquery = sql`to_tsquery('simple', ${built.tsquery})`;
    const likes = built.likePatterns.map((pattern) => ilike(knowledgeItems.title, pattern));
    conditions.push(
      or(sql`${knowledgeItems.search} @@ ${tsquery}`, likes.length ? and(...likes) : undefined),
    );
    if (built.excludeTsquery) {
      conditions.push(sql`not (${knowledgeItems.search} @@ to_tsquery('simple', ${built.excludeTsquery}))`);
    }
    rank = sql`ts_rank(${knowledgeItems.search}, ${tsquery})`;
  }
  return (
    db
      .select({
        ...itemColumns,
        planCount: sql<number>`(select count(*)::int from ${knowledgePlanLinks} where ${knowledgePlanLinks.knowledgeItemId} = ${knowledgeItems.id})`,
      })
      .from(knowledgeItems)
      .where(and(...conditions))
      // Ranked when searching; else by kind and title.
      .orderBy(...(rank ? [desc(rank)] : []), asc(knowledgeItems.kind), asc(knowledgeItems.title))
      .limit(500)
  );
}

export type KnowledgeRow = NonNullable<Awaited<ReturnType<typeof findKnowledgeRow>>>;

/** One item of the actor's region, or undefined. */
export async function findKnowledgeRow(db: Db | Tx, actor: Actor, id: string) {
  const [row] = await db
    .select(itemColumns)
    .from(knowledgeItems)
    .where(and(eq(knowledgeItems.id, id), inActorRegion(actor)));
  return row;
}

/** The plans an item was used in that the actor may see (a private plan of another organisation never shows). */
export async function findLinkedPlans(db: Db | Tx, actor: Actor, itemId: string) {
  return db
    .select({
      id: plans.id,
      name: plans.name,
      municipalityCode: plans.municipalityCode,
      municipalityName: organisations.name,
      note: knowledgePlanLinks.note,
    })
    .from(knowledgePlanLinks)
    .innerJoin(plans, eq(plans.id, knowledgePlanLinks.planId))
    .leftJoin(organisations, eq(organisations.cbsCode, plans.municipalityCode))
    .where(and(eq(knowledgePlanLinks.knowledgeItemId, itemId), visiblePlans(actor)))
    .orderBy(asc(plans.name));
}

/** The knowledge items used in one plan, newest link first. */
export async function findItemsOfPlan(db: Db, actor: Actor, planId: string) {
  return db
    .select({
      id: knowledgeItems.id,
      kind: knowledgeItems.kind,
      title: knowledgeItems.title,
      summary: knowledgeItems.summary,
      note: knowledgePlanLinks.note,
    })
    .from(knowledgePlanLinks)
    .innerJoin(knowledgeItems, eq(knowledgeItems.id, knowledgePlanLinks.knowledgeItemId))
    .where(and(eq(knowledgePlanLinks.planId, planId), inActorRegion(actor)))
    .orderBy(desc(knowledgePlanLinks.createdAt), asc(knowledgeItems.title));
}

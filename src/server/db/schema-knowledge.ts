/**
 * Issue 6 tables for the knowledge area (owned by that area; re-exported by src/server/db/client.ts and read by
 * drizzle-kit through the schema glob in drizzle.config.ts). Hand-written migration: 0011_knowledge.sql.
 */
import { sql } from 'drizzle-orm';
import {
  customType,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { organisations, plans, regions, users } from './schema';

/** PostgreSQL's tsvector; only ever read by the database itself (search), never selected. */
const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });
const id = () => uuid('id').primaryKey().default(sql`gen_random_uuid()`);
const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

/**
 * An instrument, practice example, lesson or publication of the knowledge centre, shared by the whole region.
 * `search` is the Dutch full-text vector (title weight A, summary B, body C), kept by PostgreSQL itself.
 * `seedKey` marks demo items from data/knowledge/ so the seed adds only what is missing.
 */
export const knowledgeItems = pgTable(
  'knowledge_items',
  {
    id: id(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    summary: text('summary').notNull(),
    body: text('body').notNull(),
    steeringDistance: text('steering_distance'),
    steeringHardness: text('steering_hardness'),
    goals: jsonb('goals').$type<string[]>().notNull().default([]),
    source: text('source').notNull(),
    sourceUrl: text('source_url'),
    seedKey: text('seed_key'),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by').references(() => users.id),
    updatedBy: uuid('updated_by').references(() => users.id),
    organisationId: uuid('organisation_id').references(() => organisations.id),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    search: tsvector('search').generatedAlwaysAs(
      sql`setweight(to_tsvector('dutch'::regconfig, coalesce(title, '')), 'A') || setweight(to_tsvector('dutch'::regconfig, coalesce(summary, '')), 'B') || setweight(to_tsvector('dutch'::regconfig, coalesce(body, '')), 'C')`,
    ),
  },
  (t) => [
    index('knowledge_items_region_kind_idx').on(t.regionId, t.kind),
    uniqueIndex('knowledge_items_seed_key_idx').on(t.regionId, t.seedKey),
    index('knowledge_items_search_idx').using('gin', t.search),
    index('knowledge_items_title_trgm_idx').using('gin', sql`${t.title} gin_trgm_ops`),
  ],
);

/** A knowledge item used in a plan, with a note on how (shown on both the item and the plan). */
export const knowledgePlanLinks = pgTable(
  'knowledge_plan_links',
  {
    knowledgeItemId: uuid('knowledge_item_id')
      .notNull()
      .references(() => knowledgeItems.id, { onDelete: 'cascade' }),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    note: text('note'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.knowledgeItemId, t.planId] }),
    index('knowledge_plan_links_plan_idx').on(t.planId),
  ],
);

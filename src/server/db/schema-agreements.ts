import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { organisations, plans, regions, users } from './schema';

/**
 * Issue 6 tables for the agreements area (owned by that area; re-exported by src/server/db/client.ts and read by
 * drizzle-kit through the schema glob in drizzle.config.ts): prestatieafspraken, regional agreements, the woonvisie's
 * action points and the province agreements (RAP), their commitments, and who to call for what per plan.
 */
const id = () => uuid('id').primaryKey().default(sql`gen_random_uuid()`);
const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();

/** An agreement of one year: `performance` for one municipality, the other kinds for the region. */
export const agreements = pgTable(
  'agreements',
  {
    id: id(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    kind: text('kind').notNull(),
    year: integer('year').notNull(),
    municipalityCode: text('municipality_code'),
    title: text('title').notNull(),
    source: text('source'),
    notes: text('notes'),
    demo: boolean('demo').notNull().default(false),
    /** The demo seed's key, so a later start adds only what is missing. */
    seedKey: text('seed_key').unique(),
    createdAt: createdAt(),
    createdBy: uuid('created_by').references(() => users.id),
    updatedAt: updatedAt(),
  },
  (t) => [index('agreements_region_year_idx').on(t.regionId, t.year, t.municipalityCode)],
);

/** The organisations that are party to an agreement (municipality, corporation, tenants' organisation, …). */
export const agreementParties = pgTable(
  'agreement_parties',
  {
    agreementId: uuid('agreement_id')
      .notNull()
      .references(() => agreements.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    position: integer('position').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.agreementId, t.organisationId] }),
    index('agreement_parties_organisation_idx').on(t.organisationId),
  ],
);

/** One commitment of one party: a topic of src/core/agreements/topics.ts, target, actual, status, evidence. */
export const commitments = pgTable(
  'commitments',
  {
    id: id(),
    agreementId: uuid('agreement_id')
      .notNull()
      .references(() => agreements.id, { onDelete: 'cascade' }),
    partyOrganisationId: uuid('party_organisation_id')
      .notNull()
      .references(() => organisations.id),
    position: integer('position').notNull().default(0),
    topic: text('topic').notNull(),
    type: text('type').notNull(),
    description: text('description').notNull(),
    target: numeric('target', { precision: 14, scale: 2, mode: 'number' }),
    actual: numeric('actual', { precision: 14, scale: 2, mode: 'number' }),
    unit: text('unit').notNull().default(''),
    dueDate: date('due_date', { mode: 'string' }),
    status: text('status').notNull().default('onTrack'),
    evidence: text('evidence'),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    updatedBy: uuid('updated_by').references(() => users.id),
  },
  (t) => [index('commitments_agreement_idx').on(t.agreementId, t.position)],
);

/** The plans a commitment concerns; numbers commitments on homes are computed from them. */
export const commitmentPlans = pgTable(
  'commitment_plans',
  {
    commitmentId: uuid('commitment_id')
      .notNull()
      .references(() => commitments.id, { onDelete: 'cascade' }),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.commitmentId, t.planId] }),
    index('commitment_plans_plan_idx').on(t.planId),
  ],
);

/** Who to call for what on a plan ("bel elkaar vaker", seed 003): a role, never a person's name. */
export const planContacts = pgTable(
  'plan_contacts',
  {
    id: id(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    roleLabel: text('role_label').notNull(),
    topic: text('topic').notNull(),
    phone: text('phone'),
    email: text('email'),
    demo: boolean('demo').notNull().default(false),
    createdAt: createdAt(),
    createdBy: uuid('created_by').references(() => users.id),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('plan_contacts_plan_idx').on(t.planId),
    uniqueIndex('plan_contacts_unique_idx').on(t.planId, t.organisationId, t.topic, t.roleLabel),
  ],
);

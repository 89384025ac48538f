import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { bottlenecks, organisations, plans, regions, users } from './schema';

/**
 * Issue 6 tables for the meetings area: the region's tables ("overlegtafels") and their members, meetings and
 * events with their agenda items, decisions and action items, and proposals ("voorstellen") with their decision
 * route. Column names `proposals.region_id/reference/title/points` and `agenda_items.decision` are read by search.
 */
const id = () => uuid('id').primaryKey().default(sql`gen_random_uuid()`);
const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();
const version = () => integer('version').notNull().default(1);

/** A recurring meeting body of the region: BO Bouwen en Wonen, PHO, directie-overleg, Brede Kijk, … */
export const meetingTables = pgTable(
  'meeting_tables',
  {
    id: id(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    /** A stable key per region (`bo-bouwen-wonen`), so the demo seed finds what exists. */
    key: text('key').notNull(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    source: text('source'),
    demo: boolean('demo').notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('meeting_tables_key_idx').on(t.regionId, t.key)],
);

/** An organisation at a table, with the role it sits there in ("wethouder Wonen") — never a person's name. */
export const tableMembers = pgTable(
  'table_members',
  {
    id: id(),
    tableId: uuid('table_id')
      .notNull()
      .references(() => meetingTables.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    roleLabel: text('role_label').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('table_members_org_idx').on(t.tableId, t.organisationId, t.roleLabel)],
);

/** A meeting of a table, or (kind `event`, no table) a contact moment such as the yearly regional meeting. */
export const meetings = pgTable(
  'meetings',
  {
    id: id(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    tableId: uuid('table_id').references(() => meetingTables.id),
    kind: text('kind').notNull().default('meeting'),
    title: text('title').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    location: text('location').notNull().default(''),
    description: text('description').notNull().default(''),
    /** Events: the organisations invited (ids); a table's meeting invites its members. */
    invitees: jsonb('invitees').$type<string[]>().notNull().default([]),
    minutes: text('minutes').notNull().default(''),
    demo: boolean('demo').notNull().default(false),
    seedKey: text('seed_key'),
    version: version(),
    createdAt: createdAt(),
    createdBy: uuid('created_by').references(() => users.id),
    updatedAt: updatedAt(),
    updatedBy: uuid('updated_by').references(() => users.id),
  },
  (t) => [
    index('meetings_region_starts_idx').on(t.regionId, t.startsAt),
    index('meetings_table_idx').on(t.tableId, t.startsAt),
    uniqueIndex('meetings_seed_key_idx').on(t.regionId, t.seedKey),
  ],
);

/** A proposal ("voorstel") in the shape of the region's cover sheet; its route is in `route_steps`. */
export const proposals = pgTable(
  'proposals',
  {
    id: id(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    /** Kenmerk, e.g. DOC-24008845. */
    reference: text('reference').notNull(),
    /** Onderwerp. */
    title: text('title').notNull(),
    /** The contact as a role ("beleidsadviseur Wonen"), with the unit ("Beleid en bestuur"). */
    contactRole: text('contact_role').notNull(),
    contactUnit: text('contact_unit').notNull().default(''),
    date: date('date').notNull(),
    distribute: boolean('distribute').notNull().default(true),
    /** The numbered proposal points, in order ("Voorstel 1. …"). */
    points: jsonb('points').$type<string[]>().notNull().default([]),
    explanation: text('explanation').notNull().default(''),
    attachments: jsonb('attachments').$type<{ title: string; url: string | null }[]>().notNull().default([]),
    source: text('source'),
    demo: boolean('demo').notNull().default(false),
    version: version(),
    createdAt: createdAt(),
    createdBy: uuid('created_by').references(() => users.id),
    updatedAt: updatedAt(),
    updatedBy: uuid('updated_by').references(() => users.id),
  },
  (t) => [uniqueIndex('proposals_reference_idx').on(t.regionId, t.reference)],
);

/** One step of a proposal's decision route ("behandeling"): a table, a date, a purpose and a conclusion. */
export const routeSteps = pgTable(
  'route_steps',
  {
    id: id(),
    proposalId: uuid('proposal_id')
      .notNull()
      .references(() => proposals.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    tableId: uuid('table_id')
      .notNull()
      .references(() => meetingTables.id),
    date: date('date'),
    /** advise | discuss | decide (adviseren, bespreken, vaststellen). */
    purpose: text('purpose').notNull(),
    conclusion: text('conclusion'),
    /** null while open; done | rejected once concluded (a postponement keeps the step open). */
    outcome: text('outcome'),
    concludedAt: timestamp('concluded_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('route_steps_position_idx').on(t.proposalId, t.position)],
);

/** An item of a meeting's agenda, about a proposal, bottleneck, review, plan or free text, with its decision. */
export const agendaItems = pgTable(
  'agenda_items',
  {
    id: id(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    /** free | proposal | bottleneck | review | plan */
    subjectKind: text('subject_kind').notNull().default('free'),
    proposalId: uuid('proposal_id').references(() => proposals.id, { onDelete: 'set null' }),
    routeStepId: uuid('route_step_id').references(() => routeSteps.id, { onDelete: 'set null' }),
    bottleneckId: uuid('bottleneck_id').references(() => bottlenecks.id, { onDelete: 'set null' }),
    /** The plan of a `plan` item, and of a `review` item (a review is identified by its plan). */
    planId: uuid('plan_id').references(() => plans.id, { onDelete: 'set null' }),
    /** The decision ("besluit") the table took on this item. */
    decision: text('decision'),
    /** For a proposal's route step: done | postponed | rejected. */
    decisionOutcome: text('decision_outcome'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decidedBy: uuid('decided_by').references(() => users.id),
    version: version(),
    createdAt: createdAt(),
  },
  (t) => [
    index('agenda_items_meeting_idx').on(t.meetingId, t.position),
    index('agenda_items_step_idx').on(t.routeStepId),
  ],
);

/** An action item ("actiepunt") from a meeting: an owner organisation, a due date, open or done. */
export const actionItems = pgTable(
  'action_items',
  {
    id: id(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    agendaItemId: uuid('agenda_item_id').references(() => agendaItems.id, { onDelete: 'set null' }),
    description: text('description').notNull(),
    ownerOrganisationId: uuid('owner_organisation_id')
      .notNull()
      .references(() => organisations.id),
    dueDate: date('due_date'),
    status: text('status').notNull().default('open'),
    doneAt: timestamp('done_at', { withTimezone: true }),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    updatedBy: uuid('updated_by').references(() => users.id),
  },
  (t) => [index('action_items_meeting_idx').on(t.meetingId), index('action_items_status_idx').on(t.status)],
);

import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  customType,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

/**
 * The database schema. Names follow the glossary (shared/domain/glossary.md); timestamps are UTC.
 * Every plan has an owning organisation and a visibility; reads go through server/auth/visibility.ts.
 */
/** Binary content (a confidential attachment), as a Buffer. */
const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});
/** PostgreSQL's tsvector; only read by the database itself (search), never selected. */
const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });
const id = () => uuid('id').primaryKey().default(sql`gen_random_uuid()`);
const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

export const regions = pgTable('regions', {
  id: id(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  source: text('source'),
  createdAt: createdAt(),
});

export const organisations = pgTable(
  'organisations',
  {
    id: id(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    key: text('key').notNull().unique(),
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    cbsCode: text('cbs_code').unique(),
    member: boolean('member').notNull().default(true),
    centreLat: doublePrecision('centre_lat'),
    centreLon: doublePrecision('centre_lon'),
    parentId: uuid('parent_id'),
    source: text('source'),
    createdAt: createdAt(),
  },
  (t) => [index('organisations_region_idx').on(t.regionId)],
);

export const users = pgTable('users', {
  id: id(),
  organisationId: uuid('organisation_id')
    .notNull()
    .references(() => organisations.id),
  email: text('email').notNull().unique(),
  name: text('name').notNull(),
  role: text('role').notNull(),
  passwordHash: text('password_hash').notNull(),
  demo: boolean('demo').notNull().default(false),
  createdAt: createdAt(),
});

export const sessions = pgTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

export const plans = pgTable(
  'plans',
  {
    id: id(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    externalId: text('external_id'),
    name: text('name').notNull(),
    municipalityCode: text('municipality_code').notNull(),
    ownerOrganisationId: uuid('owner_organisation_id')
      .notNull()
      .references(() => organisations.id),
    version: integer('version').notNull().default(1),
    phase: text('phase').notNull(),
    planningStatus: text('planning_status').notNull(),
    planType: text('plan_type'),
    bottlenecks: jsonb('bottlenecks').$type<string[]>().notNull().default([]),
    lat: doublePrecision('lat'),
    lon: doublePrecision('lon'),
    address: text('address'),
    visibility: text('visibility').notNull(),
    businessCase: jsonb('business_case').$type<Record<string, unknown> | null>(),
    deadline: date('deadline', { mode: 'string' }),
    nextMilestoneLabel: text('next_milestone_label'),
    nextMilestoneDate: date('next_milestone_date', { mode: 'string' }),
    notes: text('notes'),
    fictional: boolean('fictional').notNull().default(false),
    // Adaptive programming: an on-hold or withdrawn plan frees the plan capacity it held (core/monitor/types.ts).
    programmeStatus: text('programme_status').notNull().default('active'),
    programmeStatusReason: text('programme_status_reason'),
    programmeStatusAt: timestamp('programme_status_at', { withTimezone: true }),
    // Derived by src/core/programme/norms.ts at every write, kept for sorting and totals over 10,000s of plans.
    totalHomes: integer('total_homes').notNull().default(0),
    socialRentHomes: integer('social_rent_homes').notNull().default(0),
    affordableHomes: integer('affordable_homes').notNull().default(0),
    firstDeliveryYear: integer('first_delivery_year'),
    lastDeliveryYear: integer('last_delivery_year'),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    /** The Dutch full-text vector of name, address and notes for GET /search, kept by PostgreSQL itself. */
    search: tsvector('search').generatedAlwaysAs(
      sql`to_tsvector('dutch'::regconfig, coalesce(name, '') || ' ' || coalesce(address, '') || ' ' || coalesce(notes, ''))`,
    ),
  },
  (t) => [
    index('plans_search_idx').using('gin', t.search),
    index('plans_region_municipality_idx').on(t.regionId, t.municipalityCode),
    index('plans_owner_idx').on(t.ownerOrganisationId),
    index('plans_updated_idx').on(t.updatedAt),
    index('plans_name_trgm_idx').using('gin', sql`${t.name} gin_trgm_ops`),
    uniqueIndex('plans_external_id_idx').on(t.regionId, t.externalId),
  ],
);

export const planSegments = pgTable(
  'plan_segments',
  {
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    segment: text('segment').notNull(),
    homes: integer('homes').notNull(),
    usableAreaM2: integer('usable_area_m2'),
    monthlyRentEur: integer('monthly_rent_eur'),
    priceEur: integer('price_eur'),
  },
  (t) => [primaryKey({ columns: [t.planId, t.position] }), index('plan_segments_segment_idx').on(t.segment)],
);

export const planDeliveries = pgTable(
  'plan_deliveries',
  {
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    homes: integer('homes').notNull(),
  },
  (t) => [primaryKey({ columns: [t.planId, t.year] })],
);

export const planParties = pgTable(
  'plan_parties',
  {
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    role: text('role').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.planId, t.organisationId, t.role] }),
    index('plan_parties_organisation_idx').on(t.organisationId),
  ],
);

export const planVersions = pgTable(
  'plan_versions',
  {
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
    changedBy: uuid('changed_by').references(() => users.id),
    snapshot: jsonb('snapshot').$type<Record<string, unknown>>().notNull(),
    changes: jsonb('changes').$type<{ field: string; before: unknown; after: unknown }[]>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.planId, t.version] })],
);

export const targets = pgTable(
  'targets',
  {
    id: id(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    municipalityCode: text('municipality_code'),
    periodStart: integer('period_start').notNull(),
    periodEnd: integer('period_end').notNull(),
    homes: integer('homes').notNull(),
    socialRentHomes: integer('social_rent_homes'),
    bySegment: jsonb('by_segment').$type<Record<string, number>>().notNull().default({}),
    source: text('source'),
    demo: boolean('demo').notNull().default(false),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('targets_scope_idx').on(t.regionId, t.municipalityCode, t.periodStart, t.periodEnd)],
);

export const realisations = pgTable(
  'realisations',
  {
    municipalityCode: text('municipality_code').notNull(),
    year: integer('year').notNull(),
    segment: text('segment').notNull().default('unknown'),
    homes: integer('homes').notNull(),
    source: text('source'),
    demo: boolean('demo').notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.municipalityCode, t.year, t.segment] })],
);

/** Monitor settings and forecast parameters of a region, editable by its admin (core/monitor/types.ts). */
export const regionSettings = pgTable('region_settings', {
  regionId: uuid('region_id')
    .primaryKey()
    .references(() => regions.id),
  reserveMargin: doublePrecision('reserve_margin').notNull().default(1.3),
  staleAfterMonths: integer('stale_after_months').notNull().default(12),
  forecastParameters: jsonb('forecast_parameters').$type<Record<string, unknown> | null>(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  updatedBy: uuid('updated_by').references(() => users.id),
});

/** Quarterly snapshots of the whole programme (created on demand and by the scheduled job). */
export const programmeSnapshots = pgTable(
  'programme_snapshots',
  {
    id: id(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    quarter: text('quarter').notNull(),
    kind: text('kind').notNull(),
    takenAt: timestamp('taken_at', { withTimezone: true }).notNull().defaultNow(),
    takenBy: uuid('taken_by').references(() => users.id),
    data: jsonb('data').$type<Record<string, unknown>>().notNull(),
  },
  (t) => [index('programme_snapshots_region_idx').on(t.regionId, t.takenAt)],
);

/** Bottlenecks ("knelpunten"): monitor signals and manual entries, with a status, an owner and a note. */
export const bottlenecks = pgTable(
  'bottlenecks',
  {
    id: id(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    signalKey: text('signal_key'),
    kind: text('kind').notNull(),
    municipalityCode: text('municipality_code'),
    planId: uuid('plan_id').references(() => plans.id, { onDelete: 'set null' }),
    title: text('title').notNull(),
    detail: text('detail').notNull(),
    status: text('status').notNull().default('open'),
    ownerOrganisationId: uuid('owner_organisation_id').references(() => organisations.id),
    note: text('note'),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    updatedBy: uuid('updated_by').references(() => users.id),
  },
  (t) => [
    uniqueIndex('bottlenecks_signal_idx').on(t.regionId, t.signalKey),
    index('bottlenecks_status_idx').on(t.regionId, t.status),
  ],
);

export const nationalLimits = pgTable('national_limits', {
  year: integer('year').primaryKey(),
  // Rent ceilings have cents (e.g. € 879,66 in 2025).
  socialRentCeilingEur: numeric('social_rent_ceiling_eur', { precision: 12, scale: 2, mode: 'number' }),
  midRentCeilingEur: numeric('mid_rent_ceiling_eur', { precision: 12, scale: 2, mode: 'number' }),
  affordableBuyLimitEur: numeric('affordable_buy_limit_eur', { precision: 12, scale: 2, mode: 'number' }),
  sources: jsonb('sources').$type<Record<string, string | null>>().notNull().default({}),
  notes: text('notes'),
});

export const municipalityBoundaries = pgTable('municipality_boundaries', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  geometry: jsonb('geometry').$type<Record<string, unknown>>().notNull(),
  source: text('source'),
  loadedAt: timestamp('loaded_at', { withTimezone: true }).notNull().defaultNow(),
});

export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    userId: uuid('user_id'),
    organisationId: uuid('organisation_id'),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id'),
    summary: text('summary').notNull(),
    before: jsonb('before'),
    after: jsonb('after'),
  },
  (t) => [index('audit_log_at_idx').on(t.at), index('audit_log_entity_idx').on(t.entityType, t.entityId)],
);

export const appMeta = pgTable('app_meta', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

/**
 * A plan's schedule (issue 4): the joint one, and the municipality's and the corporation's own versions that are
 * compared and then agreed into the joint one. Activities are stored as the user edited them (src/core/schedule
 * ScheduleActivity[]); dates are computed. `baseline` keeps the activities with their dates when the baseline
 * was set, to show slip.
 */
export const planSchedules = pgTable(
  'plan_schedules',
  {
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    variant: text('variant').notNull().default('joint'),
    version: integer('version').notNull().default(1),
    route: jsonb('route').$type<Record<string, string> | null>(),
    templateKey: text('template_key'),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    activities: jsonb('activities').$type<Record<string, unknown>[]>().notNull(),
    baseline: jsonb('baseline').$type<Record<string, unknown>[] | null>(),
    agreedAt: timestamp('agreed_at', { withTimezone: true }),
    agreedBy: uuid('agreed_by').references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    updatedBy: uuid('updated_by').references(() => users.id),
  },
  (t) => [primaryKey({ columns: [t.planId, t.variant] })],
);

/** Council meeting dates per municipality: decisions in a schedule snap to the next one. */
export const councilMeetings = pgTable(
  'council_meetings',
  {
    municipalityCode: text('municipality_code').notNull(),
    date: date('date', { mode: 'string' }).notNull(),
    label: text('label'),
    demo: boolean('demo').notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.municipalityCode, t.date] })],
);

/** The questionnaire as logbook: every answer is kept (append-only), the newest per question counts. */
export const logbookAnswers = pgTable(
  'logbook_answers',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    questionKey: text('question_key').notNull(),
    answer: text('answer').notNull(),
    note: text('note'),
    answeredAt: timestamp('answered_at', { withTimezone: true }).notNull().defaultNow(),
    answeredBy: uuid('answered_by').references(() => users.id),
  },
  (t) => [index('logbook_answers_plan_idx').on(t.planId, t.answeredAt)],
);

/** Available FTE per role per organisation (issue 4, item 6); a role left out has no recorded capacity. */
export const staffCapacity = pgTable(
  'staff_capacity',
  {
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    role: text('role').notNull(),
    fte: doublePrecision('fte').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    updatedBy: uuid('updated_by').references(() => users.id),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.role] })],
);

/**
 * A what-if on schedules saved as a scenario (issue 4, item 5): the changes, the scope (one plan or every plan
 * of a municipality) and what they did to the end dates when saved. Kept per organisation; never edited.
 */
export const scheduleScenarios = pgTable(
  'schedule_scenarios',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    municipalityCode: text('municipality_code').notNull(),
    planId: uuid('plan_id').references(() => plans.id, { onDelete: 'cascade' }),
    changes: jsonb('changes').$type<Record<string, unknown>[]>().notNull(),
    result: jsonb('result').$type<Record<string, unknown>>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    createdBy: uuid('created_by').references(() => users.id),
  },
  (t) => [index('schedule_scenarios_org_idx').on(t.organisationId, t.createdAt)],
);

/**
 * Holiday periods of a region (recesses): decisions in a schedule do not fall in them (issue 4, item 2). Both days
 * are included. `demo` marks periods that are not from a source.
 */
export const holidayPeriods = pgTable(
  'holiday_periods',
  {
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id, { onDelete: 'cascade' }),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    label: text('label').notNull(),
    demo: boolean('demo').notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.regionId, t.startsOn] })],
);

// ---------------------------------------------------------------------------------------------------------------
// Policy instruments and the regional review (issue 5).

/** A version of a municipality's doelgroepenverordening, in force from `effective_from` until a later version. */
export const ordinances = pgTable(
  'ordinances',
  {
    id: id(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    municipalityCode: text('municipality_code').notNull(),
    effectiveFrom: date('effective_from', { mode: 'string' }).notNull(),
    title: text('title').notNull(),
    /** OrdinanceRule[] (src/core/instruments/ordinance.ts). */
    rules: jsonb('rules').$type<Record<string, unknown>[]>().notNull(),
    hardshipClause: text('hardship_clause').notNull(),
    source: text('source').notNull(),
    demo: boolean('demo').notNull().default(false),
    createdAt: createdAt(),
    createdBy: uuid('created_by').references(() => users.id),
  },
  (t) => [uniqueIndex('ordinances_municipality_from_idx').on(t.municipalityCode, t.effectiveFrom)],
);

/** An exception under the hardship clause for one segment and rule of a plan: motivated, approved, recorded. */
export const hardshipExceptions = pgTable(
  'hardship_exceptions',
  {
    id: id(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    segment: text('segment').notNull(),
    rule: text('rule').notNull(),
    motivation: text('motivation').notNull(),
    approvedBy: text('approved_by').notNull(),
    recordedAt: createdAt(),
    recordedBy: uuid('recorded_by').references(() => users.id),
  },
  (t) => [uniqueIndex('hardship_exceptions_plan_rule_idx').on(t.planId, t.segment, t.rule)],
);

/** A version of a municipality's compensation scheme (compensatieregeling / vereveningsfonds). */
export const compensationSchemes = pgTable(
  'compensation_schemes',
  {
    id: id(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    municipalityCode: text('municipality_code').notNull(),
    effectiveFrom: date('effective_from', { mode: 'string' }).notNull(),
    title: text('title').notNull(),
    /** CompensationMethod (src/core/instruments/compensation.ts). */
    method: jsonb('method').$type<Record<string, unknown>>().notNull(),
    minProjectHomes: integer('min_project_homes').notNull().default(4),
    fundCapPerHomeEur: numeric('fund_cap_per_home_eur', { precision: 12, scale: 2, mode: 'number' }),
    roundingEur: integer('rounding_eur').notNull().default(1),
    source: text('source').notNull(),
    demo: boolean('demo').notNull().default(false),
    createdAt: createdAt(),
    createdBy: uuid('created_by').references(() => users.id),
  },
  (t) => [uniqueIndex('compensation_schemes_municipality_from_idx').on(t.municipalityCode, t.effectiveFrom)],
);

/**
 * A developer's request to pay into the fund instead of building social rent: motivated, checked whether the
 * homes can be built elsewhere, with a confidential open-book attachment, then decided by the municipality.
 */
export const compensationRequests = pgTable(
  'compensation_requests',
  {
    id: id(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    status: text('status').notNull().default('submitted'),
    motivation: text('motivation').notNull(),
    elsewhereChecked: boolean('elsewhere_checked').notNull().default(false),
    elsewhereNote: text('elsewhere_note'),
    attachmentName: text('attachment_name'),
    attachmentType: text('attachment_type'),
    attachment: bytea('attachment'),
    amountEur: numeric('amount_eur', { precision: 14, scale: 2, mode: 'number' }),
    decision: text('decision'),
    decisionNote: text('decision_note'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decidedBy: uuid('decided_by').references(() => users.id),
    createdAt: createdAt(),
    createdBy: uuid('created_by').references(() => users.id),
  },
  (t) => [index('compensation_requests_plan_idx').on(t.planId)],
);

/** The fund's ledger per municipality: payments in, contributions out, corrections; never edited in place. */
export const fundEntries = pgTable(
  'fund_entries',
  {
    id: id(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    municipalityCode: text('municipality_code').notNull(),
    bookedOn: date('booked_on', { mode: 'string' }).notNull(),
    kind: text('kind').notNull(),
    amountEur: numeric('amount_eur', { precision: 14, scale: 2, mode: 'number' }).notNull(),
    homes: integer('homes'),
    planId: uuid('plan_id').references(() => plans.id, { onDelete: 'set null' }),
    requestId: uuid('request_id').references(() => compensationRequests.id),
    correctsId: uuid('corrects_id'),
    description: text('description').notNull(),
    createdAt: createdAt(),
    createdBy: uuid('created_by').references(() => users.id),
  },
  (t) => [index('fund_entries_municipality_idx').on(t.municipalityCode, t.bookedOn)],
);

/** The participation QuickScan of a plan (its latest answers). */
export const quickScans = pgTable('quick_scans', {
  planId: uuid('plan_id')
    .primaryKey()
    .references(() => plans.id, { onDelete: 'cascade' }),
  answers: jsonb('answers').$type<Record<string, number>>().notNull(),
  designated: boolean('designated').notNull().default(false),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  updatedBy: uuid('updated_by').references(() => users.id),
});

/** A participation report of one phase of a plan. */
export const participationReports = pgTable(
  'participation_reports',
  {
    id: id(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    phase: text('phase').notNull(),
    done: text('done').notNull(),
    discussion: text('discussion').notNull(),
    useOfInput: text('use_of_input').notNull(),
    createdAt: createdAt(),
    createdBy: uuid('created_by').references(() => users.id),
  },
  (t) => [index('participation_reports_plan_idx').on(t.planId, t.createdAt)],
);

/** The region's assessment framework for the regional review: criteria with weights and guidance. */
export const reviewFrameworks = pgTable('review_frameworks', {
  regionId: uuid('region_id')
    .primaryKey()
    .references(() => regions.id),
  /** ReviewCriterion[] (src/core/instruments/review.ts). */
  criteria: jsonb('criteria').$type<Record<string, unknown>[]>().notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  updatedBy: uuid('updated_by').references(() => users.id),
});

/** The regional review of a plan of 50 or more homes: opened automatically, scored, advised. */
export const planReviews = pgTable('plan_reviews', {
  planId: uuid('plan_id')
    .primaryKey()
    .references(() => plans.id, { onDelete: 'cascade' }),
  status: text('status').notNull().default('pending'),
  /** Per criterion key: { score, note }. */
  scores: jsonb('scores')
    .$type<Record<string, { score: number | null; note: string | null }>>()
    .notNull()
    .default({}),
  advice: text('advice'),
  adviceText: text('advice_text'),
  openedAt: createdAt(),
  advisedAt: timestamp('advised_at', { withTimezone: true }),
  advisedBy: uuid('advised_by').references(() => users.id),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  version: integer('version').notNull().default(1),
});

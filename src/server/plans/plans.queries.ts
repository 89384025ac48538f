import { and, asc, desc, eq, getTableColumns, gte, ilike, inArray, or, type SQL, sql } from 'drizzle-orm';
import { statusesWithHardness } from '../../core/programme';
import type { Actor } from '../auth/actor';
import { visiblePlans } from '../auth/visibility';
import type { Db, Tx } from '../db/client';
import { organisations, planDeliveries, planParties, planSegments, plans } from '../db/schema';
import type { TListPlansQuery } from './plans.schema';

/** Every column of a plan but its search vector (kept by PostgreSQL for GET /search, never read here). */
const { search: _search, ...PLAN_COLUMNS } = getTableColumns(plans);

export { PLAN_COLUMNS };

export type PlanRow = Omit<typeof plans.$inferSelect, 'search'>;

/** A plan row with its child rows and the names the presenter shows. */
export interface PlanRecord {
  row: PlanRow;
  municipalityName: string;
  ownerName: string;
  segments: (typeof planSegments.$inferSelect)[];
  deliveries: (typeof planDeliveries.$inferSelect)[];
  parties: { organisationId: string; organisationName: string; role: string }[];
}

/**
 * Loads segments, deliveries, parties and municipality names of many plans in four queries (never one per plan).
 * One after the other: inside a transaction they share one connection, which cannot run queries in parallel.
 */
export async function loadPlanRecords(db: Db | Tx, rows: PlanRow[]): Promise<PlanRecord[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  const [segments, deliveries, parties, names] = await inSequence([
    db
      .select()
      .from(planSegments)
      .where(inArray(planSegments.planId, ids))
      .orderBy(asc(planSegments.position)),
    db
      .select()
      .from(planDeliveries)
      .where(inArray(planDeliveries.planId, ids))
      .orderBy(asc(planDeliveries.year)),
    db
      .select({
        planId: planParties.planId,
        organisationId: planParties.organisationId,
        organisationName: organisations.name,
        role: planParties.role,
      })
      .from(planParties)
      .innerJoin(organisations, eq(organisations.id, planParties.organisationId))
      .where(inArray(planParties.planId, ids))
      .orderBy(asc(organisations.name)),
    db
      .select({ id: organisations.id, name: organisations.name, cbsCode: organisations.cbsCode })
      .from(organisations)
      .where(
        or(
          inArray(organisations.id, [...new Set(rows.map((row) => row.ownerOrganisationId))]),
          inArray(organisations.cbsCode, [...new Set(rows.map((row) => row.municipalityCode))]),
        ),
      ),
  ] as const);
  const orgName = new Map(names.map((org) => [org.id, org.name]));
  const muniName = new Map(names.filter((org) => org.cbsCode).map((org) => [org.cbsCode, org.name]));
  return rows.map((row) => ({
    row,
    municipalityName: (muniName.get(row.municipalityCode) ?? row.municipalityCode).replace(/^Gemeente /, ''),
    ownerName: orgName.get(row.ownerOrganisationId) ?? '',
    segments: segments.filter((line) => line.planId === row.id),
    deliveries: deliveries.filter((line) => line.planId === row.id),
    parties: parties
      .filter((party) => party.planId === row.id)
      .map(({ organisationId, organisationName, role }) => ({ organisationId, organisationName, role })),
  }));
}

/** One plan the actor may see, or null. */
export async function findVisiblePlan(db: Db | Tx, actor: Actor, id: string): Promise<PlanRecord | null> {
  const rows = await db
    .select(PLAN_COLUMNS)
    .from(plans)
    .where(and(eq(plans.id, id), visiblePlans(actor)))
    .limit(1);
  const [record] = await loadPlanRecords(db, rows);
  return record ?? null;
}

/** The WHERE clause of a plan list: visibility first, then the filters. */
function listConditions(actor: Actor, query: TListPlansQuery): SQL {
  const conditions: (SQL | undefined)[] = [visiblePlans(actor)];
  if (query.municipality) conditions.push(eq(plans.municipalityCode, query.municipality));
  if (query.phase) conditions.push(eq(plans.phase, query.phase));
  if (query.hardness) conditions.push(inArray(plans.planningStatus, statusesWithHardness(query.hardness)));
  if (query.minHomes !== undefined) conditions.push(gte(plans.totalHomes, query.minHomes));
  if (query.owner === 'mine') conditions.push(eq(plans.ownerOrganisationId, actor.organisationId));
  if (query.segment) {
    conditions.push(
      sql`exists (select 1 from ${planSegments} where ${planSegments.planId} = ${plans.id} and ${planSegments.segment} = ${query.segment} and ${planSegments.homes} > 0)`,
    );
  }
  if (query.q) conditions.push(ilike(plans.name, `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`));
  return and(...conditions) as SQL;
}

const ORDER: Record<string, SQL> = {
  name: sql`${plans.name}`,
  homes: sql`${plans.totalHomes}`,
  municipality: sql`${plans.municipalityCode}`,
  updatedAt: sql`${plans.updatedAt}`,
  delivery: sql`${plans.firstDeliveryYear}`,
};

/** A page of plans with the total count and the totals over every matching plan. */
export async function listPlanRows(db: Db, actor: Actor, query: TListPlansQuery) {
  const where = listConditions(actor, query);
  const key = query.sort.replace(/^-/, '');
  const direction = query.sort.startsWith('-') ? desc : asc;
  const [rows, [totals]] = await Promise.all([
    db
      .select(PLAN_COLUMNS)
      .from(plans)
      .where(where)
      .orderBy(direction(ORDER[key] ?? sql`${plans.name}`), asc(plans.name), asc(plans.id))
      .limit(query.limit)
      .offset(query.offset),
    db
      .select({
        plans: sql<number>`count(*)::int`,
        homes: sql<number>`coalesce(sum(${plans.totalHomes}), 0)::int`,
        socialRentHomes: sql<number>`coalesce(sum(${plans.socialRentHomes}), 0)::int`,
        affordableHomes: sql<number>`coalesce(sum(${plans.affordableHomes}), 0)::int`,
      })
      .from(plans)
      .where(where),
  ]);
  return { rows, totals: totals ?? { plans: 0, homes: 0, socialRentHomes: 0, affordableHomes: 0 } };
}

/** Runs query builders one after the other and returns their results in order. */
async function inSequence<T extends readonly PromiseLike<unknown>[]>(
  queries: T,
): Promise<{ -readonly [K in keyof T]: Awaited<T[K]> }> {
  const results: unknown[] = [];
  for (const query of queries) results.push(await query);
  return results as { -readonly [K in keyof T]: Awaited<T[K]> };
}

import { and, asc, eq, type SQL, sql } from 'drizzle-orm';
import { PARTY_KIND_LABELS } from '../../core/agreements';
import type { Actor } from '../auth/actor';
import { visiblePlans } from '../auth/visibility';
import type { Db } from '../db/client';
import { organisations, plans, users } from '../db/schema';
import { planContacts } from '../db/schema-agreements';

const ROLE_LABELS: Record<string, string> = { admin: 'beheerder', editor: 'bewerker', viewer: 'lezer' };
/** The order of the directory: the region first, then municipalities, corporations, tenants, the rest. */
const KIND_ORDER = [
  'region',
  'municipality',
  'housingAssociation',
  'tenantOrganisation',
  'province',
  'developer',
  'adviser',
];

interface TableSeat {
  tableId: string;
  tableName: string;
  organisationId: string | null;
  roleLabel: string | null;
}

/** Rows of a raw query on either driver (both answer with `{ rows }`). */
async function rowsOf<T>(db: Db, query: SQL): Promise<T[]> {
  return ((await db.execute(query)) as unknown as { rows: T[] }).rows;
}

/**
 * Who sits at which table, read from the meetings area's tables (`meeting_tables`, `table_members`) when they
 * exist. They are built by another part of Woonregie; without them (or with another shape) the directory shows
 * no tables instead of failing.
 */
async function readTableSeats(db: Db, regionId: string): Promise<TableSeat[] | null> {
  try {
    const exists = await rowsOf<{ ok: boolean }>(
      db,
      sql`select to_regclass('meeting_tables') is not null and to_regclass('table_members') is not null as ok`,
    );
    if (!exists[0]?.ok) return null;
    const result = await rowsOf<{
      table_id: string;
      table_name: string;
      organisation_id: string | null;
      role_label: string | null;
    }>(
      db,
      sql`select t.id as table_id, t.name as table_name, m.organisation_id, m.role_label
          from meeting_tables t left join table_members m on m.table_id = t.id
          where t.region_id = ${regionId} order by t.name, m.role_label`,
    );
    return result.map((r) => ({
      tableId: String(r.table_id),
      tableName: r.table_name,
      organisationId: r.organisation_id ? String(r.organisation_id) : null,
      roleLabel: r.role_label,
    }));
  } catch {
    return null;
  }
}

/**
 * GET /directory ("Bel elkaar vaker", seed 003 recommendation 5): the region's organisations with their role
 * accounts and the tables they sit at, and per plan the actor may see who to call for what.
 */
export async function getDirectory({
  db,
  actor,
  municipality,
}: {
  db: Db;
  actor: Actor;
  municipality?: string;
}) {
  const orgs = await db
    .select({
      id: organisations.id,
      name: organisations.name,
      kind: organisations.kind,
      cbsCode: organisations.cbsCode,
    })
    .from(organisations)
    .where(eq(organisations.regionId, actor.regionId))
    .orderBy(asc(organisations.name));
  const accounts = await db
    .select({
      id: users.id,
      organisationId: users.organisationId,
      name: users.name,
      role: users.role,
      email: users.email,
    })
    .from(users)
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(eq(organisations.regionId, actor.regionId))
    .orderBy(asc(users.name));
  const seats = await readTableSeats(db, actor.regionId);
  const rank = (kind: string) => KIND_ORDER.indexOf(kind) + 1 || KIND_ORDER.length + 1;
  const tables = seats
    ? [...new Map(seats.map((s) => [s.tableId, { id: s.tableId, name: s.tableName }])).values()].map(
        (table) => ({
          ...table,
          members: seats
            .filter((s) => s.tableId === table.id && s.organisationId)
            .map((s) => ({
              organisationId: s.organisationId as string,
              organisationName: orgs.find((o) => o.id === s.organisationId)?.name ?? '',
              roleLabel: s.roleLabel ?? '',
            })),
        }),
      )
    : null;
  return {
    tablesAvailable: tables !== null,
    tables: tables ?? [],
    organisations: [...orgs]
      .sort((a, b) => rank(a.kind) - rank(b.kind) || a.name.localeCompare(b.name, 'nl'))
      .map((org) => ({
        ...org,
        kindLabel: PARTY_KIND_LABELS[org.kind] ?? org.kind,
        accounts: accounts
          .filter((a) => a.organisationId === org.id)
          .map((a) => ({
            id: a.id,
            name: a.name,
            role: a.role,
            roleLabel: ROLE_LABELS[a.role] ?? a.role,
            email: a.email,
          })),
        tables: (seats ?? [])
          .filter((s) => s.organisationId === org.id)
          .map((s) => ({ id: s.tableId, name: s.tableName, roleLabel: s.roleLabel ?? '' })),
      })),
    plans: await planContactsOverview(db, actor, municipality),
  };
}

/** Per visible plan (optionally of one municipality) its contacts, plans with contacts first. */
async function planContactsOverview(db: Db, actor: Actor, municipality?: string) {
  const rows = await db
    .select({
      planId: plans.id,
      planName: plans.name,
      municipalityCode: plans.municipalityCode,
      id: planContacts.id,
      organisationName: organisations.name,
      roleLabel: planContacts.roleLabel,
      topic: planContacts.topic,
      phone: planContacts.phone,
      email: planContacts.email,
    })
    .from(planContacts)
    .innerJoin(plans, eq(plans.id, planContacts.planId))
    .innerJoin(organisations, eq(organisations.id, planContacts.organisationId))
    .where(and(visiblePlans(actor), municipality ? eq(plans.municipalityCode, municipality) : undefined))
    .orderBy(asc(plans.name), asc(planContacts.topic));
  const byPlan = new Map<
    string,
    { id: string; name: string; municipalityCode: string; contacts: typeof rows }
  >();
  for (const row of rows) {
    const entry = byPlan.get(row.planId) ?? {
      id: row.planId,
      name: row.planName,
      municipalityCode: row.municipalityCode,
      contacts: [],
    };
    entry.contacts.push(row);
    byPlan.set(row.planId, entry);
  }
  return [...byPlan.values()].map((plan) => ({
    ...plan,
    contacts: plan.contacts.map(({ id, organisationName, roleLabel, topic, phone, email }) => ({
      id,
      organisationName,
      roleLabel,
      topic,
      phone,
      email,
    })),
  }));
}

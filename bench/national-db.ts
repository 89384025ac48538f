import { sql } from 'drizzle-orm';
import pg from 'pg';
import { takeSnapshot } from '../src/core/monitor';
import type { Actor } from '../src/server/auth/actor';
import { importBoundaries } from '../src/server/boundaries/boundaries';
import { type Database, type Db, openPostgres, type Tx } from '../src/server/db/client';
import { migrateDatabase } from '../src/server/db/migrate';
import {
  organisations,
  planDeliveries,
  planParties,
  planSegments,
  plans,
  planVersions,
  programmeSnapshots,
  realisations,
  regions,
  targets,
  users,
} from '../src/server/db/schema';
import { seedNationalLimits } from '../src/server/db/seed';
import { regionOfficeActor } from '../src/server/monitor/monitor.inputs';
import { findMonitorPlans } from '../src/server/monitor/monitor.queries';
import { toPlanColumns } from '../src/server/plans/plans.write';
import { findNationalLimits } from '../src/server/reference/limits.queries';
import { type NationalDataSet, type NationalPlan, TARGET_PERIOD } from './national-generate';
import { type BenchMunicipality, BOUNDARY_FILE } from './national-geo';

/** A region of a bench database: the municipality groups (national-geo.ts) it holds. */
export interface RegionLayout {
  slug: string;
  name: string;
  groups: number[];
}

/** A region as built, with its regional office acting as an admin (a real user, so imports can write). */
export interface BuiltRegion {
  id: string;
  slug: string;
  name: string;
  actor: Actor;
}

/** The URL of database `name` on the server of `base`. */
export function databaseUrl(base: string, name: string): string {
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Drops (when `create` is false) or recreates database `name` through the server's `postgres` database. */
export async function resetDatabase(base: string, name: string, create: boolean): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl(base, 'postgres') });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    if (create) await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
}

/** Multi-row inserts of `size` rows each. */
async function insertChunks<T>(rows: readonly T[], size: number, insert: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

type OrgIds = {
  municipality: Map<string, string>;
  housingAssociation: Map<number, string>;
  developer: Map<number, string>;
};

/** Regions, their offices (with an admin user), the municipalities and per group a corporation and a developer. */
async function insertOrganisations(
  db: Db,
  layout: readonly RegionLayout[],
  municipalities: readonly BenchMunicipality[],
) {
  const regionRows = await db
    .insert(regions)
    .values(layout.map((r) => ({ slug: r.slug, name: r.name, source: 'Benchmark (fictief)' })))
    .returning();
  const regionOfGroup = new Map<number, string>();
  layout.forEach((r, i) => {
    for (const g of r.groups) regionOfGroup.set(g, regionRows[i]?.id as string);
  });
  const offices = await db
    .insert(organisations)
    .values(
      regionRows.map((r) => ({
        regionId: r.id,
        key: `bench-${r.slug}`,
        kind: 'region',
        name: `Regiobureau ${r.name}`,
      })),
    )
    .returning();
  await db.insert(users).values(
    offices.map((o) => ({
      organisationId: o.id,
      email: `${o.key}@bench.woonregie.test`,
      name: `Beheerder ${o.name} (fictief)`,
      role: 'admin',
      passwordHash: 'no-login',
      demo: true,
    })),
  );
  const groups = [...regionOfGroup.keys()];
  const rows = await db
    .insert(organisations)
    .values([
      ...municipalities.map((m) => ({
        regionId: regionOfGroup.get(m.group) as string,
        key: `bench-${m.code}`,
        kind: 'municipality',
        name: `Gemeente ${m.name}`,
        cbsCode: m.code,
        member: true,
        centreLat: m.lat,
        centreLon: m.lon,
      })),
      ...groups.flatMap((g) => [
        {
          regionId: regionOfGroup.get(g) as string,
          key: `bench-ha-${g}`,
          kind: 'housingAssociation',
          name: `Woningcorporatie ${g + 1} (fictief)`,
        },
        {
          regionId: regionOfGroup.get(g) as string,
          key: `bench-dev-${g}`,
          kind: 'developer',
          name: `Ontwikkelaar ${g + 1} (fictief)`,
        },
      ]),
    ])
    .returning();
  const ids: OrgIds = { municipality: new Map(), housingAssociation: new Map(), developer: new Map() };
  for (const row of rows) {
    if (row.cbsCode) ids.municipality.set(row.cbsCode, row.id);
    const group = Number(row.key.split('-').at(-1));
    if (row.kind === 'housingAssociation') ids.housingAssociation.set(group, row.id);
    if (row.kind === 'developer') ids.developer.set(group, row.id);
  }
  return { regionRows, regionOfGroup, ids };
}

/** Targets per municipality and per region (their sum, a third social rent), and the realisations. */
async function insertTargets(
  db: Db,
  data: NationalDataSet,
  municipalities: readonly BenchMunicipality[],
  regionOfGroup: Map<number, string>,
) {
  const groupOf = new Map(municipalities.map((m) => [m.code, m.group]));
  const period = {
    periodStart: TARGET_PERIOD.start,
    periodEnd: TARGET_PERIOD.end,
    source: 'Benchmark (fictief)',
    demo: true,
  };
  const rows = data.targets.map((t) => ({
    ...period,
    regionId: regionOfGroup.get(groupOf.get(t.municipalityCode) ?? -1) as string,
    municipalityCode: t.municipalityCode,
    homes: t.homes,
    socialRentHomes: t.socialRentHomes,
    bySegment: { socialRent: t.socialRentHomes },
  }));
  const perRegion = new Map<string, number>();
  for (const row of rows) perRegion.set(row.regionId, (perRegion.get(row.regionId) ?? 0) + row.homes);
  for (const [regionId, homes] of perRegion) {
    const social = Math.round(homes / 3);
    rows.push({
      ...period,
      regionId,
      municipalityCode: null as unknown as string,
      homes,
      socialRentHomes: social,
      bySegment: { socialRent: social },
    });
  }
  await insertChunks(rows, 1000, (chunk) => db.insert(targets).values(chunk));
  const realised = data.realisations.map((r) => ({ ...r, source: 'Benchmark (fictief)', demo: true }));
  await insertChunks(realised, 2000, (chunk) => db.insert(realisations).values(chunk));
}

/** The plans with their segments, deliveries, parties and first version, in multi-row inserts. */
async function insertPlans(
  tx: Tx,
  batch: readonly NationalPlan[],
  regionOfGroup: Map<number, string>,
  ids: OrgIds,
  limits: Awaited<ReturnType<typeof findNationalLimits>>,
) {
  const withParties = batch.map((p) => {
    const ha = ids.housingAssociation.get(p.group) as string;
    const owner =
      p.owner === 'municipality'
        ? (ids.municipality.get(p.input.municipalityCode) as string)
        : p.owner === 'housingAssociation'
          ? ha
          : (ids.developer.get(p.group) as string);
    const parties =
      p.owner === 'housingAssociation' ? [{ organisationId: ha, role: 'housingAssociation' as const }] : [];
    return { plan: p, owner, input: { ...p.input, parties } };
  });
  await tx.insert(plans).values(
    withParties.map(({ plan, owner, input }) => ({
      ...toPlanColumns(input, limits),
      id: plan.id,
      regionId: regionOfGroup.get(plan.group) as string,
      ownerOrganisationId: owner,
      programmeStatus: plan.programmeStatus,
      fictional: true,
      createdAt: plan.updatedAt,
      updatedAt: plan.updatedAt,
    })),
  );
  const children = <T>(f: (id: string, input: NationalPlan['input']) => T[]) =>
    withParties.flatMap(({ plan, input }) => f(plan.id, input));
  const segments = children((planId, input) =>
    input.segments.map((l, position) => ({ planId, position, segment: l.segment, homes: l.homes })),
  );
  await insertChunks(segments, 5000, (chunk) => tx.insert(planSegments).values(chunk));
  await insertChunks(
    children((planId, input) => input.deliveries.map((d) => ({ planId, ...d }))),
    5000,
    (chunk) => tx.insert(planDeliveries).values(chunk),
  );
  const parties = children((planId, input) => input.parties.map((p) => ({ planId, ...p })));
  if (parties.length) await tx.insert(planParties).values(parties);
  await tx.insert(planVersions).values(
    withParties.map(({ plan, input }) => ({
      planId: plan.id,
      version: 1,
      changedAt: plan.updatedAt,
      snapshot: input as unknown as Record<string, unknown>,
      changes: [],
    })),
  );
}

/**
 * Last quarter's snapshot of each region, made from today's plans with changes undone, so "what changed since"
 * has work: 2% of the plans are new since, 5% delayed a year, 3% changed in size, 1% dropped.
 */
async function insertSnapshots(db: Db, built: readonly BuiltRegion[], today: Date) {
  const takenAt = new Date(today.getTime() - 100 * 86_400_000);
  for (const region of built) {
    const current = takeSnapshot(await findMonitorPlans(db, region.actor), takenAt.toISOString());
    const old = current.plans.flatMap((p, i) => {
      if (i % 50 === 0) return [];
      const shift = i % 20 === 1 && p.firstDeliveryYear !== null ? 1 : 0;
      const moved = {
        ...p,
        firstDeliveryYear: p.firstDeliveryYear === null ? null : p.firstDeliveryYear - shift,
        lastDeliveryYear: p.lastDeliveryYear === null ? null : p.lastDeliveryYear - shift,
      };
      const resized = i % 33 === 2 ? { ...moved, homes: moved.homes + 10 } : moved;
      return i % 100 === 3
        ? [resized, { ...resized, id: `${resized.id.slice(0, -4)}dead`, name: `${resized.name} (vervallen)` }]
        : [resized];
    });
    await db.insert(programmeSnapshots).values({
      regionId: region.id,
      quarter: current.quarter,
      kind: 'scheduled',
      takenAt,
      data: { ...current, plans: old } as unknown as Record<string, unknown>,
    });
  }
}

/**
 * Builds one bench database at `url` (created empty by the caller): migrations, national limits, the 342
 * boundaries, the regions of `layout`, the data set, a snapshot per region, then VACUUM ANALYZE.
 */
export async function buildDatabase(
  url: string,
  layout: readonly RegionLayout[],
  municipalities: readonly BenchMunicipality[],
  data: NationalDataSet,
  today: Date,
): Promise<{ database: Database; regions: BuiltRegion[] }> {
  const database = await openPostgres(url, 4);
  const { db } = database;
  await migrateDatabase(database);
  await seedNationalLimits(db);
  await importBoundaries(db, BOUNDARY_FILE, 'CBS / PDOK, gemeentegrenzen 2025');
  const { regionRows, regionOfGroup, ids } = await insertOrganisations(db, layout, municipalities);
  await insertTargets(db, data, municipalities, regionOfGroup);
  const limits = await findNationalLimits(db);
  await db.transaction(async (tx) => {
    for (let i = 0; i < data.plans.length; i += 1000)
      await insertPlans(tx, data.plans.slice(i, i + 1000), regionOfGroup, ids, limits);
  });
  const [userRows] = await Promise.all([db.select().from(users)]);
  const built: BuiltRegion[] = [];
  for (const region of regionRows) {
    const office = await regionOfficeActor(db, region);
    const user = userRows.find((u) => u.organisationId === office?.organisationId);
    if (!office || !user) throw new Error(`no office for ${region.slug}`);
    built.push({
      id: region.id,
      slug: region.slug,
      name: region.name,
      actor: { ...office, userId: user.id, role: 'admin' },
    });
  }
  await insertSnapshots(db, built, today);
  await db.execute(sql`VACUUM ANALYZE`);
  return { database, regions: built };
}

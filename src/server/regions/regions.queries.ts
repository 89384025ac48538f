import { and, eq, gte, inArray, isNotNull, ne, or, sql } from 'drizzle-orm';
import type { Actor } from '../auth/actor';
import { countedPlans } from '../auth/visibility';
import type { Db } from '../db/client';
import {
  municipalityBoundaries,
  organisations,
  planSegments,
  plans,
  realisations,
  regions,
  targets,
} from '../db/schema';

/** The actor's region when `slugOrId` names it; regions of others are invisible (404 in the service). */
export async function findRegion(db: Db, actor: Actor, slugOrId: string) {
  const [region] = await db
    .select()
    .from(regions)
    .where(
      and(
        eq(regions.id, actor.regionId),
        or(eq(regions.slug, slugOrId), sql`${regions.id}::text = ${slugOrId}`),
      ),
    )
    .limit(1);
  return region ?? null;
}

/** Member municipalities of a region. */
export function findMemberMunicipalities(db: Db, regionId: string) {
  return db
    .select({
      code: organisations.cbsCode,
      name: organisations.name,
      lat: organisations.centreLat,
      lon: organisations.centreLon,
    })
    .from(organisations)
    .where(
      and(
        eq(organisations.regionId, regionId),
        eq(organisations.kind, 'municipality'),
        eq(organisations.member, true),
      ),
    )
    .orderBy(organisations.name);
}

export function findTargets(db: Db, regionId: string) {
  return db.select().from(targets).where(eq(targets.regionId, regionId));
}

/** Homes per municipality and segment in plans not yet delivered, as far as the actor may count them. */
export function sumPlannedBySegment(db: Db, actor: Actor) {
  return db
    .select({
      municipalityCode: plans.municipalityCode,
      segment: planSegments.segment,
      homes: sql<number>`sum(${planSegments.homes})::int`,
    })
    .from(planSegments)
    .innerJoin(plans, eq(plans.id, planSegments.planId))
    .where(and(countedPlans(actor), ne(plans.phase, 'delivered')))
    .groupBy(plans.municipalityCode, planSegments.segment);
}

/** Social-rent and affordable homes per municipality (limits applied at write time by src/core). */
export function sumPlannedShares(db: Db, actor: Actor) {
  return db
    .select({
      municipalityCode: plans.municipalityCode,
      homes: sql<number>`sum(${plans.totalHomes})::int`,
      socialRentHomes: sql<number>`sum(${plans.socialRentHomes})::int`,
      affordableHomes: sql<number>`sum(${plans.affordableHomes})::int`,
    })
    .from(plans)
    .where(and(countedPlans(actor), ne(plans.phase, 'delivered')))
    .groupBy(plans.municipalityCode);
}

export function findRealisations(db: Db, codes: string[], fromYear: number) {
  return db
    .select()
    .from(realisations)
    .where(and(inArray(realisations.municipalityCode, codes), gte(realisations.year, fromYear)));
}

export function findBoundaries(db: Db, codes: string[]) {
  return db.select().from(municipalityBoundaries).where(inArray(municipalityBoundaries.code, codes));
}

/** Plans with a location, for the map. */
export function findMappedPlans(db: Db, actor: Actor) {
  return db
    .select({
      id: plans.id,
      name: plans.name,
      municipalityCode: plans.municipalityCode,
      lat: plans.lat,
      lon: plans.lon,
      homes: plans.totalHomes,
      planningStatus: plans.planningStatus,
      phase: plans.phase,
    })
    .from(plans)
    .where(and(countedPlans(actor), isNotNull(plans.lat), isNotNull(plans.lon)))
    .orderBy(plans.name);
}

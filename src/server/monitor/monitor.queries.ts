import { and, desc, eq, inArray, ne } from 'drizzle-orm';
import type { MonitorPlan, MonitorTarget, Realisation } from '../../core/monitor/types';
import { deriveHardness, type Phase, type PlanningStatus, type Segment } from '../../core/programme';
import type { Actor } from '../auth/actor';
import { countedPlans } from '../auth/visibility';
import type { Db, Tx } from '../db/client';
import {
  planDeliveries,
  planSegments,
  plans,
  programmeSnapshots,
  realisations,
  regionSettings,
  targets,
} from '../db/schema';

/**
 * The plans the actor may count in the monitor (not private drafts), with their segments and deliveries: three
 * flat queries grouped here. (One query with a JSON sub-select per plan cost PostgreSQL 0.3–0.9 s for 30,000
 * plans, much of it in just-in-time compilation; flat rows take a fraction of that.)
 */
export async function findMonitorPlans(
  db: Db | Tx,
  actor: Actor,
  onlyIds?: readonly string[],
): Promise<MonitorPlan[]> {
  const counted = onlyIds ? and(countedPlans(actor), inArray(plans.id, [...onlyIds])) : countedPlans(actor);
  const rows = await db
    .select({
      id: plans.id,
      name: plans.name,
      municipalityCode: plans.municipalityCode,
      phase: plans.phase,
      planningStatus: plans.planningStatus,
      programmeStatus: plans.programmeStatus,
      updatedAt: plans.updatedAt,
      nextMilestoneDate: plans.nextMilestoneDate,
      nextMilestoneLabel: plans.nextMilestoneLabel,
      lat: plans.lat,
      lon: plans.lon,
    })
    .from(plans)
    .where(counted);
  // One after the other: inside a transaction the queries share one connection.
  const segmentRows = await db
    .select({ planId: planSegments.planId, segment: planSegments.segment, homes: planSegments.homes })
    .from(planSegments)
    .innerJoin(plans, eq(plans.id, planSegments.planId))
    .where(counted)
    .orderBy(planSegments.planId, planSegments.position);
  const deliveryRows = await db
    .select({ planId: planDeliveries.planId, year: planDeliveries.year, homes: planDeliveries.homes })
    .from(planDeliveries)
    .innerJoin(plans, eq(plans.id, planDeliveries.planId))
    .where(counted)
    .orderBy(planDeliveries.planId, planDeliveries.year);
  const segments = groupByPlan(segmentRows, ({ segment, homes }) => ({ segment: segment as Segment, homes }));
  const deliveries = groupByPlan(deliveryRows, ({ year, homes }) => ({ year, homes }));
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    municipalityCode: row.municipalityCode,
    phase: row.phase as Phase,
    hardness: deriveHardness(row.planningStatus as PlanningStatus),
    programmeStatus: row.programmeStatus as MonitorPlan['programmeStatus'],
    segments: segments.get(row.id) ?? [],
    deliveries: deliveries.get(row.id) ?? [],
    updatedAt: new Date(row.updatedAt).toISOString(),
    nextMilestoneDate: row.nextMilestoneDate,
    nextMilestoneLabel: row.nextMilestoneLabel,
    lat: row.lat,
    lon: row.lon,
  }));
}

function groupByPlan<R extends { planId: string }, T>(rows: R[], pick: (row: R) => T): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(row.planId);
    if (group) group.push(pick(row));
    else groups.set(row.planId, [pick(row)]);
  }
  return groups;
}

/** Targets of a region: its own (municipalityCode null) and its municipalities'. */
export async function findMonitorTargets(db: Db | Tx, regionId: string): Promise<MonitorTarget[]> {
  const rows = await db.select().from(targets).where(eq(targets.regionId, regionId));
  return rows.map((t) => ({
    municipalityCode: t.municipalityCode,
    periodStart: t.periodStart,
    periodEnd: t.periodEnd,
    homes: t.homes,
    bySegment: t.bySegment as MonitorTarget['bySegment'],
    demo: t.demo,
    source: t.source,
  }));
}

/** Realised homes of the given municipalities, per year and segment. */
export async function findMonitorRealisations(db: Db | Tx, codes: string[]): Promise<Realisation[]> {
  if (codes.length === 0) return [];
  const rows = await db.select().from(realisations).where(inArray(realisations.municipalityCode, codes));
  return rows.map((r) => ({
    municipalityCode: r.municipalityCode,
    year: r.year,
    segment: r.segment as Segment,
    homes: r.homes,
    demo: r.demo,
  }));
}

/** The region's monitor settings row, or null when the defaults apply. */
export async function findRegionSettings(db: Db | Tx, regionId: string) {
  const [row] = await db.select().from(regionSettings).where(eq(regionSettings.regionId, regionId));
  return row ?? null;
}

/** Snapshots of a region, newest first, without their data. */
export function listSnapshots(db: Db | Tx, regionId: string) {
  return db
    .select({
      id: programmeSnapshots.id,
      quarter: programmeSnapshots.quarter,
      kind: programmeSnapshots.kind,
      takenAt: programmeSnapshots.takenAt,
    })
    .from(programmeSnapshots)
    .where(eq(programmeSnapshots.regionId, regionId))
    .orderBy(desc(programmeSnapshots.takenAt));
}

/** One snapshot with its data; `beforeQuarter` finds the newest of an earlier quarter. */
export async function findSnapshot(
  db: Db | Tx,
  regionId: string,
  options: { id?: string; notQuarter?: string },
) {
  const conditions = [eq(programmeSnapshots.regionId, regionId)];
  if (options.id) conditions.push(eq(programmeSnapshots.id, options.id));
  if (options.notQuarter) conditions.push(ne(programmeSnapshots.quarter, options.notQuarter));
  const [row] = await db
    .select()
    .from(programmeSnapshots)
    .where(and(...conditions))
    .orderBy(desc(programmeSnapshots.takenAt))
    .limit(1);
  return row ?? null;
}

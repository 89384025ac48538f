import { and, desc, eq, sql } from 'drizzle-orm';
import type { MonitorPlan } from '../../core/monitor/types';
import { type Actor, isRegionStaff } from '../auth/actor';
import type { Db, Tx } from '../db/client';
import { plans, programmeSnapshots } from '../db/schema';
import { findMonitorPlans } from './monitor.queries';

/**
 * Reading every plan of a whole country (30,000 plans with their segments and deliveries) costs PostgreSQL and
 * the driver about 250 ms, most of the monitor's time. The plans change far less often than the monitor is read,
 * so the monitor keeps its last read per region and audience and checks, on every call, that the plans are
 * still the same: the number of plans and a hash over every plan's id and version. Every write of a plan raises
 * its version (edit, programme status, import) and a new plan adds an id, so any change — in this process or
 * another on the same PostgreSQL — fails the check and the plans are read again. Snapshots never change, so
 * their data is kept by id.
 */

const MAX_ENTRIES = 8;

interface PlanEntry {
  fingerprint: string;
  plans: MonitorPlan[];
}

interface DbCache {
  plans: Map<string, PlanEntry>;
  snapshots: Map<string, Record<string, unknown>>;
}

/** One cache per database handle, so tests with several databases in one process never share entries. */
const caches = new WeakMap<object, DbCache>();

function cacheOf(db: Db | Tx): DbCache {
  let cache = caches.get(db);
  if (!cache) {
    cache = { plans: new Map(), snapshots: new Map() };
    caches.set(db, cache);
  }
  return cache;
}

/** Keeps at most MAX_ENTRIES, dropping the least recently used. */
function remember<T>(map: Map<string, T>, key: string, value: T): void {
  map.delete(key);
  map.set(key, value);
  while (map.size > MAX_ENTRIES) {
    const oldest = map.keys().next().value;
    if (oldest === undefined) break;
    map.delete(oldest);
  }
}

/** Count and hash of (id, version) over every plan of the region: any plan change changes it. */
export async function planFingerprint(db: Db | Tx, regionId: string): Promise<string> {
  const [row] = await db
    .select({
      count: sql<number>`count(*)::int`,
      hash: sql<string>`coalesce(sum(hashtext(${plans.id}::text || ':' || ${plans.version}::text)::bigint), 0)::text`,
    })
    .from(plans)
    .where(eq(plans.regionId, regionId));
  return `${row?.count ?? 0}:${row?.hash ?? '0'}`;
}

/**
 * The plans the actor may count in the monitor (as findMonitorPlans), from the cache when the region's plans are
 * unchanged. The audience is the regional office (it counts every shared plan) or one organisation.
 */
export async function findMonitorPlansCached(db: Db, actor: Actor, regionId: string): Promise<MonitorPlan[]> {
  const cache = cacheOf(db);
  const key = `${regionId}|${isRegionStaff(actor) ? 'region' : actor.organisationId}`;
  const fingerprint = await planFingerprint(db, regionId);
  const hit = cache.plans.get(key);
  if (hit && hit.fingerprint === fingerprint) {
    remember(cache.plans, key, hit);
    return hit.plans;
  }
  const found = await findMonitorPlans(db, actor);
  // Read again after the plans: a write in between would otherwise be cached under the older fingerprint.
  if ((await planFingerprint(db, regionId)) === fingerprint)
    remember(cache.plans, key, { fingerprint, plans: found });
  return found;
}

/** The region's newest snapshot with its data; the data of a snapshot is read once and then kept by id. */
export async function findNewestSnapshotCached(db: Db, regionId: string) {
  const [row] = await db
    .select({
      id: programmeSnapshots.id,
      quarter: programmeSnapshots.quarter,
      kind: programmeSnapshots.kind,
      takenAt: programmeSnapshots.takenAt,
    })
    .from(programmeSnapshots)
    .where(eq(programmeSnapshots.regionId, regionId))
    .orderBy(desc(programmeSnapshots.takenAt))
    .limit(1);
  if (!row) return null;
  const cache = cacheOf(db);
  let data = cache.snapshots.get(row.id);
  if (!data) {
    const [full] = await db
      .select({ data: programmeSnapshots.data })
      .from(programmeSnapshots)
      .where(and(eq(programmeSnapshots.id, row.id), eq(programmeSnapshots.regionId, regionId)));
    data = full?.data ?? { plans: [] };
  }
  remember(cache.snapshots, row.id, data);
  return { ...row, data };
}

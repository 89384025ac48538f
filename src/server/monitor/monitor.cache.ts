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
 * another on the same PostgreSQL — fails the check. Then only the plans whose version changed (or that are
 * new) are read again, and plans that are gone are dropped. Snapshots never change, so their data is kept by id.
 */

/** At most this many entries of each kind, and at most this many plans over all plan entries (~50 MB). */
const MAX_ENTRIES = 64;
const MAX_PLANS = 100_000;
/** More changed plans than this since the last read: read them all again. */
const MAX_CHANGED = 2000;

interface PlanEntry {
  fingerprint: string;
  /** Every plan of the region (visible to this audience or not) with its version. */
  versions: Map<string, number>;
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

/** Keeps at most MAX_ENTRIES (and `tooBig` false), dropping the least recently used. */
function remember<T>(map: Map<string, T>, key: string, value: T, tooBig: () => boolean = () => false): void {
  map.delete(key);
  map.set(key, value);
  while (map.size > 1 && (map.size > MAX_ENTRIES || tooBig())) {
    const oldest = map.keys().next().value;
    if (oldest === undefined) break;
    map.delete(oldest);
  }
}

function planCount(entries: Map<string, PlanEntry>): number {
  let count = 0;
  for (const entry of entries.values()) count += entry.plans.length;
  return count;
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

async function planVersions(db: Db, regionId: string): Promise<Map<string, number>> {
  const rows = await db
    .select({ id: plans.id, version: plans.version })
    .from(plans)
    .where(eq(plans.regionId, regionId));
  return new Map(rows.map((row) => [row.id, row.version]));
}

/** The cached list brought up to date: changed and new plans read again, plans that are gone dropped. */
async function refresh(db: Db, actor: Actor, entry: PlanEntry | undefined, versions: Map<string, number>) {
  if (!entry) return findMonitorPlans(db, actor);
  const changed = [...versions]
    .filter(([id, version]) => entry.versions.get(id) !== version)
    .map(([id]) => id);
  if (changed.length > MAX_CHANGED) return findMonitorPlans(db, actor);
  const fresh = new Map(
    (changed.length ? await findMonitorPlans(db, actor, changed) : []).map((p) => [p.id, p]),
  );
  const stale = new Set(changed);
  const kept = entry.plans.flatMap((plan) => {
    if (!versions.has(plan.id)) return [];
    if (!stale.has(plan.id)) return [plan];
    const update = fresh.get(plan.id);
    fresh.delete(plan.id);
    return update ? [update] : [];
  });
  return [...kept, ...fresh.values()];
}

/**
 * The plans the actor may count in the monitor (as findMonitorPlans), from the cache when the region's plans are
 * unchanged and brought up to date when some changed. The audience is the regional office (it counts every
 * shared plan) or one organisation.
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
  const versions = await planVersions(db, regionId);
  const found = await refresh(db, actor, hit, versions);
  // Read again after the plans: a write in between would otherwise be cached under the older versions.
  if ((await planFingerprint(db, regionId)) === fingerprint) {
    const entry = { fingerprint, versions, plans: found };
    remember(cache.plans, key, entry, () => planCount(cache.plans) > MAX_PLANS);
  }
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

/** Results computed from one plan list, kept as long as that list is (the plan cache hands out the same array). */
const derived = new WeakMap<readonly MonitorPlan[], Map<string, unknown>>();

/**
 * `compute()` once per plan list and key: the monitor's per-plan work (occupied capacity, the snapshot of now and
 * its comparison, the map points) is the same while the plans are, whoever asks and however often.
 */
export function derivedFrom<T>(plans: readonly MonitorPlan[], key: string, compute: () => T): T {
  let results = derived.get(plans);
  if (!results) {
    results = new Map();
    derived.set(plans, results);
  }
  if (!results.has(key)) {
    if (results.size >= MAX_ENTRIES) results.clear();
    results.set(key, compute());
  }
  return results.get(key) as T;
}

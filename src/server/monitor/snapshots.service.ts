import { and, eq } from 'drizzle-orm';
import {
  compareSnapshots,
  detectSignals,
  type ProgrammeSnapshot,
  quarterOf,
  takeSnapshot,
} from '../../core/monitor';
import { writeAudit } from '../audit/audit';
import { type Actor, canWrite, isRegionStaff } from '../auth/actor';
import { recordSignals } from '../bottlenecks/bottlenecks.service';
import type { Db } from '../db/client';
import { programmeSnapshots, regions } from '../db/schema';
import { AppError } from '../http/errors';
import { loadMonitorInputs, regionOfficeActor } from './monitor.inputs';
import { findMonitorPlans, findSnapshot, listSnapshots } from './monitor.queries';
import { computeMonitor } from './monitor.service';
import { requireRegion } from './targets.service';

/** Snapshots of the actor's region, newest first. */
export async function getSnapshots({ db, actor, regionId }: { db: Db; actor: Actor; regionId: string }) {
  const region = await requireRegion(db, actor, regionId);
  const rows = await listSnapshots(db, region.id);
  return { items: rows.map((row) => ({ ...row, takenAt: row.takenAt.toISOString() })) };
}

/**
 * Takes a snapshot of the whole programme as the regional office counts it (every plan but private drafts).
 * `actor` null: the scheduled job.
 */
export async function createSnapshot(
  db: Db,
  region: { id: string; slug: string; name: string },
  actor: Actor | null,
  kind: 'manual' | 'scheduled',
  now = new Date(),
) {
  const office = await regionOfficeActor(db, region);
  if (!office) throw new AppError('notFound', 'Deze regio heeft geen regiobureau.');
  const plans = await findMonitorPlans(db, office);
  const snapshot = takeSnapshot(plans, now.toISOString());
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(programmeSnapshots)
      .values({
        regionId: region.id,
        quarter: snapshot.quarter,
        kind,
        takenAt: now,
        takenBy: actor?.userId ?? null,
        data: snapshot as unknown as Record<string, unknown>,
      })
      .returning({
        id: programmeSnapshots.id,
        quarter: programmeSnapshots.quarter,
        takenAt: programmeSnapshots.takenAt,
      });
    if (!row) throw new Error('insert returned no row');
    await writeAudit(tx, actor, {
      action: 'create',
      entityType: 'snapshot',
      entityId: row.id,
      summary: `Momentopname ${snapshot.quarter} van ${snapshot.plans.length} plannen`,
      after: { quarter: snapshot.quarter, kind },
    });
    return {
      id: row.id,
      quarter: row.quarter,
      kind,
      takenAt: row.takenAt.toISOString(),
      plans: snapshot.plans.length,
    };
  });
}

/** POST /regions/{id}/snapshots: only the regional office takes snapshots by hand. */
export async function createSnapshotByHand({
  db,
  actor,
  regionId,
}: {
  db: Db;
  actor: Actor;
  regionId: string;
}) {
  const region = await requireRegion(db, actor, regionId);
  if (!isRegionStaff(actor) || !canWrite(actor)) {
    throw new AppError('forbidden', 'Alleen het regiobureau maakt momentopnamen van het programma.');
  }
  return createSnapshot(db, region, actor, 'manual');
}

/** Compares two snapshots (older first), showing only plans the actor may count now. */
export async function compareSnapshotPair({
  db,
  actor,
  regionId,
  from,
  to,
}: {
  db: Db;
  actor: Actor;
  regionId: string;
  from: string;
  to: string;
}) {
  const region = await requireRegion(db, actor, regionId);
  const [older, newer, visible] = await Promise.all([
    findSnapshot(db, region.id, { id: from }),
    findSnapshot(db, region.id, { id: to }),
    findMonitorPlans(db, actor),
  ]);
  if (!older || !newer) throw new AppError('notFound', 'Een van de momentopnamen bestaat niet.');
  const ids = new Set(visible.map((plan) => plan.id));
  const only = (data: unknown) => {
    const snapshot = data as ProgrammeSnapshot;
    return { ...snapshot, plans: snapshot.plans.filter((plan) => ids.has(plan.id)) };
  };
  return {
    from: { id: older.id, quarter: older.quarter, takenAt: older.takenAt.toISOString() },
    to: { id: newer.id, quarter: newer.quarter, takenAt: newer.takenAt.toISOString() },
    ...compareSnapshots(only(older.data), only(newer.data)),
  };
}

/** Records the region's current monitor signals as bottlenecks; returns how many were new. */
export async function recordRegionSignals(
  db: Db,
  region: { id: string; slug: string; name: string },
  actor: Actor | null,
  today = new Date(),
) {
  const office = await regionOfficeActor(db, region);
  if (!office) return 0;
  const inputs = await loadMonitorInputs(db, office, region.id);
  const { aggregate, occupied } = computeMonitor(inputs, today);
  const signals = detectSignals({ aggregate, occupied });
  return recordSignals(db, region.id, signals, actor);
}

/**
 * The scheduled job: once per quarter a snapshot of every region, and every run the monitor signals as
 * bottlenecks. Runs at start and then every `intervalMs`; errors are logged, never fatal.
 */
export function startMonitorJob(db: Db, log: (error: unknown) => void, intervalMs = 6 * 60 * 60 * 1000) {
  const run = async () => {
    const now = new Date();
    for (const region of await db.select().from(regions)) {
      const [existing] = await db
        .select({ id: programmeSnapshots.id })
        .from(programmeSnapshots)
        .where(
          and(
            eq(programmeSnapshots.regionId, region.id),
            eq(programmeSnapshots.quarter, quarterOf(now)),
            eq(programmeSnapshots.kind, 'scheduled'),
          ),
        )
        .limit(1);
      if (!existing) await createSnapshot(db, region, null, 'scheduled', now);
      await recordRegionSignals(db, region, null, now);
    }
  };
  const tick = () => void run().catch(log);
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  setTimeout(tick, 5_000).unref();
  return () => clearInterval(timer);
}

import { sumHomes } from '../programme';
import type { MonitorPlan } from './types';

/** One plan as a quarterly snapshot keeps it. */
export interface SnapshotPlan {
  id: string;
  name: string;
  municipalityCode: string;
  phase: MonitorPlan['phase'];
  hardness: MonitorPlan['hardness'];
  programmeStatus: MonitorPlan['programmeStatus'];
  homes: number;
  firstDeliveryYear: number | null;
  lastDeliveryYear: number | null;
}

export interface ProgrammeSnapshot {
  takenAt: string;
  quarter: string;
  plans: SnapshotPlan[];
}

/** The quarter of a date, as `2026-Q4` (Europe/Amsterdam and UTC agree except around midnight at a quarter's edge). */
export function quarterOf(date: Date): string {
  return `${date.getUTCFullYear()}-Q${Math.floor(date.getUTCMonth() / 3) + 1}`;
}

/** The whole programme at one moment. */
export function takeSnapshot(plans: readonly MonitorPlan[], takenAt: string): ProgrammeSnapshot {
  return {
    takenAt,
    quarter: quarterOf(new Date(takenAt)),
    plans: plans.map((plan) => {
      const years = plan.deliveries.map((d) => d.year);
      return {
        id: plan.id,
        name: plan.name,
        municipalityCode: plan.municipalityCode,
        phase: plan.phase,
        hardness: plan.hardness,
        programmeStatus: plan.programmeStatus,
        homes: sumHomes(plan.segments),
        firstDeliveryYear: years.length ? Math.min(...years) : null,
        lastDeliveryYear: years.length ? Math.max(...years) : null,
      };
    }),
  };
}

type Entry = Pick<SnapshotPlan, 'id' | 'name' | 'municipalityCode' | 'homes'>;
const entry = (p: SnapshotPlan): Entry => ({
  id: p.id,
  name: p.name,
  municipalityCode: p.municipalityCode,
  homes: p.homes,
});

/**
 * What changed between two snapshots: plans added, dropped (gone, or put on hold or withdrawn), moved (a
 * different phase or hardness) and delayed (first delivery later).
 */
export function compareSnapshots(older: ProgrammeSnapshot, newer: ProgrammeSnapshot) {
  const before = new Map(older.plans.map((p) => [p.id, p]));
  const after = new Map(newer.plans.map((p) => [p.id, p]));
  const active = (p: SnapshotPlan | undefined) => p !== undefined && p.programmeStatus === 'active';
  const added = newer.plans.filter((p) => !before.has(p.id)).map(entry);
  const dropped = older.plans
    .filter((p) => active(p) && !active(after.get(p.id)))
    .map((p) => ({ ...entry(p), status: after.get(p.id)?.programmeStatus ?? 'removed' }));
  const moved = [];
  const delayed = [];
  for (const p of newer.plans) {
    const old = before.get(p.id);
    if (!old) continue;
    if (old.phase !== p.phase || old.hardness !== p.hardness) {
      moved.push({
        ...entry(p),
        from: { phase: old.phase, hardness: old.hardness },
        to: { phase: p.phase, hardness: p.hardness },
      });
    }
    if (
      old.firstDeliveryYear !== null &&
      p.firstDeliveryYear !== null &&
      p.firstDeliveryYear > old.firstDeliveryYear
    ) {
      delayed.push({
        ...entry(p),
        from: old.firstDeliveryYear,
        to: p.firstDeliveryYear,
        years: p.firstDeliveryYear - old.firstDeliveryYear,
      });
    }
  }
  return { added, dropped, moved, delayed };
}

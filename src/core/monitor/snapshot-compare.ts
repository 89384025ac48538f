import type { ProgrammeSnapshot, SnapshotPlan } from './snapshot';

/** A plan in a comparison of snapshots. */
export type SnapshotEntry = Pick<SnapshotPlan, 'id' | 'name' | 'municipalityCode' | 'homes'>;

/** What changed between two snapshots, per plan and counted per municipality. */
export interface SnapshotComparison {
  added: SnapshotEntry[];
  /** Gone from the newer snapshot ('removed'), or put on hold or withdrawn since. */
  dropped: (SnapshotEntry & { status: SnapshotPlan['programmeStatus'] | 'removed' })[];
  moved: (SnapshotEntry & {
    from: Pick<SnapshotPlan, 'phase' | 'hardness'>;
    to: Pick<SnapshotPlan, 'phase' | 'hardness'>;
  })[];
  /** First delivery year later than before, by `years`. */
  delayed: (SnapshotEntry & { from: number; to: number; years: number })[];
  byMunicipality: { code: string; added: number; dropped: number; moved: number; delayed: number }[];
}

const entry = (p: SnapshotPlan): SnapshotEntry => ({
  id: p.id,
  name: p.name,
  municipalityCode: p.municipalityCode,
  homes: p.homes,
});
const isActive = (p: SnapshotPlan | undefined) => p?.programmeStatus === 'active';

/** Counts the changes per municipality (codes in order). */
function countPerMunicipality(lists: Omit<SnapshotComparison, 'byMunicipality'>) {
  const counts = new Map<string, SnapshotComparison['byMunicipality'][number]>();
  for (const kind of ['added', 'dropped', 'moved', 'delayed'] as const) {
    for (const plan of lists[kind]) {
      const code = plan.municipalityCode;
      const row = counts.get(code) ?? { code, added: 0, dropped: 0, moved: 0, delayed: 0 };
      row[kind] += 1;
      counts.set(code, row);
    }
  }
  return [...counts.values()].sort((a, b) => a.code.localeCompare(b.code));
}

/**
 * What changed between two snapshots (the quarterly comparison of adaptive programming, seed 003): plans
 * added, dropped (gone, or no longer active), moved (another phase or hardness, with from and to) and delayed
 * (a later first delivery year), each with its homes, and the counts per municipality.
 */
export function compareSnapshots(older: ProgrammeSnapshot, newer: ProgrammeSnapshot): SnapshotComparison {
  const before = new Map(older.plans.map((p) => [p.id, p]));
  const after = new Map(newer.plans.map((p) => [p.id, p]));
  const lists: Omit<SnapshotComparison, 'byMunicipality'> = {
    added: newer.plans.filter((p) => !before.has(p.id)).map(entry),
    dropped: older.plans
      .filter((p) => isActive(p) && !isActive(after.get(p.id)))
      .map((p) => ({ ...entry(p), status: after.get(p.id)?.programmeStatus ?? 'removed' })),
    moved: [],
    delayed: [],
  };
  for (const p of newer.plans) {
    const old = before.get(p.id);
    if (!old) continue;
    if (old.phase !== p.phase || old.hardness !== p.hardness) {
      const from = { phase: old.phase, hardness: old.hardness };
      lists.moved.push({ ...entry(p), from, to: { phase: p.phase, hardness: p.hardness } });
    }
    const [was, is] = [old.firstDeliveryYear, p.firstDeliveryYear];
    if (was !== null && is !== null && is > was)
      lists.delayed.push({ ...entry(p), from: was, to: is, years: is - was });
  }
  return { ...lists, byMunicipality: countPerMunicipality(lists) };
}

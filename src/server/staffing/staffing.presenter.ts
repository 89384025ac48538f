import { type CapacityComparison, HOURS_PER_FTE, type StaffingSchedule } from '../../core/staffing';
import type { OrganisationRow } from './staffing.queries';

/** FTE to three decimals (a tenth of an hour a week is 0.003 FTE): enough to sum, readable as JSON. */
const round = (fte: number) => Math.round(fte * 1000) / 1000;

/**
 * The staffing answer: the heatmap's cells name their plans by id (a plan may be in hundreds of cells);
 * `plans` has the names, and each over-allocation names its plans in full.
 */
export function presentStaffing({
  organisation,
  from,
  parties,
  schedules,
  skipped,
  capacity,
  comparison,
  canEditCapacity,
}: {
  organisation: OrganisationRow;
  from: string;
  parties: string[] | null;
  schedules: StaffingSchedule[];
  skipped: { id: string; name: string }[];
  capacity: Record<string, number>;
  comparison: CapacityComparison;
  canEditCapacity: boolean;
}) {
  return {
    organisation: { id: organisation.id, name: organisation.name, kind: organisation.kind },
    from,
    months: comparison.months,
    hoursPerFte: HOURS_PER_FTE,
    parties,
    canEditCapacity,
    capacity: Object.entries(capacity).map(([role, fte]) => ({ role, fte })),
    plans: schedules.map((s) => ({ id: s.planId, name: s.planName })),
    skipped,
    roles: comparison.roles.map((row) => ({
      role: row.role,
      available: row.available,
      peak: round(row.peak),
      cells: row.cells.map((cell) => ({
        month: cell.month,
        fte: round(cell.fte),
        over: cell.over,
        shortage: round(cell.shortage),
        plans: cell.plans.map((share) => ({ planId: share.planId, fte: round(share.fte) })),
      })),
    })),
    overAllocations: comparison.overAllocations.map((over) => ({
      ...over,
      fte: round(over.fte),
      shortage: round(over.shortage),
      plans: over.plans.map((share) => ({ ...share, fte: round(share.fte) })),
    })),
  };
}

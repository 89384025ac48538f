import { orderRoles } from './demand';
import type { CapacityCell, CapacityComparison, OverAllocation, RoleCapacity, StaffDemand } from './types';

/** Demand may exceed capacity by float noise (0.1 + 0.2) without being called over-allocated. */
const TOLERANCE = 1e-9;

/**
 * Puts staff demand against the FTE available per role: a role-month is over-allocated when its demand exceeds
 * what is available. A role without recorded capacity is shown but never flagged: an organisation records only
 * the roles it staffs (a municipality has no corporatie-projectontwikkelaar). Roles with capacity but no demand
 * are listed too, with zero cells.
 */
export function compareWithCapacity(
  demand: StaffDemand,
  available: Readonly<Record<string, number>>,
): CapacityComparison {
  const byRole = new Map(demand.roles.map((row) => [row.role, row.cells]));
  const overAllocations: OverAllocation[] = [];
  const roles: RoleCapacity[] = orderRoles([...byRole.keys(), ...Object.keys(available)]).map((role) => {
    const fte = Object.hasOwn(available, role) ? (available[role] as number) : null;
    const demandCells = byRole.get(role) ?? demand.months.map((month) => ({ month, fte: 0, plans: [] }));
    let peak = 0;
    const cells = demandCells.map((cell): CapacityCell => {
      peak = Math.max(peak, cell.fte);
      const over = fte !== null && cell.fte > fte + TOLERANCE;
      const shortage = over ? cell.fte - (fte as number) : 0;
      if (over) overAllocations.push({ role, ...cell, available: fte as number, shortage });
      return { ...cell, available: fte, over, shortage };
    });
    return { role, available: fte, peak, cells };
  });
  return { months: demand.months, roles, overAllocations };
}

import { ROLES } from '../route-map/schema';
import { dayOf, monthWindow } from './months';
import type {
  PlanShare,
  RoleDemand,
  StaffDemand,
  StaffDemandOptions,
  StaffingActivity,
  StaffingSchedule,
} from './types';

/**
 * Hours per week of one FTE. Assumption: the full-time week of the CAO Gemeenten and of the CAO Woondiensten
 * (housing associations), the two employers whose staff the route map's roles are, is 36 hours. An organisation
 * with a 38- or 40-hour week records its available FTE in 36-hour units, or this constant becomes a setting.
 */
export const HOURS_PER_FTE = 36;

/** Route map roles first, in their order; roles the route map does not know after them, alphabetically. */
export function orderRoles(roles: Iterable<string>): string[] {
  const rank = new Map<string, number>(ROLES.map((role, i) => [role, i]));
  return [...new Set(roles)].sort(
    (a, b) => (rank.get(a) ?? ROLES.length) - (rank.get(b) ?? ROLES.length) || a.localeCompare(b, 'nl'),
  );
}

/** Per role: demand per month and, per month, FTE per plan (by index in `schedules`). */
interface Grid {
  fte: Float64Array;
  plans: (Map<number, number> | undefined)[];
}

function gridOf(grids: Map<string, Grid>, role: string, months: number): Grid {
  let grid = grids.get(role);
  if (!grid) {
    grid = { fte: new Float64Array(months), plans: new Array(months) };
    grids.set(role, grid);
  }
  return grid;
}

/** Adds one activity's FTE to the months of the window it runs in, pro rata by days. */
function spreadActivity(
  grids: Map<string, Grid>,
  bounds: number[],
  planIndex: number,
  activity: StaffingActivity,
) {
  const months = bounds.length - 1;
  const lo = Math.max(dayOf(activity.start), bounds[0] as number);
  const hi = Math.min(dayOf(activity.end), bounds[months] as number);
  if (hi <= lo) return;
  let m = Math.min(months - 1, Math.floor((lo - (bounds[0] as number)) / 31));
  while ((bounds[m + 1] as number) <= lo) m++;
  for (; m < months && (bounds[m] as number) < hi; m++) {
    const start = bounds[m] as number;
    const end = bounds[m + 1] as number;
    const share = (Math.min(hi, end) - Math.max(lo, start)) / (end - start);
    for (const { role, hoursPerWeek } of activity.staffing) {
      if (hoursPerWeek > 0)
        addShare(gridOf(grids, role, months), m, planIndex, (hoursPerWeek / HOURS_PER_FTE) * share);
    }
  }
}

function addShare(grid: Grid, month: number, planIndex: number, fte: number) {
  grid.fte[month] = (grid.fte[month] as number) + fte;
  let plans = grid.plans[month];
  if (!plans) {
    plans = new Map();
    grid.plans[month] = plans;
  }
  plans.set(planIndex, (plans.get(planIndex) ?? 0) + fte);
}

/**
 * Staff demand per role × month in FTE across the plans' schedules. An activity of `h` hours per week per role
 * adds `h / HOURS_PER_FTE` FTE for each day it runs, averaged over the month: a month it runs 10 of 30 days
 * gets a third. The window is `options.months` months from `options.from`; days outside it do not count.
 *
 * @example
 * computeStaffDemand(
 *   [{ planId: 'p', planName: 'Plan', activities: [{ start: '2027-01-01', end: '2027-03-01', staffing: [{ role: 'jurist', hoursPerWeek: 18 }] }] }],
 *   { from: '2027-01', months: 3 },
 * ); // jurist: 0.5 FTE in 2027-01 and 2027-02, 0 in 2027-03
 */
export function computeStaffDemand(
  schedules: readonly StaffingSchedule[],
  options: StaffDemandOptions,
): StaffDemand {
  const { keys, bounds } = monthWindow(options.from, options.months);
  const parties = options.parties ? new Set(options.parties) : null;
  const grids = new Map<string, Grid>();
  schedules.forEach((schedule, planIndex) => {
    for (const activity of schedule.activities) {
      if (parties && activity.party && !parties.has(activity.party)) continue;
      spreadActivity(grids, bounds, planIndex, activity);
    }
  });
  const roles: RoleDemand[] = orderRoles(grids.keys()).map((role) => {
    const grid = grids.get(role) as Grid;
    return {
      role,
      cells: keys.map((month, m) => ({
        month,
        fte: grid.fte[m] as number,
        plans: presentPlans(schedules, grid.plans[m]),
      })),
    };
  });
  return { months: keys, roles };
}

/** The plans of one cell, largest share first, then by name. */
function presentPlans(schedules: readonly StaffingSchedule[], plans: Map<number, number> | undefined) {
  if (!plans) return [];
  const shares: PlanShare[] = [];
  for (const [index, fte] of plans) {
    const schedule = schedules[index] as StaffingSchedule;
    shares.push({ planId: schedule.planId, planName: schedule.planName, fte });
  }
  return shares.sort((a, b) => b.fte - a.fte || a.planName.localeCompare(b.planName, 'nl'));
}

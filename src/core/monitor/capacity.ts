import { sumHomes } from '../programme';
import type { MonitorPlan } from './types';

/**
 * Which plans count as plan capacity. A plan counts while it is active (adaptive programming, seed 003: on-hold
 * and withdrawn plans free their room), not yet delivered (delivered homes are counted through the
 * realisations), and hard or soft: 5A/5B plans are internal and are not plan capacity
 * (interop-planmonitor-wonen.md; facts-region.md §4.1).
 */
export function countsAsCapacity(plan: MonitorPlan): boolean {
  return plan.programmeStatus === 'active' && plan.phase !== 'delivered' && plan.hardness !== 'internal';
}

/** A plan frees capacity when it is put on hold or withdrawn before it was delivered. */
export function freesCapacity(plan: MonitorPlan): boolean {
  return plan.programmeStatus !== 'active' && plan.phase !== 'delivered';
}

/** The homes of a plan: its segment lines summed (the capacity it holds). */
export function planHomes(plan: MonitorPlan): number {
  return sumHomes(plan.segments);
}

/**
 * Cumulative straight path to a target: 0 before the period starts, the target at the end of its last year,
 * rounded to whole homes. @example pathAt(900, 2022, 2030, 2024) // 300
 */
export function pathAt(target: number, periodStart: number, periodEnd: number, year: number): number {
  const years = periodEnd - periodStart + 1;
  const done = Math.min(years, Math.max(0, year - periodStart + 1));
  return Math.round((target * done) / years);
}

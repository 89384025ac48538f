import { planHomes } from './capacity';
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

/** The whole programme at one moment; `quarter` as `2026-Q3`. */
export interface ProgrammeSnapshot {
  takenAt: string;
  quarter: string;
  plans: SnapshotPlan[];
}

const AMSTERDAM_MONTH = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: 'numeric',
});

/**
 * The quarter of a moment as the region lives it, in Europe/Amsterdam (style.md: store UTC, show Amsterdam):
 * `quarterOf(new Date('2026-09-30T22:30:00Z')) === '2026-Q4'` (half past midnight on 1 October there).
 */
export function quarterOf(date: Date): string {
  const parts = AMSTERDAM_MONTH.formatToParts(date);
  const year = parts.find((p) => p.type === 'year')?.value;
  const month = Number(parts.find((p) => p.type === 'month')?.value);
  return `${year}-Q${Math.floor((month - 1) / 3) + 1}`;
}

/** One plan as a snapshot keeps it: its homes and the first and last year of its deliveries. */
export function toSnapshotPlan(plan: MonitorPlan): SnapshotPlan {
  const years = plan.deliveries.filter((d) => d.homes > 0).map((d) => d.year);
  return {
    id: plan.id,
    name: plan.name,
    municipalityCode: plan.municipalityCode,
    phase: plan.phase,
    hardness: plan.hardness,
    programmeStatus: plan.programmeStatus,
    homes: planHomes(plan),
    firstDeliveryYear: years.length ? Math.min(...years) : null,
    lastDeliveryYear: years.length ? Math.max(...years) : null,
  };
}

/** The whole programme at `takenAt` (an ISO timestamp). */
export function takeSnapshot(plans: readonly MonitorPlan[], takenAt: string): ProgrammeSnapshot {
  return { takenAt, quarter: quarterOf(new Date(takenAt)), plans: plans.map(toSnapshotPlan) };
}

import type { AreaContext } from './aggregate-area';
import { allocateDeliveriesBySegment, sumSegments } from './allocate';
import { addBySegment, type BySegment, totalBySegment, zeroBySegment } from './by-segment';
import { countsAsCapacity, freesCapacity, planHomes } from './capacity';
import type { MonitorPlan, Realisation } from './types';

/**
 * Homes realised within the period up to this year ("to date": a realisation dated later cannot have happened
 * yet), per segment, and per year with the running total; years without realisations are 0, so every area has
 * the same years.
 */
export function sumDelivered(realisations: readonly Realisation[], context: AreaContext) {
  const bySegment = zeroBySegment();
  const perYear = new Map<number, number>();
  const lastYear = Math.min(context.periodEnd, context.today.getFullYear());
  for (let year = context.periodStart; year <= lastYear; year += 1) perYear.set(year, 0);
  for (const r of realisations) {
    if (r.year < context.periodStart || r.year > lastYear) continue;
    bySegment[r.segment] += r.homes;
    perYear.set(r.year, (perYear.get(r.year) ?? 0) + r.homes);
  }
  let cumulative = 0;
  const rows = [...perYear.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, homes]) => {
      cumulative += homes;
      return { year, homes, cumulative };
    });
  return { homes: totalBySegment(bySegment), bySegment, perYear: rows };
}

/**
 * Planned homes and plan capacity of the plans that count (capacity.ts), with their deliveries per year split
 * over segments in whole homes; and the homes of on-hold and withdrawn plans as freed capacity.
 */
export function sumPlanned(plans: readonly MonitorPlan[]) {
  const bySegment = zeroBySegment();
  const perYear = new Map<number, BySegment>();
  const capacity = { hard: 0, soft: 0 };
  const freed = { onHold: 0, withdrawn: 0 };
  for (const plan of plans) {
    if (freesCapacity(plan)) freed[plan.programmeStatus as 'onHold' | 'withdrawn'] += planHomes(plan);
    if (!countsAsCapacity(plan)) continue;
    addBySegment(bySegment, sumSegments(plan.segments));
    capacity[plan.hardness as 'hard' | 'soft'] += planHomes(plan);
    for (const cell of allocateDeliveriesBySegment(plan.segments, plan.deliveries)) {
      const row = perYear.get(cell.year) ?? zeroBySegment();
      row[cell.segment] += cell.homes;
      perYear.set(cell.year, row);
    }
  }
  const rows = [...perYear.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, row]) => ({ year, bySegment: row, homes: totalBySegment(row) }));
  return { homes: totalBySegment(bySegment), bySegment, perYear: rows, capacity, freed };
}

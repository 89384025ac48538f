import { progressTone } from '../programme';
import { type AreaContext, type AreaFigures, expectedByNow, measureShares } from './aggregate-area';
import { sumDelivered, sumPlanned } from './aggregate-sums';
import { pathAt } from './capacity';
import type { MonitorPlan, MonitorTarget, Realisation } from './types';

/**
 * The plan capacity wanted against the remaining need, and the gap per hardness: remaining need = target −
 * delivered (never below 0); wanted = that need × the reserve margin (the 130% rule, facts-region.md §4.2).
 */
export function measureCapacity(
  target: number,
  delivered: number,
  capacity: { hard: number; soft: number },
  reserveMargin: number,
): AreaFigures['capacity'] {
  const remainingNeed = Math.max(0, target - delivered);
  const wanted = Math.round(remainingNeed * reserveMargin);
  const hardAndSoft = Math.max(0, wanted - capacity.hard - capacity.soft);
  return {
    ...capacity,
    remainingNeed,
    wanted,
    shortfall: hardAndSoft,
    gap: { hard: Math.max(0, wanted - capacity.hard), hardAndSoft },
  };
}

/** The trajectory: per year of the period the straight cumulative path and the cumulative delivered homes. */
export function buildTrajectory(
  target: number,
  delivered: AreaFigures['delivered']['perYear'],
  context: AreaContext,
): AreaFigures['trajectory'] {
  const cumulative = new Map(delivered.map((row) => [row.year, row.cumulative]));
  const out: AreaFigures['trajectory'] = [];
  for (let year = context.periodStart; year <= context.periodEnd; year += 1) {
    out.push({
      year,
      path: pathAt(target, context.periodStart, context.periodEnd, year),
      delivered: cumulative.get(year) ?? null,
    });
  }
  return out;
}

/** The monitor's figures of one municipality from its own plans, target and realisations. */
export function computeMunicipalityFigures(
  municipality: { code: string; name: string },
  data: { plans: readonly MonitorPlan[]; target?: MonitorTarget; realisations: readonly Realisation[] },
  context: AreaContext,
): AreaFigures {
  const period = { start: context.periodStart, end: context.periodEnd };
  const targetHomes = data.target?.homes ?? 0;
  const delivered = sumDelivered(data.realisations, context);
  const planned = sumPlanned(data.plans);
  const expected = expectedByNow(targetHomes, period, context.today);
  return {
    code: municipality.code,
    name: municipality.name,
    target: {
      homes: targetHomes,
      bySegment: data.target?.bySegment ?? {},
      period,
      demo: data.target?.demo ?? false,
      source: data.target?.source ?? null,
    },
    delivered: { ...delivered, demo: data.realisations.some((r) => r.demo) },
    trajectory: buildTrajectory(targetHomes, delivered.perYear, context),
    planned: { homes: planned.homes, bySegment: planned.bySegment, perYear: planned.perYear },
    capacity: measureCapacity(targetHomes, delivered.homes, planned.capacity, context.reserveMargin),
    freed: planned.freed,
    shares: measureShares(planned.bySegment),
    progress: {
      tone: progressTone(delivered.homes, targetHomes || null, period, context.today),
      expectedByNow: expected,
      behindBy: Math.max(0, expected - delivered.homes),
    },
  };
}

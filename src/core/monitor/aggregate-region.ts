import { progressTone, SEGMENTS } from '../programme';
import { type AreaContext, type AreaFigures, measureShares } from './aggregate-area';
import { addBySegment, type BySegment, totalBySegment, zeroBySegment } from './by-segment';

type Pluck<T> = (area: AreaFigures) => T;

/** Sums rows keyed by year over the areas (years in ascending order), with `add` merging one row into another. */
function sumPerYear<R extends { year: number }>(
  areas: readonly AreaFigures[],
  rows: Pluck<readonly R[]>,
  add: (into: R | undefined, row: R) => R,
): R[] {
  const byYear = new Map<number, R>();
  for (const area of areas)
    for (const row of rows(area)) byYear.set(row.year, add(byYear.get(row.year), row));
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}

/** Per segment, the sum of the areas' target figures for the segments that at least one area sets. */
function sumTargetBySegment(areas: readonly AreaFigures[]): Partial<BySegment> {
  const out: Partial<BySegment> = {};
  for (const segment of SEGMENTS) {
    const values = areas.map((a) => a.target.bySegment[segment]).filter((v): v is number => v !== undefined);
    if (values.length) out[segment] = values.reduce((a, b) => a + b, 0);
  }
  return out;
}

/**
 * The region's figures as the sum of its municipalities': every number is their sum (so a municipality's
 * rounding is the region's too); only the shares, the norm checks and the tone are derived from those sums.
 */
export function sumAreaFigures(
  name: string,
  areas: readonly AreaFigures[],
  context: AreaContext,
): AreaFigures {
  const sum = (pick: Pluck<number>) => areas.reduce((total, area) => total + pick(area), 0);
  const sumSegments = (pick: Pluck<BySegment>) =>
    areas.reduce((out, a) => addBySegment(out, pick(a)), zeroBySegment());
  const period = { start: context.periodStart, end: context.periodEnd };
  const target = sum((a) => a.target.homes);
  const delivered = sum((a) => a.delivered.homes);
  const planned = sumSegments((a) => a.planned.bySegment);
  return {
    code: null,
    name,
    target: {
      homes: target,
      bySegment: sumTargetBySegment(areas),
      period,
      demo: areas.some((a) => a.target.demo),
      source: null,
    },
    delivered: {
      homes: delivered,
      bySegment: sumSegments((a) => a.delivered.bySegment),
      demo: areas.some((a) => a.delivered.demo),
      perYear: sumPerYear(
        areas,
        (a) => a.delivered.perYear,
        (into, row) => ({
          year: row.year,
          homes: (into?.homes ?? 0) + row.homes,
          cumulative: (into?.cumulative ?? 0) + row.cumulative,
        }),
      ),
    },
    trajectory: sumPerYear(
      areas,
      (a) => a.trajectory,
      (into, row) => ({
        year: row.year,
        path: (into?.path ?? 0) + row.path,
        delivered:
          row.delivered === null && (into?.delivered ?? null) === null
            ? null
            : (into?.delivered ?? 0) + (row.delivered ?? 0),
      }),
    ),
    planned: {
      homes: sum((a) => a.planned.homes),
      bySegment: planned,
      perYear: sumPerYear(
        areas,
        (a) => a.planned.perYear,
        (into, row) => {
          const bySegment = addBySegment(
            addBySegment(zeroBySegment(), into?.bySegment ?? zeroBySegment()),
            row.bySegment,
          );
          return { year: row.year, bySegment, homes: totalBySegment(bySegment) };
        },
      ),
    },
    capacity: {
      hard: sum((a) => a.capacity.hard),
      soft: sum((a) => a.capacity.soft),
      remainingNeed: sum((a) => a.capacity.remainingNeed),
      wanted: sum((a) => a.capacity.wanted),
      shortfall: sum((a) => a.capacity.shortfall),
      gap: { hard: sum((a) => a.capacity.gap.hard), hardAndSoft: sum((a) => a.capacity.gap.hardAndSoft) },
    },
    freed: { onHold: sum((a) => a.freed.onHold), withdrawn: sum((a) => a.freed.withdrawn) },
    shares: measureShares(planned),
    progress: {
      tone: progressTone(delivered, target || null, period, context.today),
      expectedByNow: sum((a) => a.progress.expectedByNow),
      behindBy: sum((a) => a.progress.behindBy),
    },
  };
}

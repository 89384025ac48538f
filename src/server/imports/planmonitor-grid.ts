import { allocateDeliveriesBySegment } from '../../core/monitor/allocate';
import type { Segment } from '../../core/programme';
import {
  CATEGORY_ROWS,
  FIRST_YEAR,
  LAST_YEAR,
  NEW_BUILD_ROW,
  REALISED_YEAR,
  WRITE_ROWS,
} from './planmonitor-layout';
import type { PlanmonitorPlan } from './planmonitor-types';

/** The figures an export writes in one category row. */
export interface RowFigures {
  total: number;
  realised: number;
  /** Homes per year column, index 0 = 2024. */
  years: number[];
}

/** The row an export writes a segment in: its own row, and "Onbekend Koop of Huur" for unknown. */
const ROW_OF_SEGMENT = Object.fromEntries(
  CATEGORY_ROWS.filter((c) => c.segment && c.segment !== 'unknown').map((c) => [c.segment, c.row]),
) as Record<Exclude<Segment, 'unknown'>, number>;

/** Moves every delivery into the span the sheet can hold: before 2024 into Gerealiseerd, after 2043 into 2043. */
export function fitDeliveries(deliveries: PlanmonitorPlan['deliveries']): { year: number; homes: number }[] {
  const perYear = new Map<number, number>();
  for (const { year, homes } of deliveries) {
    const fitted = Math.min(Math.max(year, REALISED_YEAR), LAST_YEAR);
    perYear.set(fitted, (perYear.get(fitted) ?? 0) + homes);
  }
  return [...perYear].map(([year, homes]) => ({ year, homes }));
}

/** Adds homes to a row's figures in a year (REALISED_YEAR = Gerealiseerd). */
function addHomes(figures: RowFigures, year: number, homes: number): void {
  if (year === REALISED_YEAR) figures.realised += homes;
  else figures.years[year - FIRST_YEAR] = (figures.years[year - FIRST_YEAR] ?? 0) + homes;
}

/**
 * The figures of a plan per category row. Woonregie knows homes per segment and deliveries per year, not per
 * segment and year: the split is the north-west corner allocation of `allocateDeliveriesBySegment` (segments in
 * SEGMENTS order, years ascending), so each segment row adds up to the segment and each year column to the
 * year, and reading the sheet back sums it to the same plan. Nieuwbouw and the "unknown" rows of woningtype,
 * wonen en zorg and flexwoningen ("Regulier permanent") repeat the plan's totals, so every Check is 0.
 * Deliveries before 2024 go to Gerealiseerd; after 2043 to 2043 (the sheet has no later column).
 */
export function buildRowFigures(plan: PlanmonitorPlan): Map<number, RowFigures> {
  const figures = new Map<number, RowFigures>();
  const at = (row: number) => {
    const existing = figures.get(row) ?? {
      total: 0,
      realised: 0,
      years: Array(LAST_YEAR - FIRST_YEAR + 1).fill(0),
    };
    figures.set(row, existing);
    return existing;
  };
  const totalRows = [
    NEW_BUILD_ROW,
    WRITE_ROWS.woningtype,
    WRITE_ROWS['wonen en zorg'],
    WRITE_ROWS.flexwoningen,
  ];
  const segmentRow = (segment: Segment) =>
    segment === 'unknown' ? WRITE_ROWS.unknownSegment : ROW_OF_SEGMENT[segment];
  for (const { segment, homes } of plan.segments) {
    for (const row of [segmentRow(segment), ...totalRows]) at(row).total += homes;
  }
  const split = allocateDeliveriesBySegment(plan.segments, fitDeliveries(plan.deliveries));
  for (const { year, segment, homes } of split) {
    for (const row of [segmentRow(segment), ...totalRows]) addHomes(at(row), year, homes);
  }
  return figures;
}

import { AFFORDABLE_SEGMENTS, SEGMENTS, type Segment } from '../programme';

/** Homes per segment, every segment present (0 where none): a plain JSON object. */
export type BySegment = Record<Segment, number>;

/** Homes per segment, all zero. */
export function zeroBySegment(): BySegment {
  // A literal, not built from SEGMENTS: the monitor makes one per plan, 30,000 per call for a whole country.
  return { socialRent: 0, midRent: 0, affordableBuy: 0, freeRent: 0, freeBuy: 0, unknown: 0 };
}

/** Adds `from` into `into`, segment by segment. */
export function addBySegment(into: BySegment, from: BySegment): BySegment {
  for (const segment of SEGMENTS) into[segment] += from[segment];
  return into;
}

/** The homes of all segments together. */
export function totalBySegment(homes: BySegment): number {
  return SEGMENTS.reduce((total, segment) => total + homes[segment], 0);
}

/** The homes of the affordable segments ("betaalbaar": social rent, middle rent, affordable purchase). */
export function affordableOf(homes: BySegment): number {
  return AFFORDABLE_SEGMENTS.reduce((total, segment) => total + homes[segment], 0);
}

import { AFFORDABLE_SEGMENTS, SEGMENTS, type Segment } from '../programme';

/** Homes per segment, every segment present (0 where none): a plain JSON object. */
export type BySegment = Record<Segment, number>;

/** Homes per segment, all zero. */
export function zeroBySegment(): BySegment {
  return Object.fromEntries(SEGMENTS.map((segment) => [segment, 0])) as BySegment;
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

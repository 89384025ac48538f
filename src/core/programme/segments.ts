/** Price segments of a home (glossary: segment). `unknown` comes from Planmonitor Wonen's "onbekend" rows. */
export const SEGMENTS = ['socialRent', 'midRent', 'affordableBuy', 'freeRent', 'freeBuy', 'unknown'] as const;
export type Segment = (typeof SEGMENTS)[number];

/** Dutch labels, as the user reads them. */
export const SEGMENT_LABELS: Record<Segment, string> = {
  socialRent: 'Sociale huur',
  midRent: 'Middenhuur',
  affordableBuy: 'Betaalbare koop',
  freeRent: 'Vrije sector huur',
  freeBuy: 'Vrije sector koop',
  unknown: 'Onbekend',
};

/** Segments whose homes are rented (and so carry a monthly rent, not a price). */
export const RENT_SEGMENTS: readonly Segment[] = ['socialRent', 'midRent', 'freeRent'];
/** Segments whose homes are sold (and so carry a price). */
export const BUY_SEGMENTS: readonly Segment[] = ['affordableBuy', 'freeBuy'];

/** "Betaalbaar" (glossary): social rent + middle rent + affordable purchase. */
export const AFFORDABLE_SEGMENTS: readonly Segment[] = ['socialRent', 'midRent', 'affordableBuy'];

/** True when a segment is a rental segment. */
export function isRentSegment(segment: Segment): boolean {
  return RENT_SEGMENTS.includes(segment);
}

/** True when a segment is a purchase segment. */
export function isBuySegment(segment: Segment): boolean {
  return BUY_SEGMENTS.includes(segment);
}

import { SEGMENTS, type Segment } from '../programme';
import { zeroBySegment } from './by-segment';

/** Homes per segment of a plan (several lines of one segment are summed), in SEGMENTS order. */
export function sumSegments(lines: readonly { segment: Segment; homes: number }[]): Record<Segment, number> {
  const totals = zeroBySegment();
  for (const line of lines) totals[line.segment] += line.homes;
  return totals;
}

/**
 * Splits a plan's deliveries per year over its segments, in whole homes: north-west corner over the
 * segments (SEGMENTS order) and the years (ascending). Per segment the rows add up to the segment's homes and
 * per year to that year's homes, as far as both go (a shortfall on either side stays unallocated). The
 * Planmonitor Wonen export writes this split and its import sums it back, so a round trip is exact.
 * @example allocateDeliveriesBySegment([{ segment: 'socialRent', homes: 3 }, { segment: 'freeBuy', homes: 2 }],
 *   [{ year: 2027, homes: 4 }, { year: 2028, homes: 1 }])
 * // [{ year: 2027, segment: 'socialRent', homes: 3 }, { year: 2027, segment: 'freeBuy', homes: 1 },
 * //  { year: 2028, segment: 'freeBuy', homes: 1 }]
 */
export function allocateDeliveriesBySegment(
  segments: readonly { segment: Segment; homes: number }[],
  deliveries: readonly { year: number; homes: number }[],
): { year: number; segment: Segment; homes: number }[] {
  const left = sumSegments(segments);
  const out: { year: number; segment: Segment; homes: number }[] = [];
  let s = 0;
  for (const delivery of [...deliveries].sort((a, b) => a.year - b.year)) {
    let rest = delivery.homes;
    while (rest > 0 && s < SEGMENTS.length) {
      const segment = SEGMENTS[s] as Segment;
      const take = Math.min(rest, left[segment]);
      if (take > 0) {
        out.push({ year: delivery.year, segment, homes: take });
        left[segment] -= take;
        rest -= take;
      }
      if (left[segment] === 0) s += 1;
    }
  }
  return out;
}

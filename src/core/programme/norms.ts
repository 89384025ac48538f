import type { NationalLimits } from './national-limits';
import { AFFORDABLE_SEGMENTS, type Segment } from './segments';

/** One segment line of a plan, as far as the norms need it. */
export interface SegmentLine {
  segment: Segment;
  homes: number;
  monthlyRentEur?: number | null;
  priceEur?: number | null;
}

/** Norm of the regional agreement and the Wet versterking regie volkshuisvesting: 30% social rent. */
export const SOCIAL_RENT_NORM = 0.3;
/** Two thirds of new homes "betaalbaar" (social rent + middle rent + affordable purchase). */
export const AFFORDABLE_NORM = 2 / 3;

export interface NormsResult {
  totalHomes: number;
  socialRentHomes: number;
  affordableHomes: number;
  socialRentShare: number;
  affordableShare: number;
  socialRentOk: boolean;
  affordableOk: boolean;
  /** Segment lines that are above their national limit and so do not count as affordable. */
  aboveLimit: { index: number; segment: Segment; limitEur: number; valueEur: number }[];
}

/** The limit and the value to compare for an affordable segment line, or null when there is nothing to check. */
function limitFor(
  line: SegmentLine,
  limits: NationalLimits | null,
): { limitEur: number; valueEur: number } | null {
  if (!limits) return null;
  const pairs: Partial<Record<Segment, [number | null, number | null | undefined]>> = {
    socialRent: [limits.socialRentCeilingEur, line.monthlyRentEur],
    midRent: [limits.midRentCeilingEur, line.monthlyRentEur],
    affordableBuy: [limits.affordableBuyLimitEur, line.priceEur],
  };
  const [limitEur, valueEur] = pairs[line.segment] ?? [null, null];
  if (limitEur == null || valueEur == null) return null;
  return { limitEur, valueEur };
}

/**
 * Shares of social rent and affordable homes against the norms (30% and two thirds).
 * A home in an affordable segment whose rent or price is above the national limit of the year does not
 * count as affordable (nor as social rent). Shares of a plan with no homes are 0.
 * @example computeNorms([{ segment: 'socialRent', homes: 30 }, { segment: 'freeBuy', homes: 70 }], null).socialRentShare // 0.3
 */
export function computeNorms(lines: readonly SegmentLine[], limits: NationalLimits | null): NormsResult {
  let totalHomes = 0;
  let socialRentHomes = 0;
  let affordableHomes = 0;
  const aboveLimit: NormsResult['aboveLimit'] = [];
  lines.forEach((line, index) => {
    const homes = Number.isFinite(line.homes) && line.homes > 0 ? line.homes : 0;
    totalHomes += homes;
    if (!AFFORDABLE_SEGMENTS.includes(line.segment)) return;
    const check = limitFor(line, limits);
    if (check && check.valueEur > check.limitEur) {
      aboveLimit.push({ index, segment: line.segment, ...check });
      return;
    }
    affordableHomes += homes;
    if (line.segment === 'socialRent') socialRentHomes += homes;
  });
  const socialRentShare = totalHomes ? socialRentHomes / totalHomes : 0;
  const affordableShare = totalHomes ? affordableHomes / totalHomes : 0;
  return {
    totalHomes,
    socialRentHomes,
    affordableHomes,
    socialRentShare,
    affordableShare,
    // A tiny tolerance so that exactly one third of 3 homes counts as meeting 30%.
    socialRentOk: totalHomes > 0 && socialRentShare + 1e-9 >= SOCIAL_RENT_NORM,
    affordableOk: totalHomes > 0 && affordableShare + 1e-9 >= AFFORDABLE_NORM,
    aboveLimit,
  };
}

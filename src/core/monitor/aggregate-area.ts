import { AFFORDABLE_NORM, type ProgressTone, SOCIAL_RENT_NORM } from '../programme';
import { affordableOf, type BySegment, totalBySegment } from './by-segment';

/**
 * The norms the monitor measures planned homes against. The region agreed one third social rent (Woondeal
 * 2022, S01; memo M(001)); the Wet versterking regie volkshuisvesting asks 30% per region (S21a), which the plan
 * form shows (programme/norms.ts) and the monitor reports beside it. Two thirds affordable in both (S21a).
 */
export const MONITOR_NORMS = {
  socialRent: 1 / 3,
  affordable: AFFORDABLE_NORM,
  nationalSocialRent: SOCIAL_RENT_NORM,
} as const;

/** The monitor's figures for one area: a municipality, or the region (the sum of its municipalities). */
export interface AreaFigures {
  code: string | null;
  name: string;
  target: {
    homes: number;
    bySegment: Partial<BySegment>;
    period: { start: number; end: number };
    demo: boolean;
    source: string | null;
  };
  /** Homes realised in the period; per year of the period up to this year, with the running total. */
  delivered: {
    homes: number;
    bySegment: BySegment;
    demo: boolean;
    perYear: { year: number; homes: number; cumulative: number }[];
  };
  /** Per year of the period: the straight path from 0 to the target, and delivered (null after this year). */
  trajectory: { year: number; path: number; delivered: number | null }[];
  /** Homes of the plans that count as capacity; per year split over segments in whole homes (allocate.ts). */
  planned: {
    homes: number;
    bySegment: BySegment;
    perYear: { year: number; bySegment: BySegment; homes: number }[];
  };
  /** Plan capacity in homes; `gap.hard` counts hard capacity only, `gap.hardAndSoft` (= shortfall) both. */
  capacity: {
    hard: number;
    soft: number;
    remainingNeed: number;
    wanted: number;
    shortfall: number;
    gap: { hard: number; hardAndSoft: number };
  };
  /** Homes of plans put on hold or withdrawn: capacity that became free (adaptive programming, seed 003). */
  freed: { onHold: number; withdrawn: number };
  shares: {
    socialRent: number;
    affordable: number;
    socialRentOk: boolean;
    affordableOk: boolean;
    nationalSocialRentOk: boolean;
  };
  progress: { tone: ProgressTone | null; expectedByNow: number; behindBy: number };
}

/** What every area of one monitor shares: the period, the reserve margin and the day it is computed. */
export interface AreaContext {
  periodStart: number;
  periodEnd: number;
  reserveMargin: number;
  today: Date;
}

/** The planned shares of social rent and affordable homes against the norms (no homes: 0, not met). */
export function measureShares(planned: BySegment): AreaFigures['shares'] {
  const homes = totalBySegment(planned);
  const socialRent = homes ? planned.socialRent / homes : 0;
  const affordable = homes ? affordableOf(planned) / homes : 0;
  // 1e-9: 1 of 3 homes is exactly one third, however the division rounds.
  const meets = (share: number, norm: number) => homes > 0 && share + 1e-9 >= norm;
  return {
    socialRent,
    affordable,
    socialRentOk: meets(socialRent, MONITOR_NORMS.socialRent),
    affordableOk: meets(affordable, MONITOR_NORMS.affordable),
    nationalSocialRentOk: meets(socialRent, MONITOR_NORMS.nationalSocialRent),
  };
}

/**
 * Homes the straight path to the target expects by `today`, with the elapsed part of the period measured as
 * programme/progress.ts measures it (whole years plus the months of this year), so tone and figure agree.
 */
export function expectedByNow(target: number, period: { start: number; end: number }, today: Date): number {
  const years = period.end - period.start + 1;
  const elapsed = Math.min(years, Math.max(0, today.getFullYear() - period.start + today.getMonth() / 12));
  return Math.round((target * elapsed) / years);
}

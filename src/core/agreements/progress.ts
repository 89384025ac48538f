import type { Segment } from '../programme';
import type { CommitmentStatus } from './labels';
import { topicOf } from './topics';

/** What progress needs to know of a linked plan. */
export interface ProgressPlan {
  id: string;
  name: string;
  phase: string;
  segments: readonly { segment: Segment | string; homes: number }[];
  deliveries: readonly { year: number; homes: number }[];
}

export interface CommitmentProgress {
  /** `computed` from the linked plans, or `entered` by hand. */
  basis: 'computed' | 'entered';
  /** Homes of the topic's segments in delivered plans in the years counted. */
  delivered: number;
  /** Homes of the topic's segments in plans not yet delivered, due in the years counted. */
  planned: number;
  years: number[];
  plans: { id: string; name: string; delivered: number; planned: number }[];
}

/** The years a commitment counts: from the agreement's year to the year of its due date (at least one year). */
export function countedYears(agreementYear: number, dueDate: string | null): number[] {
  const last = dueDate ? Math.max(agreementYear, Number(dueDate.slice(0, 4))) : agreementYear;
  return Array.from({ length: last - agreementYear + 1 }, (_, i) => agreementYear + i);
}

/**
 * The homes of the given segments that a plan delivers in the given years. A plan's deliveries are per year for
 * all its homes, so each year's homes are split over the segments in the plan's proportions (rounded per year).
 */
export function segmentHomesInYears(
  plan: ProgressPlan,
  segments: readonly string[],
  years: number[],
): number {
  const total = plan.segments.reduce((sum, s) => sum + s.homes, 0);
  if (total === 0) return 0;
  const share =
    plan.segments.filter((s) => segments.includes(s.segment)).reduce((sum, s) => sum + s.homes, 0) / total;
  return plan.deliveries
    .filter((d) => years.includes(d.year))
    .reduce((sum, d) => sum + Math.round(d.homes * share), 0);
}

/**
 * Progress of a commitment: computed from the linked plans when its topic counts homes of certain segments
 * (e.g. newSocialRent counts the social-rent homes of the linked plans due in the agreement's years; those of
 * delivered plans are "delivered", the rest "planned"), otherwise it is the number someone entered.
 */
export function computeProgress(
  commitment: { topic: string; dueDate: string | null },
  agreementYear: number,
  linkedPlans: readonly ProgressPlan[],
): CommitmentProgress {
  const years = countedYears(agreementYear, commitment.dueDate);
  const segments = topicOf(commitment.topic).segments;
  if (!segments?.length || linkedPlans.length === 0) {
    return { basis: 'entered', delivered: 0, planned: 0, years, plans: [] };
  }
  const plans = linkedPlans.map((plan) => {
    const homes = segmentHomesInYears(plan, segments, years);
    const done = plan.phase === 'delivered';
    return { id: plan.id, name: plan.name, delivered: done ? homes : 0, planned: done ? 0 : homes };
  });
  return {
    basis: 'computed',
    delivered: plans.reduce((sum, p) => sum + p.delivered, 0),
    planned: plans.reduce((sum, p) => sum + p.planned, 0),
    years,
    plans,
  };
}

/**
 * The status the numbers point to, as a suggestion next to the one the parties record: reached → done; with
 * what is planned it will be reached → on track; at least three quarters → at risk; less → behind.
 */
export function suggestStatus(
  target: number | null,
  actual: number | null,
  planned = 0,
): CommitmentStatus | null {
  if (target === null || target <= 0 || actual === null) return null;
  if (actual >= target) return 'done';
  if (actual + planned >= target) return 'onTrack';
  if (actual + planned >= 0.75 * target) return 'atRisk';
  return 'behind';
}

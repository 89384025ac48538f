import type { ComplianceCheck } from './ordinance';

/** Plans of this many homes or more are reviewed regionally (seed 001: "plannen voor 50 woningen of meer"). */
export const REVIEW_THRESHOLD_HOMES = 50;
export const REVIEW_STATUSES = ['pending', 'inReview', 'advised'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];
export const ADVICE_KINDS = ['positive', 'conditional', 'negative'] as const;
export type AdviceKind = (typeof ADVICE_KINDS)[number];
export const ADVICE_LABELS: Record<AdviceKind, string> = {
  positive: 'Positief',
  conditional: 'Positief onder voorwaarden',
  negative: 'Negatief',
};
export const STATUS_LABELS: Record<ReviewStatus, string> = {
  pending: 'Wacht op beoordeling',
  inReview: 'In beoordeling',
  advised: 'Advies gegeven',
};

/** A criterion of the assessment framework, with its weight and the guidance for scores 1, 3 and 5. */
export interface ReviewCriterion {
  key: string;
  label: string;
  weight: number;
  guidance: { 1: string; 3: string; 5: string };
}

/**
 * The region's default framework: the three goals of seed 001 ("een gezonde woon-werkbalans, ov-bereikbaarheid en
 * betaalbaarheid") plus compliance with the ordinance and pace (mission.md capability 4). Weights are a demo
 * choice the region can change.
 */
export const DEFAULT_CRITERIA: readonly ReviewCriterion[] = [
  {
    key: 'woonWerkBalans',
    label: 'Woon-werkbalans',
    weight: 2,
    guidance: {
      1: 'Voegt woningen toe waar al weinig werk is; vergroot het pendelverkeer.',
      3: 'Neutraal voor de verhouding tussen wonen en werken.',
      5: 'Woningen dicht bij werk, of houdt werkgelegenheid in het gebied.',
    },
  },
  {
    key: 'ovBereikbaarheid',
    label: 'OV-bereikbaarheid',
    weight: 2,
    guidance: {
      1: 'Geen frequent openbaar vervoer in de buurt.',
      3: 'Bushalte met een redelijke frequentie binnen loopafstand.',
      5: 'Station of hoogwaardig openbaar vervoer op loopafstand.',
    },
  },
  {
    key: 'betaalbaarheid',
    label: 'Betaalbaarheid',
    weight: 3,
    guidance: {
      1: 'Minder dan de helft betaalbaar.',
      3: 'Minstens de helft betaalbaar, maar onder twee derde.',
      5: 'Twee derde of meer betaalbaar, waarvan minstens 30% sociale huur.',
    },
  },
  {
    key: 'verordening',
    label: 'Voldoet aan de doelgroepenverordening',
    weight: 1,
    guidance: {
      1: 'Een of meer regels niet gehaald, zonder hardheidsclausule.',
      3: 'Afwijking met een vastgelegde uitzondering onder de hardheidsclausule.',
      5: 'Voldoet aan alle regels.',
    },
  },
  {
    key: 'tempo',
    label: 'Tempo',
    weight: 1,
    guidance: {
      1: 'Oplevering na 2030 of zonder planning.',
      3: 'Oplevering in 2029–2030.',
      5: 'Oplevering uiterlijk 2028.',
    },
  },
];

/**
 * The weighted average score (1–5) of the scored criteria, and whether every criterion is scored. Null when none is.
 * @example weightedScore(DEFAULT_CRITERIA, { betaalbaarheid: 5, tempo: 1 }).score // (3·5 + 1·1) / 4 = 4
 */
export function weightedScore(
  criteria: readonly Pick<ReviewCriterion, 'key' | 'weight'>[],
  scores: Readonly<Record<string, number | null | undefined>>,
): { score: number | null; complete: boolean } {
  let sum = 0;
  let weights = 0;
  let scored = 0;
  for (const criterion of criteria) {
    const value = scores[criterion.key];
    if (value == null) continue;
    sum += value * criterion.weight;
    weights += criterion.weight;
    scored += 1;
  }
  return {
    score: weights > 0 ? Math.round((sum / weights) * 100) / 100 : null,
    complete: scored === criteria.length,
  };
}

/** The advice a weighted score points to: from 3.5 positive, from 2.5 conditional, else negative. */
export function adviceFor(score: number): AdviceKind {
  return score >= 3.5 ? 'positive' : score >= 2.5 ? 'conditional' : 'negative';
}

/**
 * Suggested scores for the criteria Woonregie can compute, so they are the same for every plan: affordability
 * from the norms, ordinance compliance from the checks, pace from the last delivery year. The reviewer may change
 * them; the others (woon-werkbalans, OV) are judgement.
 */
export function suggestScores(input: {
  socialRentShare: number;
  affordableShare: number;
  checks: readonly Pick<ComplianceCheck, 'ok' | 'exception'>[];
  lastDeliveryYear: number | null;
}): Record<'betaalbaarheid' | 'verordening' | 'tempo', number> {
  const betaalbaarheid =
    input.affordableShare + 1e-9 >= 2 / 3 && input.socialRentShare + 1e-9 >= 0.3
      ? 5
      : input.affordableShare >= 0.5
        ? 3
        : 1;
  const failing = input.checks.filter((c) => !c.ok);
  const verordening = failing.length === 0 ? 5 : failing.every((c) => c.exception) ? 3 : 1;
  const year = input.lastDeliveryYear;
  const tempo = year == null || year > 2030 ? 1 : year >= 2029 ? 3 : 5;
  return { betaalbaarheid, verordening, tempo };
}

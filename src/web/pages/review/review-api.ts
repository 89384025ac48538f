/** The regional review and the participation QuickScan (issue 5, items 4 and 5), through api.ts's `request`. */
import { request } from '../../api';

export type AdviceKind = 'positive' | 'conditional' | 'negative';

export interface ReviewCriterion {
  key: string;
  label: string;
  weight: number;
  score: number | null;
  note: string | null;
  guidance: { 1: string; 3: string; 5: string };
  suggested: number | null;
}

export interface PlanReview {
  planId: string;
  planName: string;
  totalHomes: number;
  status: 'pending' | 'inReview' | 'advised';
  statusLabel: string;
  version: number;
  criteria: ReviewCriterion[];
  weightedScore: number | null;
  complete: boolean;
  pointsTo: AdviceKind | null;
  advice: { kind: AdviceKind; label: string; text: string | null } | null;
  openedAt: string;
  advisedAt: string | null;
  canScore: boolean;
}

export interface ReviewListItem {
  planId: string;
  planName: string;
  municipalityCode: string;
  totalHomes: number;
  status: string;
  statusLabel: string;
  adviceLabel: string | null;
}

export interface QuickScan {
  planId: string;
  planName: string;
  questions: {
    key: 'scale' | 'benefit' | 'attention' | 'nuisance';
    question: string;
    low: string;
    high: string;
  }[];
  procedure: 'zoningPlanChange' | 'outOfPlanPermit' | 'buildingPermit' | null;
  procedureFromSchedule: boolean;
  answers: Record<'scale' | 'benefit' | 'attention' | 'nuisance', 1 | 2 | 3> | null;
  designated: boolean;
  result: {
    score: number;
    impact: 'low' | 'medium' | 'high';
    scoring: { key: string; question: string; points: number }[];
    bands: string;
    mandatory: boolean;
    mandatoryReasons: string[];
    advice: string;
  } | null;
  reports: {
    id: string;
    phase: string;
    phaseLabel: string;
    done: string;
    discussion: string;
    useOfInput: string;
    createdAt: string;
    by: string | null;
  }[];
  motivation: string;
  updatedAt: string | null;
  canEdit: boolean;
}

/** A criterion of the region's assessment framework (GET/PUT /regions/{regionId}/review-framework). */
export interface FrameworkCriterion {
  key: string;
  label: string;
  weight: number;
  guidance: { 1: string; 3: string; 5: string };
}

/** The regional goals every framework keeps (review.schema.ts refuses a framework without them). */
export const REQUIRED_CRITERIA: readonly string[] = ['woonWerkBalans', 'ovBereikbaarheid', 'betaalbaarheid'];

const enc = encodeURIComponent;

export const reviewApi = {
  list: () => request<{ items: ReviewListItem[] }>('GET', '/reviews'),
  framework: (regionSlug: string) =>
    request<{ criteria: FrameworkCriterion[] }>('GET', `/regions/${enc(regionSlug)}/review-framework`),
  saveFramework: (regionSlug: string, criteria: FrameworkCriterion[]) =>
    request<{ criteria: FrameworkCriterion[] }>('PUT', `/regions/${enc(regionSlug)}/review-framework`, {
      criteria,
    }),
  review: (planId: string) => request<PlanReview>('GET', `/plans/${enc(planId)}/review`),
  score: (
    planId: string,
    body: { version: number; scores: Record<string, { score: number | null; note: string | null }> },
  ) => request<PlanReview>('PUT', `/plans/${enc(planId)}/review`, body),
  advise: (planId: string, body: { version: number; advice: AdviceKind; text: string }) =>
    request<PlanReview>('POST', `/plans/${enc(planId)}/review/advice`, body),
  quickScan: (planId: string) => request<QuickScan>('GET', `/plans/${enc(planId)}/quickscan`),
  saveQuickScan: (
    planId: string,
    body: { answers: Record<string, number>; designated: boolean; procedure?: string | null },
  ) => request<QuickScan>('PUT', `/plans/${enc(planId)}/quickscan`, body),
  addReport: (
    planId: string,
    body: { phase: string; done: string; discussion: string; useOfInput: string },
  ) => request<QuickScan>('POST', `/plans/${enc(planId)}/participation-reports`, body),
};

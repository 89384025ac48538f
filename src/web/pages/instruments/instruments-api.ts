/** The instruments' calls to /api/v1 (issue 5), through api.ts's `request`. */
import { request } from '../../api';

export interface SegmentLineInput {
  segment: string;
  homes: number;
  usableAreaM2?: number | null;
  monthlyRentEur?: number | null;
  priceEur?: number | null;
}

export interface OrdinanceRule {
  segment: 'socialRent' | 'midRent' | 'affordableBuy';
  maxMonthlyRentEur: number | null;
  maxPriceEur: number | null;
  minUsableAreaM2: number | null;
}

export interface ComplianceCheck {
  line: number;
  segment: string;
  rule: 'minUsableArea' | 'maxMonthlyRent' | 'maxPrice';
  ok: boolean;
  message: string;
  exception: { motivation: string; approvedBy: string } | null;
}

export interface Compliance {
  municipalityCode: string;
  ordinance: {
    id: string;
    title: string;
    effectiveFrom: string;
    rules: OrdinanceRule[];
    rulesText: string[];
    hardshipClause: string;
    source: string;
    demo: boolean;
  } | null;
  checks: ComplianceCheck[];
  ok: boolean;
  norms: { socialRentShare: number; affordableShare: number; ok: boolean };
}

export interface PlanCompliance extends Compliance {
  planId: string;
  exceptions: {
    id: string;
    segment: string;
    rule: string;
    motivation: string;
    approvedBy: string;
    recordedAt: string;
  }[];
  canRecordException: boolean;
}

export type CompensationMethod =
  | {
      kind: 'landValueDifference';
      areas: { area: string; freeSectorLandValueEur: number; socialRentValueEur: number }[];
    }
  | { kind: 'flatPerHome'; amountEur: number }
  | {
      kind: 'perSegment';
      amountsEur: Partial<Record<'midRent' | 'affordableBuy' | 'freeRent' | 'freeBuy', number>>;
    };

export interface Scheme {
  id: string;
  title: string;
  effectiveFrom: string;
  method: CompensationMethod;
  minProjectHomes: number;
  fundCapPerHomeEur: number | null;
  roundingEur: number;
  source: string;
  demo: boolean;
}

export interface Compensation {
  missingSocialHomes: number;
  amountEur: number;
  method: CompensationMethod['kind'];
  explanation: string;
  steps: string[];
  applies: boolean;
  scheme: Scheme;
}

export interface MunicipalityInstruments {
  code: string;
  name: string;
  ordinance: Omit<NonNullable<Compliance['ordinance']>, 'rulesText'> | null;
  versions: { id: string; title: string; effectiveFrom: string }[];
  scheme: Scheme | null;
  affectedPlans: { id: string; name: string; failing: string[] }[];
  canEdit: boolean;
}

export interface PolicyWhatIf {
  plans: number;
  lines: {
    planId: string;
    planName: string;
    compliant: { before: boolean; after: boolean };
    failing: { before: string[]; after: string[] };
    compensationEur: { before: number; after: number };
  }[];
  summary: {
    nowFailing: number;
    nowPassing: number;
    fundEur: { before: number; after: number };
    sentence: string;
  };
}

const enc = encodeURIComponent;

export const instrumentsApi = {
  overview: () => request<{ municipalities: MunicipalityInstruments[] }>('GET', '/instruments'),
  liveCompliance: (
    code: string,
    segments: SegmentLineInput[],
    deliveries: { year: number; homes: number }[],
  ) => request<Compliance>('POST', `/municipalities/${enc(code)}/compliance`, { segments, deliveries }),
  compensation: (code: string, segments: SegmentLineInput[], deliveries: { year: number; homes: number }[]) =>
    request<Compensation>('POST', `/municipalities/${enc(code)}/compensation`, { segments, deliveries }),
  planCompliance: (planId: string) => request<PlanCompliance>('GET', `/plans/${enc(planId)}/compliance`),
  recordException: (
    planId: string,
    body: { segment: string; rule: string; motivation: string; approvedBy: string },
  ) => request<PlanCompliance>('POST', `/plans/${enc(planId)}/hardship-exceptions`, body),
  addOrdinance: (
    code: string,
    body: {
      effectiveFrom: string;
      title: string;
      rules: OrdinanceRule[];
      hardshipClause: string;
      source: string;
    },
  ) => request<{ id: string }>('POST', `/municipalities/${enc(code)}/ordinances`, body),
  whatIf: (code: string, body: { ordinanceRules?: OrdinanceRule[]; schemeMethod?: CompensationMethod }) =>
    request<PolicyWhatIf>('POST', `/municipalities/${enc(code)}/instruments/what-if`, body),
};

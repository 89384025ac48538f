/** Compensation requests and the fund ledger (issue 5, item 3), through api.ts's `request`. */
import { request } from '../../api';

export interface CompensationRequests {
  planId: string;
  municipalityCode: string;
  canRequest: boolean;
  canDecide: boolean;
  /** A request waits for the municipality's decision; a new one can be filed after it. */
  hasPending: boolean;
  items: {
    id: string;
    status: 'submitted' | 'approved' | 'rejected';
    statusLabel: string;
    motivation: string;
    elsewhereNote: string | null;
    amountEur: number | null;
    decisionNote: string | null;
    createdAt: string;
    requester: string | null;
    decidedAt: string | null;
    /** The confidential open book: name, size and link only for the requester and the municipality. */
    openBook: { name: string; sizeBytes: number | null; url: string | null } | null;
  }[];
}

export interface Fund {
  municipalityCode: string;
  municipalityName: string;
  balanceEur: number;
  capPerHomeEur: number | null;
  canBook: boolean;
  entries: {
    id: string;
    bookedOn: string;
    kind: 'payment' | 'contribution' | 'correction';
    kindLabel: string;
    amountEur: number;
    homes: number | null;
    plan: { id: string; name: string } | null;
    requestId: string | null;
    correctsId: string | null;
    description: string;
    by: string | null;
    createdAt: string;
  }[];
}

const enc = encodeURIComponent;

export const fundApi = {
  requests: (planId: string) =>
    request<CompensationRequests>('GET', `/plans/${enc(planId)}/compensation-requests`),
  decide: (id: string, body: { decision: 'approved' | 'rejected'; note: string }) =>
    request<CompensationRequests>('POST', `/compensation-requests/${enc(id)}/decision`, body),
  fund: (code: string) => request<Fund>('GET', `/municipalities/${enc(code)}/fund`),
  book: (
    code: string,
    body: {
      kind: string;
      amountEur: number;
      homes?: number | null;
      correctsId?: string | null;
      bookedOn: string;
      description: string;
    },
  ) => request<Fund>('POST', `/municipalities/${enc(code)}/fund/entries`, body),
};

/** Agreements, the comparison grid, the regional draft, the directory and plan contacts (issue 6), via api.ts. */

import type {
  AgreementKind,
  CommitmentProgress,
  CommitmentStatus,
  CommitmentType,
  ComparisonGrid,
  RegionalDraft,
} from '../../../core/agreements';
import { request, toQuery } from '../../api';

export interface Party {
  organisationId: string;
  name: string;
  kind: string;
  kindLabel: string;
}

export interface Commitment {
  id: string;
  party: Party;
  topic: string;
  topicLabel: string;
  type: CommitmentType;
  typeLabel: string;
  description: string;
  target: number | null;
  /** Computed from the linked plans when `progress.basis` is `computed`, else as entered. */
  actual: number | null;
  actualEntered: number | null;
  unit: string;
  dueDate: string | null;
  status: CommitmentStatus;
  statusLabel: string;
  suggestedStatus: CommitmentStatus | null;
  evidence: string | null;
  version: number;
  progress: CommitmentProgress;
  plans: { id: string; name: string }[];
  updatedAt: string;
}

export interface Agreement {
  id: string;
  kind: AgreementKind;
  kindLabel: string;
  year: number;
  municipalityCode: string | null;
  municipalityName: string | null;
  title: string;
  source: string | null;
  notes: string | null;
  demo: boolean;
  parties: Party[];
  commitments: Commitment[];
  summary: { commitments: number; byStatus: Record<CommitmentStatus, number> };
  canEdit: boolean;
  updatedAt: string;
}

export interface CommitmentBody {
  partyOrganisationId: string;
  topic: string;
  type: CommitmentType;
  description: string;
  target: number | null;
  actual: number | null;
  unit: string;
  dueDate: string | null;
  status: CommitmentStatus;
  evidence: string | null;
  planIds: string[];
}

export interface AgreementBody {
  kind: AgreementKind;
  year: number;
  municipalityCode: string | null;
  title: string;
  partyIds: string[];
  source: string | null;
  notes: string | null;
  commitments?: CommitmentBody[];
}

export interface PlanContact {
  id: string;
  organisation: { id: string; name: string; kind: string; kindLabel: string };
  roleLabel: string;
  topic: string;
  phone: string | null;
  email: string | null;
  demo: boolean;
}

export interface PlanContacts {
  planId: string;
  planName: string;
  canEdit: boolean;
  planOrganisations: { id: string; name: string }[];
  items: PlanContact[];
}

export interface ContactBody {
  organisationId: string;
  roleLabel: string;
  topic: string;
  phone: string | null;
  email: string | null;
}

export interface Directory {
  tablesAvailable: boolean;
  tables: {
    id: string;
    name: string;
    members: { organisationId: string; organisationName: string; roleLabel: string }[];
  }[];
  organisations: {
    id: string;
    name: string;
    kind: string;
    kindLabel: string;
    cbsCode: string | null;
    accounts: { id: string; name: string; role: string; roleLabel: string; email: string }[];
    tables: { id: string; name: string; roleLabel: string }[];
  }[];
  plans: {
    id: string;
    name: string;
    municipalityCode: string;
    contacts: {
      id: string;
      organisationName: string;
      roleLabel: string;
      topic: string;
      phone: string | null;
      email: string | null;
    }[];
  }[];
}

const enc = encodeURIComponent;

export const agreementsApi = {
  list: (query: { municipality?: string; year?: number; kind?: string }) =>
    request<{ items: Agreement[] }>('GET', `/agreements${toQuery(query)}`),
  get: (id: string) => request<Agreement>('GET', `/agreements/${enc(id)}`),
  create: (body: AgreementBody) => request<Agreement>('POST', '/agreements', body),
  update: (id: string, body: Partial<AgreementBody>) =>
    request<Agreement>('PATCH', `/agreements/${enc(id)}`, body),
  remove: (id: string) => request<unknown>('DELETE', `/agreements/${enc(id)}`),
  addCommitment: (id: string, body: CommitmentBody) =>
    request<Agreement>('POST', `/agreements/${enc(id)}/commitments`, body),
  updateCommitment: (id: string, body: Partial<CommitmentBody> & { version: number }) =>
    request<Agreement>('PATCH', `/commitments/${enc(id)}`, body),
  removeCommitment: (id: string) => request<Agreement>('DELETE', `/commitments/${enc(id)}`),
  comparison: (year: number, municipalities: string[]) =>
    request<ComparisonGrid & { years: number[] }>(
      'GET',
      `/agreements/comparison${toQuery({ year, municipalities: municipalities.join(',') })}`,
    ),
  regionalDraft: (body: { year: number; municipalities?: string[]; minShare: number }) =>
    request<RegionalDraft & { regionOrganisationId: string | null }>(
      'POST',
      '/agreements/regional-draft',
      body,
    ),
  planCommitments: (planId: string) =>
    request<{
      items: (Commitment & { agreement: { id: string; title: string; year: number; kindLabel: string } })[];
    }>('GET', `/plans/${enc(planId)}/commitments`),
  directory: (municipality?: string) => request<Directory>('GET', `/directory${toQuery({ municipality })}`),
  contacts: (planId: string) => request<PlanContacts>('GET', `/plans/${enc(planId)}/contacts`),
  addContact: (planId: string, body: ContactBody) =>
    request<PlanContacts>('POST', `/plans/${enc(planId)}/contacts`, body),
  updateContact: (planId: string, contactId: string, body: ContactBody) =>
    request<PlanContacts>('PUT', `/plans/${enc(planId)}/contacts/${enc(contactId)}`, body),
  removeContact: (planId: string, contactId: string) =>
    request<PlanContacts>('DELETE', `/plans/${enc(planId)}/contacts/${enc(contactId)}`),
};

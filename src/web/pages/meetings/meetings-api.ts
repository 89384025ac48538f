/** The meetings area (issue 6) through api.ts's `request`: tables, meetings, agendas, decisions, proposals. */
import type { DecisionOutcome, ProposalStatus, Purpose } from '../../../core/meetings/route';
import { request, toQuery } from '../../api';

export type SubjectKind = 'free' | 'proposal' | 'bottleneck' | 'review' | 'plan';
export interface Subject {
  kind: Exclude<SubjectKind, 'free'>;
  id: string;
}

export interface TableMember {
  id: string;
  roleLabel: string;
  organisation: { id: string; name: string; kind: string };
}

export interface MeetingTable {
  id: string;
  key: string;
  name: string;
  description: string;
  source: string | null;
  demo: boolean;
  members: TableMember[];
  nextMeeting: { id: string; title: string; startsAt: string } | null;
}

export interface AgendaItem {
  id: string;
  meetingId: string;
  position: number;
  title: string;
  description: string;
  subjectKind: SubjectKind;
  subject: Subject | null;
  routeStepId: string | null;
  decision: string | null;
  decisionOutcome: DecisionOutcome | null;
  decidedAt: string | null;
  version: number;
}

export interface MeetingSummary {
  id: string;
  tableId: string | null;
  tableName: string | null;
  kind: 'meeting' | 'event';
  title: string;
  startsAt: string;
  endsAt: string;
  location: string;
  demo: boolean;
  agenda: AgendaItem[];
}

export interface ActionItem {
  id: string;
  meetingId: string;
  meetingTitle: string;
  meetingStartsAt: string;
  agendaItemId: string | null;
  agendaTitle: string | null;
  concerns: Subject | null;
  description: string;
  owner: { id: string; name: string };
  dueDate: string | null;
  status: 'open' | 'done';
  version: number;
}

export interface Meeting extends MeetingSummary {
  description: string;
  minutes: string;
  version: number;
  invitees: { organisationId: string; name: string; roleLabel: string | null }[];
  actionItems: ActionItem[];
  permissions: { canEdit: boolean };
}

export interface RouteStep {
  id: string;
  position: number;
  date: string | null;
  tableId: string;
  tableName: string;
  purpose: Purpose;
  purposeLabel: string;
  conclusion: string | null;
  outcome: 'done' | 'rejected' | null;
  scheduled: boolean;
  treatments: {
    meetingId: string;
    meetingTitle: string;
    startsAt: string;
    agendaItemId: string;
    decision: string | null;
  }[];
}

export interface Proposal {
  id: string;
  reference: string;
  title: string;
  contactRole: string;
  contactUnit: string;
  date: string;
  distribute: boolean;
  points: string[];
  explanation: string;
  attachments: { title: string; url: string | null }[];
  source: string | null;
  demo: boolean;
  version: number;
  status: ProposalStatus;
  statusLabel: string;
  currentStepIndex: number | null;
  routeSteps: RouteStep[];
  permissions: { canEdit: boolean };
}

export interface ProposalInput {
  reference: string;
  title: string;
  contactRole: string;
  contactUnit: string;
  date: string;
  distribute: boolean;
  points: string[];
  explanation: string;
  attachments: { title: string; url: string | null }[];
  routeSteps: { id?: string; tableId: string; date: string | null; purpose: Purpose }[];
}

export interface MeetingInput {
  kind?: 'meeting' | 'event';
  tableId?: string | null;
  title: string;
  startsAt: string;
  endsAt: string;
  location: string;
  description: string;
  invitees?: string[];
}

export const meetingsApi = {
  tables: () => request<{ items: MeetingTable[]; permissions: { canEdit: boolean } }>('GET', '/tables'),
  table: (id: string) =>
    request<MeetingTable & { meetings: MeetingSummary[]; permissions: { canEdit: boolean } }>(
      'GET',
      `/tables/${id}`,
    ),
  addMember: (tableId: string, body: { organisationId: string; roleLabel: string }) =>
    request<MeetingTable>('POST', `/tables/${tableId}/members`, body),
  removeMember: (tableId: string, memberId: string) =>
    request<MeetingTable>('DELETE', `/tables/${tableId}/members/${memberId}`),
  meetings: (filter: { tableId?: string; kind?: 'meeting' | 'event'; from?: string } = {}) =>
    request<{ items: MeetingSummary[] }>('GET', `/meetings${toQuery(filter)}`),
  meeting: (id: string) => request<Meeting>('GET', `/meetings/${id}`),
  createMeeting: (body: MeetingInput) => request<Meeting>('POST', '/meetings', body),
  updateMeeting: (id: string, body: MeetingInput & { version: number; minutes: string }) =>
    request<Meeting>('PATCH', `/meetings/${id}`, body),
  deleteMeeting: (id: string) => request<void>('DELETE', `/meetings/${id}`),
  addAgendaItem: (
    meetingId: string,
    body: { subjectKind: SubjectKind; subjectId: string | null; title: string; description: string },
  ) => request<{ item: AgendaItem }>('POST', `/meetings/${meetingId}/agenda-items`, body),
  putOnNextMeeting: (
    tableId: string,
    body: { subjectKind: Exclude<SubjectKind, 'free'>; subjectId: string },
  ) =>
    request<{ meeting: { id: string; title: string; startsAt: string }; item: AgendaItem }>(
      'POST',
      `/tables/${tableId}/next-meeting/agenda-items`,
      body,
    ),
  removeAgendaItem: (id: string) => request<void>('DELETE', `/agenda-items/${id}`),
  recordDecision: (
    id: string,
    body: { version: number; decision: string; outcome?: DecisionOutcome; conclusion?: string },
  ) => request<AgendaItem>('PUT', `/agenda-items/${id}/decision`, body),
  actionItems: (status?: 'open' | 'done') =>
    request<{ items: ActionItem[] }>('GET', `/action-items${toQuery({ status })}`),
  createActionItem: (
    meetingId: string,
    body: {
      description: string;
      ownerOrganisationId: string;
      dueDate: string | null;
      agendaItemId: string | null;
    },
  ) => request<ActionItem>('POST', `/meetings/${meetingId}/action-items`, body),
  updateActionItem: (id: string, body: { version: number; status: 'open' | 'done' }) =>
    request<ActionItem>('PATCH', `/action-items/${id}`, body),
  proposals: () => request<{ items: Proposal[] }>('GET', '/proposals'),
  proposal: (id: string) => request<Proposal>('GET', `/proposals/${id}`),
  createProposal: (body: ProposalInput) => request<Proposal>('POST', '/proposals', body),
  updateProposal: (id: string, body: ProposalInput & { version: number }) =>
    request<Proposal>('PUT', `/proposals/${id}`, body),
};

/** Where a subject of an agenda item lives in the web app. */
export function subjectHref(subject: Subject | null): string | null {
  if (!subject) return null;
  if (subject.kind === 'proposal') return `/overleg/voorstellen/${subject.id}`;
  if (subject.kind === 'bottleneck') return '/knelpunten';
  if (subject.kind === 'review') return `/plannen/${subject.id}/toetsing`;
  return `/plannen/${subject.id}`;
}

export const SUBJECT_LABELS: Record<SubjectKind, string> = {
  free: 'Vrije tekst',
  proposal: 'Voorstel',
  bottleneck: 'Knelpunt',
  review: 'Regionale toets',
  plan: 'Plan',
};

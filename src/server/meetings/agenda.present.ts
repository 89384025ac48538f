import type { findActionItems, findAgendaItems } from './meetings.queries';
import type { SubjectKind } from './meetings.schema';

type AgendaRow = Awaited<ReturnType<typeof findAgendaItems>>[number];
type ActionRow = Awaited<ReturnType<typeof findActionItems>>[number];

/** What an agenda item is about: the kind and the id of the proposal, bottleneck or plan (a review is its plan's). */
function subjectOf(row: {
  subjectKind: string | null;
  proposalId: string | null;
  bottleneckId: string | null;
  planId: string | null;
}): { kind: Exclude<SubjectKind, 'free'>; id: string } | null {
  const id =
    row.subjectKind === 'proposal'
      ? row.proposalId
      : row.subjectKind === 'bottleneck'
        ? row.bottleneckId
        : row.subjectKind === 'plan' || row.subjectKind === 'review'
          ? row.planId
          : null;
  return id ? { kind: row.subjectKind as Exclude<SubjectKind, 'free'>, id } : null;
}

/** An agenda item with its decision. */
export function presentAgendaItem(row: AgendaRow) {
  return {
    id: row.id,
    meetingId: row.meetingId,
    position: row.position,
    title: row.title,
    description: row.description,
    subjectKind: row.subjectKind as SubjectKind,
    subject: subjectOf(row),
    routeStepId: row.routeStepId,
    decision: row.decision,
    decisionOutcome: row.decisionOutcome,
    decidedAt: row.decidedAt?.toISOString() ?? null,
    version: row.version,
  };
}

/** An action item with its owner, meeting and what it concerns. */
export function presentActionItem(row: ActionRow) {
  return {
    id: row.item.id,
    meetingId: row.item.meetingId,
    meetingTitle: row.meetingTitle,
    meetingStartsAt: row.meetingStartsAt.toISOString(),
    agendaItemId: row.item.agendaItemId,
    agendaTitle: row.agendaTitle,
    concerns: subjectOf({
      subjectKind: row.agendaSubjectKind,
      proposalId: row.agendaProposalId,
      bottleneckId: row.agendaBottleneckId,
      planId: row.agendaPlanId,
    }),
    description: row.item.description,
    owner: { id: row.item.ownerOrganisationId, name: row.ownerName },
    dueDate: row.item.dueDate,
    status: row.item.status as 'open' | 'done',
    version: row.item.version,
  };
}

import {
  type AgreementKind,
  type CommitmentStatus,
  type CommitmentType,
  computeProgress,
  KIND_LABELS,
  PARTY_KIND_LABELS,
  STATUS_LABELS,
  suggestStatus,
  TYPE_LABELS,
  topicOf,
} from '../../core/agreements';
import type { Actor } from '../auth/actor';
import { canEditAgreement } from './agreements.policy';
import type { AgreementRecord } from './agreements.queries';

const party = (p: { organisationId: string; name: string; kind: string }) => ({
  organisationId: p.organisationId,
  name: p.name,
  kind: p.kind,
  kindLabel: PARTY_KIND_LABELS[p.kind] ?? p.kind,
});

/** One commitment: the contract's fields, with `actual` computed from the linked plans where the topic allows. */
function presentCommitment(record: AgreementRecord, line: AgreementRecord['commitments'][number]) {
  const c = line.row;
  const progress = computeProgress({ topic: c.topic, dueDate: c.dueDate }, record.row.year, line.plans);
  const actual = progress.basis === 'computed' ? progress.delivered : c.actual;
  const status = c.status as CommitmentStatus;
  // Only computed numbers suggest a status: an entered number may be a maximum (e.g. sales), not a goal.
  const suggested =
    progress.basis === 'computed' ? suggestStatus(c.target, progress.delivered, progress.planned) : null;
  return {
    id: c.id,
    party: party({ organisationId: c.partyOrganisationId, name: line.partyName, kind: line.partyKind }),
    topic: topicOf(c.topic).key,
    topicLabel: topicOf(c.topic).label,
    type: c.type as CommitmentType,
    typeLabel: TYPE_LABELS[c.type as CommitmentType] ?? c.type,
    description: c.description,
    target: c.target,
    actual,
    actualEntered: c.actual,
    unit: c.unit,
    dueDate: c.dueDate,
    status,
    statusLabel: STATUS_LABELS[status] ?? status,
    suggestedStatus: suggested,
    evidence: c.evidence,
    version: c.version,
    progress,
    plans: line.plans.map((p) => ({ id: p.id, name: p.name })),
    updatedAt: c.updatedAt.toISOString(),
  };
}

/**
 * An agreement as the API shows it. The contract's shape (api-contract.md: id, year, municipalityCode, parties,
 * commitments: [{ id, party, type, description, target, actual, dueDate, status }]) plus what the pages need.
 */
export function presentAgreement(record: AgreementRecord, actor: Actor) {
  const { row } = record;
  const commitments = record.commitments.map((line) => presentCommitment(record, line));
  const byStatus = { onTrack: 0, atRisk: 0, behind: 0, done: 0 } as Record<CommitmentStatus, number>;
  for (const c of commitments) byStatus[c.status] = (byStatus[c.status] ?? 0) + 1;
  return {
    id: row.id,
    kind: row.kind as AgreementKind,
    kindLabel: KIND_LABELS[row.kind as AgreementKind] ?? row.kind,
    year: row.year,
    municipalityCode: row.municipalityCode,
    municipalityName: record.municipalityName,
    title: row.title,
    source: row.source,
    notes: row.notes,
    demo: row.demo,
    parties: record.parties.map(party),
    commitments,
    summary: { commitments: commitments.length, byStatus },
    canEdit: canEditAgreement(actor, { partyIds: record.parties.map((p) => p.organisationId) }),
    updatedAt: row.updatedAt.toISOString(),
  };
}
export type AgreementJson = ReturnType<typeof presentAgreement>;

import { and, eq } from 'drizzle-orm';
import type { Segment } from '../../core/programme';
import { writeAudit } from '../audit/audit';
import type { Actor } from '../auth/actor';
import { visiblePlans } from '../auth/visibility';
import type { Db } from '../db/client';
import { compensationRequests, plans, users } from '../db/schema';
import { AppError } from '../http/errors';
import { calculateCompensation, schemeInForce } from '../instruments/compensation.service';
import { findVisiblePlan, type PlanRecord } from '../plans/plans.queries';
import { canDecideRequest, canFileRequest, canSeeOpenBook } from './fund.policy';
import { findMunicipality, lockOn, requestRows, todayInAmsterdam } from './fund.queries';
import { insertEntry } from './ledger.service';
import type { OpenBook } from './open-book';

const STATUS_LABELS: Record<string, string> = {
  submitted: 'Ingediend',
  approved: 'Toegekend',
  rejected: 'Afgewezen',
};

async function requirePlan(db: Db, actor: Actor, planId: string) {
  const plan = await findVisiblePlan(db, actor, planId);
  if (!plan) throw new AppError('notFound', 'Dit plan bestaat niet of je mag het niet zien.');
  return { ...plan, partyIds: plan.parties.map((p) => p.organisationId) };
}

/** GET /plans/{id}/compensation-requests: the requests with status and decision; the file only as name, size, link. */
export async function listRequests({ db, actor, planId }: { db: Db; actor: Actor; planId: string }) {
  const plan = await requirePlan(db, actor, planId);
  const rows = await requestRows(db, planId);
  const municipalityCode = plan.row.municipalityCode;
  return {
    planId,
    municipalityCode,
    canRequest: canFileRequest(actor, { ...plan.row, partyIds: plan.partyIds }),
    canDecide: canDecideRequest(actor, municipalityCode),
    hasPending: rows.some((row) => row.status === 'submitted'),
    items: rows.map(({ requesterId, attachmentName, attachmentBytes, ...row }) => ({
      ...row,
      statusLabel: STATUS_LABELS[row.status] ?? row.status,
      decidedAt: row.decidedAt?.toISOString() ?? null,
      createdAt: row.createdAt.toISOString(),
      openBook: !attachmentName
        ? null
        : canSeeOpenBook(actor, requesterId, municipalityCode)
          ? {
              name: attachmentName,
              sizeBytes: attachmentBytes,
              url: `/api/v1/compensation-requests/${row.id}/open-book`,
            }
          : { name: 'vertrouwelijk', sizeBytes: null, url: null },
    })),
  };
}

/**
 * The request goes to the plan's municipality, so the municipality must see the plan: visible to the region, or
 * shared with the partners and the municipality its owner or named as one.
 */
async function requireSeenByMunicipality(db: Db, plan: PlanRecord & { partyIds: string[] }) {
  const municipality = await findMunicipality(db, plan.row.regionId, plan.row.municipalityCode);
  const seen =
    plan.row.visibility === 'region' ||
    (plan.row.visibility === 'partners' &&
      !!municipality &&
      (plan.row.ownerOrganisationId === municipality.id || plan.partyIds.includes(municipality.id)));
  if (!seen) {
    throw new AppError(
      'validation',
      `De gemeente kan dit plan niet zien. Zet de zichtbaarheid op 'regio', of noem de gemeente als partij, en dien het verzoek dan in.`,
    );
  }
}

/**
 * POST /plans/{id}/compensation-requests: the owner's or a party's motivated request to pay into the fund instead
 * of building the missing social rent homes, after checking they cannot be built elsewhere, with an optional
 * confidential open book (seed 003: "met een goed gemotiveerd verzoek aantonen", "onderzoeken of de sociale
 * huurwoningen elders gerealiseerd kunnen worden", "open boek"). The amount under the scheme in force is kept.
 */
export async function fileRequest({
  db,
  actor,
  planId,
  fields,
  openBook,
}: {
  db: Db;
  actor: Actor;
  planId: string;
  fields: { motivation: string; elsewhereNote: string };
  openBook: OpenBook | null;
}) {
  const plan = await requirePlan(db, actor, planId);
  if (!canFileRequest(actor, { ...plan.row, partyIds: plan.partyIds })) {
    throw new AppError(
      'forbidden',
      'Alleen de initiatiefnemer of een partij van het plan dient een verzoek in.',
    );
  }
  await requireSeenByMunicipality(db, plan);
  const calculated = await calculateCompensation(db, plan.row.regionId, plan.row.municipalityCode, {
    segments: plan.segments.map((s) => ({ ...s, segment: s.segment as Segment })),
    deliveries: plan.deliveries,
  });
  if (!calculated)
    throw new AppError('notFound', 'Deze gemeente heeft geen compensatieregeling in Woonregie.');
  const { result } = calculated;
  if (!result.applies || result.amountEur === 0) {
    throw new AppError(
      'validation',
      'Dit plan haalt de norm of valt buiten de regeling: er valt niets te compenseren.',
    );
  }
  await db.transaction(async (tx) => {
    await lockOn(tx, `compensation:${planId}`);
    const [pending] = await tx
      .select({ id: compensationRequests.id })
      .from(compensationRequests)
      .where(and(eq(compensationRequests.planId, planId), eq(compensationRequests.status, 'submitted')));
    if (pending) throw new AppError('conflict', 'Er ligt al een verzoek voor dit plan bij de gemeente.');
    const [inserted] = await tx
      .insert(compensationRequests)
      .values({
        planId,
        motivation: fields.motivation,
        elsewhereChecked: true,
        elsewhereNote: fields.elsewhereNote,
        attachmentName: openBook?.name ?? null,
        attachmentType: openBook?.type ?? null,
        attachment: openBook?.content ?? null,
        amountEur: result.amountEur,
        createdBy: actor.userId,
      })
      .returning({ id: compensationRequests.id });
    if (!inserted) throw new Error('request not saved');
    await writeAudit(tx, actor, {
      action: 'create',
      entityType: 'compensationRequest',
      entityId: inserted.id,
      summary: `Compensatieverzoek voor "${plan.row.name}": ${result.missingSocialHomes} sociale huurwoningen, € ${result.amountEur}`,
      after: { ...fields, openBook: openBook?.name ?? null, amountEur: result.amountEur },
    });
  });
  return listRequests({ db, actor, planId });
}

async function findRequest(db: Db, actor: Actor, id: string) {
  const [row] = await db
    .select({ request: compensationRequests, plan: plans, requesterOrg: users.organisationId })
    .from(compensationRequests)
    .innerJoin(plans, eq(plans.id, compensationRequests.planId))
    .leftJoin(users, eq(users.id, compensationRequests.createdBy))
    .where(and(eq(compensationRequests.id, id), visiblePlans(actor)));
  if (!row) throw new AppError('notFound', 'Dit verzoek bestaat niet of je mag het niet zien.');
  return row;
}

/** GET /compensation-requests/{id}/open-book: only for the requesting organisation and the plan's municipality. */
export async function openBookFile({ db, actor, id }: { db: Db; actor: Actor; id: string }) {
  const { request, plan, requesterOrg } = await findRequest(db, actor, id);
  // A 404, not a 403: others do not learn that a confidential file exists.
  if (!request.attachment || !canSeeOpenBook(actor, requesterOrg, plan.municipalityCode)) {
    throw new AppError('notFound', 'Dit bestand bestaat niet of is vertrouwelijk.');
  }
  return {
    name: request.attachmentName ?? 'open-boek',
    type: request.attachmentType ?? 'application/octet-stream',
    content: request.attachment,
  };
}

/**
 * POST /compensation-requests/{id}/decision: the municipality approves or rejects, with a motivation, once.
 * Approval books the request's amount as a payment into the municipality's fund in the same transaction.
 */
export async function decideRequest({
  db,
  actor,
  id,
  body,
}: {
  db: Db;
  actor: Actor;
  id: string;
  body: { decision: 'approved' | 'rejected'; note: string };
}) {
  const { request, plan } = await findRequest(db, actor, id);
  if (!canDecideRequest(actor, plan.municipalityCode)) {
    throw new AppError('forbidden', 'Alleen de gemeente van het plan besluit over een compensatieverzoek.');
  }
  const scheme = await schemeInForce(db, plan.regionId, plan.municipalityCode);
  await db.transaction(async (tx) => {
    // Only a request still waiting changes: of two decisions at the same moment, one wins; the other is a 409.
    const decided = await tx
      .update(compensationRequests)
      .set({
        status: body.decision,
        decision: body.decision,
        decisionNote: body.note,
        decidedAt: new Date(),
        decidedBy: actor.userId,
      })
      .where(and(eq(compensationRequests.id, id), eq(compensationRequests.status, 'submitted')))
      .returning({ id: compensationRequests.id });
    if (decided.length === 0) throw new AppError('conflict', 'Over dit verzoek is al besloten.');
    await writeAudit(tx, actor, {
      action: 'update',
      entityType: 'compensationRequest',
      entityId: id,
      summary: `Compensatieverzoek "${plan.name}" ${body.decision === 'approved' ? 'toegekend' : 'afgewezen'}`,
      before: { status: request.status },
      after: body,
    });
    if (body.decision === 'approved' && (request.amountEur ?? 0) > 0) {
      const fund = {
        regionId: plan.regionId,
        municipalityCode: plan.municipalityCode,
        capPerHomeEur: scheme?.fundCapPerHomeEur ?? null,
      };
      await insertEntry(tx, actor, fund, {
        kind: 'payment',
        amountEur: request.amountEur ?? 0,
        bookedOn: todayInAmsterdam(),
        planId: plan.id,
        requestId: id,
        description: `Afdracht ${plan.name} (toegekend compensatieverzoek)`,
      });
    }
  });
  return listRequests({ db, actor, planId: plan.id });
}

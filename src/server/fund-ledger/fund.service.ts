import { and, desc, eq, inArray } from 'drizzle-orm';
import { FUND_ENTRY_LABELS, type FundEntryKind, fundBalance, fundEntryError } from '../../core/instruments';
import type { Segment } from '../../core/programme';
import { writeAudit } from '../audit/audit';
import type { Actor } from '../auth/actor';
import { visiblePlans } from '../auth/visibility';
import type { Db } from '../db/client';
import { compensationRequests, fundEntries, organisations, plans, users } from '../db/schema';
import { AppError } from '../http/errors';
import { calculateCompensation } from '../instruments/compensation.service';
import { canDecideFor } from '../instruments/compliance.service';
import { schemeInForce } from '../instruments/instruments.queries';
import { canEditPlan } from '../plans/plans.policy';
import { findVisiblePlan } from '../plans/plans.queries';

export interface OpenBook {
  name: string;
  type: string;
  content: Buffer;
}

async function requirePlan(db: Db, actor: Actor, planId: string) {
  const plan = await findVisiblePlan(db, actor, planId);
  if (!plan) throw new AppError('notFound', 'Dit plan bestaat niet of je mag het niet zien.');
  return plan;
}

const STATUS_LABELS: Record<string, string> = {
  submitted: 'Ingediend',
  approved: 'Toegekend',
  rejected: 'Afgewezen',
};

/** Who may open a request's open-book attachment: the organisation that filed it and the plan's municipality. */
function canSeeOpenBook(actor: Actor, requesterOrganisationId: string | null, municipalityCode: string) {
  return actor.organisationId === requesterOrganisationId || actor.cbsCode === municipalityCode;
}

/** GET /plans/{id}/compensation-requests: the requests with status and decision; the file only as a name. */
export async function listRequests({ db, actor, planId }: { db: Db; actor: Actor; planId: string }) {
  const plan = await requirePlan(db, actor, planId);
  const rows = await db
    .select({
      id: compensationRequests.id,
      status: compensationRequests.status,
      motivation: compensationRequests.motivation,
      elsewhereNote: compensationRequests.elsewhereNote,
      attachmentName: compensationRequests.attachmentName,
      amountEur: compensationRequests.amountEur,
      decision: compensationRequests.decision,
      decisionNote: compensationRequests.decisionNote,
      decidedAt: compensationRequests.decidedAt,
      createdAt: compensationRequests.createdAt,
      requester: organisations.name,
      requesterId: organisations.id,
    })
    .from(compensationRequests)
    .leftJoin(users, eq(users.id, compensationRequests.createdBy))
    .leftJoin(organisations, eq(organisations.id, users.organisationId))
    .where(eq(compensationRequests.planId, planId))
    .orderBy(desc(compensationRequests.createdAt));
  const partyIds = plan.parties.map((p) => p.organisationId);
  return {
    planId,
    municipalityCode: plan.row.municipalityCode,
    canRequest: canEditPlan(actor, { ...plan.row, partyIds }) && actor.organisationKind !== 'municipality',
    canDecide: canDecideFor(actor, plan.row.municipalityCode),
    items: rows.map(({ requesterId, ...row }) => ({
      ...row,
      statusLabel: STATUS_LABELS[row.status] ?? row.status,
      decidedAt: row.decidedAt?.toISOString() ?? null,
      createdAt: row.createdAt.toISOString(),
      openBook:
        row.attachmentName && canSeeOpenBook(actor, requesterId, plan.row.municipalityCode)
          ? { name: row.attachmentName, url: `/api/v1/compensation-requests/${row.id}/open-book` }
          : row.attachmentName
            ? { name: 'vertrouwelijk', url: null }
            : null,
    })),
  };
}

/**
 * POST /plans/{id}/compensation-requests: a developer's (or corporation's) motivated request to pay into the fund
 * instead of building the missing social rent homes, after checking they cannot be built elsewhere, with an
 * optional confidential open-book file. The amount is computed under the scheme in force and kept with it.
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
  const partyIds = plan.parties.map((p) => p.organisationId);
  if (!canEditPlan(actor, { ...plan.row, partyIds }) || actor.organisationKind === 'municipality') {
    throw new AppError(
      'forbidden',
      'Alleen de initiatiefnemer of een partij van het plan dient een verzoek in.',
    );
  }
  const calculated = await calculateCompensation(db, plan.row.regionId, plan.row.municipalityCode, {
    segments: plan.segments.map((s) => ({ ...s, segment: s.segment as Segment })),
    deliveries: plan.deliveries,
  });
  if (!calculated)
    throw new AppError('notFound', 'Deze gemeente heeft geen compensatieregeling in Woonregie.');
  if (calculated.result.missingSocialHomes === 0 || !calculated.result.applies) {
    throw new AppError(
      'validation',
      'Dit plan haalt de norm of valt buiten de regeling: er valt niets te compenseren.',
      [{ path: 'motivation', message: 'Er valt niets te compenseren.' }],
    );
  }
  const [row] = await db.transaction(async (tx) => {
    const inserted = await tx
      .insert(compensationRequests)
      .values({
        planId,
        motivation: fields.motivation,
        elsewhereChecked: true,
        elsewhereNote: fields.elsewhereNote,
        attachmentName: openBook?.name ?? null,
        attachmentType: openBook?.type ?? null,
        attachment: openBook?.content ?? null,
        amountEur: calculated.result.amountEur,
        createdBy: actor.userId,
      })
      .returning({ id: compensationRequests.id });
    await writeAudit(tx, actor, {
      action: 'create',
      entityType: 'compensationRequest',
      entityId: inserted[0]?.id ?? planId,
      summary: `Compensatieverzoek voor "${plan.row.name}": ${calculated.result.missingSocialHomes} sociale huurwoningen, € ${calculated.result.amountEur}`,
      after: { ...fields, openBook: openBook?.name ?? null, amountEur: calculated.result.amountEur },
    });
    return inserted;
  });
  if (!row) throw new Error('request not saved');
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

/** GET /compensation-requests/{id}/open-book: only the requesting organisation and the plan's municipality. */
export async function openBookFile({ db, actor, id }: { db: Db; actor: Actor; id: string }) {
  const { request, plan, requesterOrg } = await findRequest(db, actor, id);
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
 * POST /compensation-requests/{id}/decision: the municipality approves or rejects, with a motivation. Approval
 * books the amount as a payment into the municipality's fund in the same transaction.
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
  if (!canDecideFor(actor, plan.municipalityCode)) {
    throw new AppError('forbidden', 'Alleen de gemeente van het plan besluit over een compensatieverzoek.');
  }
  if (request.status !== 'submitted') throw new AppError('conflict', 'Over dit verzoek is al besloten.');
  await db.transaction(async (tx) => {
    await tx
      .update(compensationRequests)
      .set({
        status: body.decision,
        decision: body.decision,
        decisionNote: body.note,
        decidedAt: new Date(),
        decidedBy: actor.userId,
      })
      .where(eq(compensationRequests.id, id));
    if (body.decision === 'approved' && (request.amountEur ?? 0) > 0) {
      await tx.insert(fundEntries).values({
        regionId: plan.regionId,
        municipalityCode: plan.municipalityCode,
        bookedOn: new Date().toISOString().slice(0, 10),
        kind: 'payment',
        amountEur: request.amountEur ?? 0,
        planId: plan.id,
        requestId: id,
        description: `Afdracht ${plan.name} (toegekend compensatieverzoek)`,
        createdBy: actor.userId,
      });
    }
    await writeAudit(tx, actor, {
      action: 'update',
      entityType: 'compensationRequest',
      entityId: id,
      summary: `Compensatieverzoek "${plan.name}" ${body.decision === 'approved' ? 'toegekend' : 'afgewezen'}`,
      after: body,
    });
  });
  return listRequests({ db, actor, planId: plan.id });
}

/** GET /municipalities/{code}/fund: the ledger (newest first), its balance and the cap per home. */
export async function getFund({
  db,
  actor,
  municipalityCode,
}: {
  db: Db;
  actor: Actor;
  municipalityCode: string;
}) {
  const [municipality] = await db
    .select({ name: organisations.name })
    .from(organisations)
    .where(and(eq(organisations.regionId, actor.regionId), eq(organisations.cbsCode, municipalityCode)));
  if (!municipality) throw new AppError('notFound', 'Deze gemeente hoort niet bij je regio.');
  const rows = await db
    .select({ entry: fundEntries, by: users.name })
    .from(fundEntries)
    .leftJoin(users, eq(users.id, fundEntries.createdBy))
    .where(and(eq(fundEntries.regionId, actor.regionId), eq(fundEntries.municipalityCode, municipalityCode)))
    .orderBy(desc(fundEntries.bookedOn), desc(fundEntries.createdAt));
  const planIds = [...new Set(rows.flatMap((r) => (r.entry.planId ? [r.entry.planId] : [])))];
  const visible = planIds.length
    ? await db
        .select({ id: plans.id, name: plans.name })
        .from(plans)
        .where(and(visiblePlans(actor), inArray(plans.id, planIds)))
    : [];
  const names = new Map(visible.map((p) => [p.id, p.name]));
  const scheme = await schemeInForce(db, actor.regionId, municipalityCode);
  return {
    municipalityCode,
    municipalityName: municipality.name.replace(/^Gemeente /, ''),
    balanceEur: fundBalance(rows.map((r) => r.entry)),
    capPerHomeEur: scheme?.fundCapPerHomeEur ?? null,
    canBook: canDecideFor(actor, municipalityCode),
    entries: rows.map(({ entry, by }) => ({
      id: entry.id,
      bookedOn: entry.bookedOn,
      kind: entry.kind,
      kindLabel: FUND_ENTRY_LABELS[entry.kind as FundEntryKind] ?? entry.kind,
      amountEur: entry.amountEur,
      homes: entry.homes,
      plan: entry.planId
        ? { id: entry.planId, name: names.get(entry.planId) ?? 'een plan dat je niet mag zien' }
        : null,
      correctsId: entry.correctsId,
      description: entry.description,
      by,
      createdAt: entry.createdAt.toISOString(),
    })),
  };
}

/** POST /municipalities/{code}/fund/entries: a new entry; never an edit (a correction is a new entry). */
export async function bookEntry({
  db,
  actor,
  municipalityCode,
  body,
}: {
  db: Db;
  actor: Actor;
  municipalityCode: string;
  body: {
    kind: FundEntryKind;
    amountEur: number;
    homes?: number | null | undefined;
    planId?: string | null | undefined;
    correctsId?: string | null | undefined;
    bookedOn: string;
    description: string;
  };
}) {
  const fund = await getFund({ db, actor, municipalityCode });
  if (!fund.canBook) throw new AppError('forbidden', 'Alleen de gemeente boekt in haar fonds.');
  const error = fundEntryError(body, {
    balanceEur: fund.balanceEur,
    capPerHomeEur: fund.capPerHomeEur,
    knownIds: new Set(fund.entries.map((e) => e.id)),
  });
  if (error)
    throw new AppError('validation', error, [
      { path: body.kind === 'contribution' && /woning/.test(error) ? 'homes' : 'amountEur', message: error },
    ]);
  await db.transaction(async (tx) => {
    await tx.insert(fundEntries).values({
      regionId: actor.regionId,
      municipalityCode,
      bookedOn: body.bookedOn,
      kind: body.kind,
      amountEur: body.amountEur,
      homes: body.homes ?? null,
      planId: body.planId ?? null,
      correctsId: body.correctsId ?? null,
      description: body.description,
      createdBy: actor.userId,
    });
    await writeAudit(tx, actor, {
      action: 'create',
      entityType: 'fundEntry',
      entityId: municipalityCode,
      summary: `Fonds ${municipalityCode}: ${FUND_ENTRY_LABELS[body.kind]} € ${body.amountEur}`,
      after: body,
    });
  });
  return getFund({ db, actor, municipalityCode });
}

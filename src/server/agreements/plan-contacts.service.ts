import { and, asc, eq } from 'drizzle-orm';
import { PARTY_KIND_LABELS } from '../../core/agreements';
import { writeAudit } from '../audit/audit';
import type { Actor } from '../auth/actor';
import type { Db } from '../db/client';
import { organisations } from '../db/schema';
import { planContacts } from '../db/schema-agreements';
import { AppError } from '../http/errors';
import { canEditPlan } from '../plans/plans.policy';
import { findVisiblePlan } from '../plans/plans.queries';
import { regionOrganisations } from './agreements.queries';
import type { TPlanContactInput } from './plan-contacts.schema';

type Ctx = { db: Db; actor: Actor; planId: string };

/** The plan, when the actor may see it (else 404), and whether they may edit it (the plan's editors). */
async function requirePlan(db: Db, actor: Actor, planId: string) {
  const plan = await findVisiblePlan(db, actor, planId);
  if (!plan) throw new AppError('notFound', 'Dit plan bestaat niet of je mag het niet zien.');
  const canEdit = canEditPlan(actor, {
    ownerOrganisationId: plan.row.ownerOrganisationId,
    municipalityCode: plan.row.municipalityCode,
    partyIds: plan.parties.map((p) => p.organisationId),
  });
  return { plan, canEdit };
}

/** GET /plans/{id}/contacts: who to call for what on this plan; visible as the plan is. */
export async function listPlanContacts({ db, actor, planId }: Ctx) {
  const { plan, canEdit } = await requirePlan(db, actor, planId);
  const rows = await db
    .select({
      contact: planContacts,
      organisationName: organisations.name,
      organisationKind: organisations.kind,
    })
    .from(planContacts)
    .innerJoin(organisations, eq(organisations.id, planContacts.organisationId))
    .where(eq(planContacts.planId, planId))
    .orderBy(asc(planContacts.topic), asc(organisations.name));
  return {
    planId,
    planName: plan.row.name,
    canEdit,
    /** The organisations a form offers first: the plan's owner and parties. */
    planOrganisations: [
      ...new Map(
        [
          { organisationId: plan.row.ownerOrganisationId, organisationName: plan.ownerName },
          ...plan.parties,
        ].map((p) => [p.organisationId, { id: p.organisationId, name: p.organisationName }]),
      ).values(),
    ],
    items: rows.map(({ contact, organisationName, organisationKind }) => ({
      id: contact.id,
      organisation: {
        id: contact.organisationId,
        name: organisationName,
        kind: organisationKind,
        kindLabel: PARTY_KIND_LABELS[organisationKind] ?? organisationKind,
      },
      roleLabel: contact.roleLabel,
      topic: contact.topic,
      phone: contact.phone,
      email: contact.email,
      demo: contact.demo,
    })),
  };
}

async function requireEditor(db: Db, actor: Actor, planId: string, input?: TPlanContactInput) {
  const { plan, canEdit } = await requirePlan(db, actor, planId);
  if (!canEdit)
    throw new AppError('forbidden', 'Alleen wie dit plan mag bewerken, legt vast wie je waarvoor belt.');
  if (input && (await regionOrganisations(db, actor, [input.organisationId])).length === 0) {
    throw new AppError('validation', 'Niet alle velden zijn goed ingevuld.', [
      { path: 'organisationId', message: 'Kies een organisatie uit de regio.' },
    ]);
  }
  return plan;
}

const duplicate = () =>
  new AppError('conflict', 'Deze rol staat al voor dit onderwerp bij deze organisatie.', [
    { path: 'roleLabel', message: 'Deze rol staat al voor dit onderwerp bij deze organisatie.' },
  ]);

/** POST /plans/{id}/contacts. */
export async function addPlanContact({ db, actor, planId, input }: Ctx & { input: TPlanContactInput }) {
  const plan = await requireEditor(db, actor, planId, input);
  await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(planContacts)
      .values({ ...input, planId, createdBy: actor.userId })
      .onConflictDoNothing()
      .returning({ id: planContacts.id });
    if (!row) throw duplicate();
    await writeAudit(tx, actor, {
      action: 'create',
      entityType: 'planContact',
      entityId: row.id,
      summary: `Contact voor "${input.topic}" toegevoegd aan "${plan.row.name}"`,
      after: input,
    });
  });
  return listPlanContacts({ db, actor, planId });
}

async function requireContact(db: Db, planId: string, contactId: string) {
  const [row] = await db
    .select()
    .from(planContacts)
    .where(and(eq(planContacts.id, contactId), eq(planContacts.planId, planId)));
  if (!row) throw new AppError('notFound', 'Dit contact bestaat niet (meer).');
  return row;
}

/** PUT /plans/{id}/contacts/{contactId}. */
export async function updatePlanContact({
  db,
  actor,
  planId,
  contactId,
  input,
}: Ctx & { contactId: string; input: TPlanContactInput }) {
  const plan = await requireEditor(db, actor, planId, input);
  const before = await requireContact(db, planId, contactId);
  await db.transaction(async (tx) => {
    const rows = await tx
      .update(planContacts)
      .set({ ...input, updatedAt: new Date() })
      .where(eq(planContacts.id, contactId))
      .returning({ id: planContacts.id })
      .catch((error: unknown) => {
        if (
          String(
            (error as { cause?: { code?: string } })?.cause?.code ?? (error as { code?: string }).code,
          ) === '23505'
        )
          throw duplicate();
        throw error;
      });
    if (!rows.length) throw new AppError('notFound', 'Dit contact bestaat niet (meer).');
    await writeAudit(tx, actor, {
      action: 'update',
      entityType: 'planContact',
      entityId: contactId,
      summary: `Contact voor "${input.topic}" bij "${plan.row.name}" gewijzigd`,
      before,
      after: input,
    });
  });
  return listPlanContacts({ db, actor, planId });
}

/** DELETE /plans/{id}/contacts/{contactId} (the page asks first). */
export async function deletePlanContact({ db, actor, planId, contactId }: Ctx & { contactId: string }) {
  const plan = await requireEditor(db, actor, planId);
  const before = await requireContact(db, planId, contactId);
  await db.transaction(async (tx) => {
    await tx.delete(planContacts).where(eq(planContacts.id, contactId));
    await writeAudit(tx, actor, {
      action: 'delete',
      entityType: 'planContact',
      entityId: contactId,
      summary: `Contact voor "${before.topic}" bij "${plan.row.name}" verwijderd`,
      before,
    });
  });
  return listPlanContacts({ db, actor, planId });
}

import { and, eq, inArray, sql } from 'drizzle-orm';
import type { TAgreementInput, TCommitmentInput } from '../../core/agreements';
import { writeAudit } from '../audit/audit';
import type { Actor } from '../auth/actor';
import type { Db, Tx } from '../db/client';
import { agreementParties, agreements, commitmentPlans, commitments } from '../db/schema-agreements';
import { AppError } from '../http/errors';
import { canCreateAgreement, canEditAgreement } from './agreements.policy';
import { presentAgreement } from './agreements.presenter';
import { loadAgreements, municipalityNames, regionOrganisations, visiblePlanIds } from './agreements.queries';
import type { TListAgreementsQuery, TUpdateAgreement, TUpdateCommitment } from './agreements.schema';

type Ctx = { db: Db; actor: Actor };
const invalid = (path: string, message: string) =>
  new AppError('validation', 'Niet alle velden zijn goed ingevuld.', [{ path, message }]);

/** GET /agreements (api-contract.md): every agreement of the region matching the filter. */
export async function listAgreements({ db, actor, query }: Ctx & { query: TListAgreementsQuery }) {
  const records = await loadAgreements(db, actor, query);
  return { items: records.map((r) => presentAgreement(r, actor)) };
}

/** GET /agreements/{id}. */
export async function getAgreement({ db, actor, id }: Ctx & { id: string }) {
  const [record] = await loadAgreements(db, actor, { ids: [id] });
  if (!record) throw new AppError('notFound', 'Deze afspraak bestaat niet of hoort bij een andere regio.');
  return presentAgreement(record, actor);
}

async function requireEditable(db: Db | Tx, actor: Actor, id: string) {
  const [record] = await loadAgreements(db, actor, { ids: [id] });
  if (!record) throw new AppError('notFound', 'Deze afspraak bestaat niet of hoort bij een andere regio.');
  if (!canEditAgreement(actor, { partyIds: record.parties.map((p) => p.organisationId) })) {
    throw new AppError('forbidden', 'Alleen de partijen bij deze afspraak en de regio mogen haar wijzigen.');
  }
  return record;
}

/** Checks the parties (organisations of the region) and the municipality of a performance agreement. */
async function checkParties(
  db: Db | Tx,
  actor: Actor,
  input: Pick<TAgreementInput, 'kind' | 'municipalityCode' | 'partyIds'>,
) {
  const found = await regionOrganisations(db, actor, input.partyIds);
  if (found.length !== new Set(input.partyIds).size) throw invalid('partyIds', 'Kies partijen uit de regio.');
  if (input.kind === 'performance') {
    if (!input.municipalityCode)
      throw invalid('municipalityCode', 'Prestatieafspraken horen bij een gemeente: kies de gemeente.');
    if (!(await municipalityNames(db, actor.regionId)).has(input.municipalityCode)) {
      throw invalid('municipalityCode', 'Kies een gemeente uit de regio.');
    }
    if (!found.some((o) => o.kind === 'municipality' && o.cbsCode === input.municipalityCode)) {
      throw invalid('partyIds', 'De gemeente zelf is partij bij haar prestatieafspraken.');
    }
  }
}

/** Writes one commitment and its plan links (after checking the party and the plans). */
async function insertCommitment(
  tx: Tx,
  actor: Actor,
  agreementId: string,
  partyIds: string[],
  c: TCommitmentInput,
  index: number,
) {
  if (!partyIds.includes(c.partyOrganisationId)) {
    throw invalid(`commitments.${index}.partyOrganisationId`, 'Kies een partij van deze afspraak.');
  }
  await checkPlans(tx, actor, c.planIds, `commitments.${index}.planIds`);
  const [row] = await tx
    .insert(commitments)
    .values({
      agreementId,
      partyOrganisationId: c.partyOrganisationId,
      position: index,
      topic: c.topic,
      type: c.type,
      description: c.description,
      target: c.target,
      actual: c.actual,
      unit: c.unit,
      dueDate: c.dueDate,
      status: c.status,
      evidence: c.evidence,
      updatedBy: actor.userId,
    })
    .returning();
  if (!row) throw new Error('commitment insert failed');
  if (c.planIds.length) {
    await tx
      .insert(commitmentPlans)
      .values([...new Set(c.planIds)].map((planId) => ({ commitmentId: row.id, planId })));
  }
  return row;
}

async function checkPlans(db: Db | Tx, actor: Actor, planIds: string[], path: string) {
  const visible = await visiblePlanIds(db, actor, planIds);
  if (planIds.some((id) => !visible.has(id))) throw invalid(path, 'Koppel alleen plannen die je mag zien.');
}

/** POST /agreements: an agreement with its parties and (when drawn up at once) its commitments. */
export async function createAgreement({ db, actor, input }: Ctx & { input: TAgreementInput }) {
  const municipalityCode = input.kind === 'performance' ? input.municipalityCode : null;
  const body = { ...input, municipalityCode };
  if (!canCreateAgreement(actor, body)) {
    throw new AppError(
      'forbidden',
      'Je mag deze afspraak niet vastleggen: alleen de regio of een partij bij de prestatieafspraken.',
    );
  }
  await checkParties(db, actor, body);
  const id = await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(agreements)
      .values({
        regionId: actor.regionId,
        kind: body.kind,
        year: body.year,
        municipalityCode,
        title: body.title,
        source: body.source,
        notes: body.notes,
        createdBy: actor.userId,
      })
      .returning({ id: agreements.id });
    if (!row) throw new Error('agreement insert failed');
    const partyIds = [...new Set(body.partyIds)];
    await tx
      .insert(agreementParties)
      .values(
        partyIds.map((organisationId, position) => ({ agreementId: row.id, organisationId, position })),
      );
    for (const [index, c] of body.commitments.entries())
      await insertCommitment(tx, actor, row.id, partyIds, c, index);
    await writeAudit(tx, actor, {
      action: 'create',
      entityType: 'agreement',
      entityId: row.id,
      summary: `Afspraak "${body.title}" (${body.year}) vastgelegd met ${body.commitments.length} toezeggingen`,
      after: body,
    });
    return row.id;
  });
  return getAgreement({ db, actor, id });
}

/** PATCH /agreements/{id}: title, year, parties, source, notes. A party with commitments stays. */
export async function updateAgreement({
  db,
  actor,
  id,
  input,
}: Ctx & { id: string; input: TUpdateAgreement }) {
  const record = await requireEditable(db, actor, id);
  if (input.partyIds) {
    await checkParties(db, actor, {
      kind: record.row.kind as TAgreementInput['kind'],
      municipalityCode: record.row.municipalityCode,
      partyIds: input.partyIds,
    });
    const kept = record.commitments.filter((c) => !input.partyIds?.includes(c.row.partyOrganisationId));
    if (kept.length)
      throw invalid(
        'partyIds',
        `${kept[0]?.partyName} heeft nog toezeggingen in deze afspraak; verwijder die eerst.`,
      );
    if (!canEditAgreement(actor, { partyIds: input.partyIds })) {
      throw invalid(
        'partyIds',
        'Je eigen organisatie moet partij blijven, anders kun je de afspraak niet meer wijzigen.',
      );
    }
  }
  await db.transaction(async (tx) => {
    const { partyIds, ...fields } = input;
    await tx
      .update(agreements)
      .set({ ...fields, updatedAt: new Date() })
      .where(eq(agreements.id, id));
    if (partyIds) {
      await tx.delete(agreementParties).where(eq(agreementParties.agreementId, id));
      await tx.insert(agreementParties).values(
        [...new Set(partyIds)].map((organisationId, position) => ({
          agreementId: id,
          organisationId,
          position,
        })),
      );
    }
    await writeAudit(tx, actor, {
      action: 'update',
      entityType: 'agreement',
      entityId: id,
      summary: `Afspraak "${input.title ?? record.row.title}" gewijzigd`,
      before: {
        title: record.row.title,
        year: record.row.year,
        partyIds: record.parties.map((p) => p.organisationId),
        source: record.row.source,
        notes: record.row.notes,
      },
      after: input,
    });
  });
  return getAgreement({ db, actor, id });
}

/** DELETE /agreements/{id}: the agreement and its commitments (the page asks first; the audit log keeps them). */
export async function deleteAgreement({ db, actor, id }: Ctx & { id: string }) {
  const record = await requireEditable(db, actor, id);
  await db.transaction(async (tx) => {
    await tx.delete(agreements).where(eq(agreements.id, id));
    await writeAudit(tx, actor, {
      action: 'delete',
      entityType: 'agreement',
      entityId: id,
      summary: `Afspraak "${record.row.title}" (${record.row.year}) verwijderd`,
      before: presentAgreement(record, actor),
    });
  });
}

/** POST /agreements/{id}/commitments. */
export async function addCommitment({ db, actor, id, input }: Ctx & { id: string; input: TCommitmentInput }) {
  const record = await requireEditable(db, actor, id);
  const partyIds = record.parties.map((p) => p.organisationId);
  await db.transaction(async (tx) => {
    const row = await insertCommitment(
      tx,
      actor,
      id,
      partyIds,
      { ...input },
      record.commitments.length,
    ).catch((error) => {
      // Errors of the single commitment are about the form's own fields, not commitments.N.
      if (error instanceof AppError && error.errors) {
        throw new AppError(
          error.code,
          error.message,
          error.errors.map((e) => ({ ...e, path: e.path.replace(/^commitments\.\d+\./, '') })),
        );
      }
      throw error;
    });
    await tx.update(agreements).set({ updatedAt: new Date() }).where(eq(agreements.id, id));
    await writeAudit(tx, actor, {
      action: 'create',
      entityType: 'commitment',
      entityId: row.id,
      summary: `Toezegging toegevoegd aan "${record.row.title}": ${input.description.slice(0, 80)}`,
      after: input,
    });
  });
  return getAgreement({ db, actor, id });
}

async function requireCommitment(db: Db | Tx, actor: Actor, commitmentId: string) {
  const [found] = await db
    .select({ agreementId: commitments.agreementId })
    .from(commitments)
    .where(eq(commitments.id, commitmentId));
  if (!found) throw new AppError('notFound', 'Deze toezegging bestaat niet (meer).');
  const record = await requireEditable(db, actor, found.agreementId);
  const line = record.commitments.find((c) => c.row.id === commitmentId);
  if (!line) throw new AppError('notFound', 'Deze toezegging bestaat niet (meer).');
  return { record, line };
}

/** PATCH /commitments/{id} with the version last read: changes what is sent (e.g. only the actual). */
export async function updateCommitment({
  db,
  actor,
  id,
  input,
}: Ctx & { id: string; input: TUpdateCommitment }) {
  const { record, line } = await requireCommitment(db, actor, id);
  const { version, planIds, ...fields } = input;
  if (
    fields.partyOrganisationId &&
    !record.parties.some((p) => p.organisationId === fields.partyOrganisationId)
  ) {
    throw invalid('partyOrganisationId', 'Kies een partij van deze afspraak.');
  }
  if (planIds) await checkPlans(db, actor, planIds, 'planIds');
  await db.transaction(async (tx) => {
    const updated = await tx
      .update(commitments)
      .set({
        ...fields,
        version: sql`${commitments.version} + 1`,
        updatedAt: new Date(),
        updatedBy: actor.userId,
      })
      .where(and(eq(commitments.id, id), eq(commitments.version, version)))
      .returning({ id: commitments.id });
    if (updated.length === 0) {
      throw new AppError(
        'conflict',
        'Iemand anders heeft deze toezegging intussen gewijzigd. Laad de nieuwste versie; je invoer staat nog in het formulier.',
      );
    }
    if (planIds) {
      // Only the links to plans this actor can see are replaced; links to plans hidden from them stay.
      const visible = await visiblePlanIds(
        tx,
        actor,
        line.plans.map((p) => p.id),
      );
      if (visible.size) {
        await tx
          .delete(commitmentPlans)
          .where(and(eq(commitmentPlans.commitmentId, id), inArray(commitmentPlans.planId, [...visible])));
      }
      if (planIds.length) {
        await tx
          .insert(commitmentPlans)
          .values([...new Set(planIds)].map((planId) => ({ commitmentId: id, planId })))
          .onConflictDoNothing();
      }
    }
    await tx.update(agreements).set({ updatedAt: new Date() }).where(eq(agreements.id, record.row.id));
    await writeAudit(tx, actor, {
      action: 'update',
      entityType: 'commitment',
      entityId: id,
      summary: `Toezegging in "${record.row.title}" gewijzigd: ${line.row.description.slice(0, 80)}`,
      before: { ...line.row, planIds: line.plans.map((p) => p.id) },
      after: input,
    });
  });
  return getAgreement({ db, actor, id: record.row.id });
}

/** DELETE /commitments/{id} (the page asks first; the audit log keeps what it was). */
export async function deleteCommitment({ db, actor, id }: Ctx & { id: string }) {
  const { record, line } = await requireCommitment(db, actor, id);
  await db.transaction(async (tx) => {
    await tx.delete(commitments).where(eq(commitments.id, id));
    await writeAudit(tx, actor, {
      action: 'delete',
      entityType: 'commitment',
      entityId: id,
      summary: `Toezegging uit "${record.row.title}" verwijderd: ${line.row.description.slice(0, 80)}`,
      before: line.row,
    });
  });
  return getAgreement({ db, actor, id: record.row.id });
}

/** GET /plans/{id}/commitments: the commitments linked to a plan the actor may see, with their agreement. */
export async function listPlanCommitments({ db, actor, planId }: Ctx & { planId: string }) {
  if ((await visiblePlanIds(db, actor, [planId])).size === 0) {
    throw new AppError('notFound', 'Dit plan bestaat niet of je mag het niet zien.');
  }
  const links = await db
    .select({ agreementId: commitments.agreementId, commitmentId: commitments.id })
    .from(commitmentPlans)
    .innerJoin(commitments, eq(commitments.id, commitmentPlans.commitmentId))
    .where(eq(commitmentPlans.planId, planId));
  const wanted = new Set(links.map((l) => l.commitmentId));
  const records = await loadAgreements(db, actor, { ids: [...new Set(links.map((l) => l.agreementId))] });
  return {
    items: records.flatMap((record) => {
      const shown = presentAgreement(record, actor);
      return shown.commitments
        .filter((c) => wanted.has(c.id))
        .map((c) => ({
          ...c,
          agreement: { id: shown.id, title: shown.title, year: shown.year, kindLabel: shown.kindLabel },
        }));
    }),
  };
}

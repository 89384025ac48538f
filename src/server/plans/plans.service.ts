import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { listChanges, type TPlanInput, ZPlanInput } from '../../core/programme';
import { writeAudit } from '../audit/audit';
import type { Actor } from '../auth/actor';
import type { Db, Tx } from '../db/client';
import { organisations, plans, planVersions, users } from '../db/schema';
import { AppError, toFieldErrors } from '../http/errors';
import { findNationalLimits } from '../reference/limits.queries';
import { openReviewIfNeeded } from '../regional-review/review.service';
import { canCreatePlanIn, canEditPlan } from './plans.policy';
import { presentPlan, toPlanState } from './plans.presenter';
import { findVisiblePlan, listPlanRows, loadPlanRecords } from './plans.queries';
import type { TListPlansQuery } from './plans.schema';
import { toPlanColumns, writePlanChildren } from './plans.write';

interface Ctx {
  db: Db;
  actor: Actor;
}

/** Checks the references of a plan against the actor's region: the municipality and every party. */
async function checkReferences(tx: Db | Tx, actor: Actor, input: TPlanInput): Promise<void> {
  const ids = input.parties.map((party) => party.organisationId);
  const found = await tx
    .select({ id: organisations.id, cbsCode: organisations.cbsCode, member: organisations.member })
    .from(organisations)
    .where(
      and(
        eq(organisations.regionId, actor.regionId),
        ids.length
          ? sql`(${organisations.cbsCode} = ${input.municipalityCode} or ${inArray(organisations.id, ids)})`
          : eq(organisations.cbsCode, input.municipalityCode),
      ),
    );
  const errors = [];
  if (!found.some((org) => org.cbsCode === input.municipalityCode && org.member)) {
    errors.push({ path: 'municipalityCode', message: 'Deze gemeente hoort niet bij jouw regio.' });
  }
  input.parties.forEach((party, index) => {
    if (!found.some((org) => org.id === party.organisationId)) {
      errors.push({
        path: `parties.${index}.organisationId`,
        message: 'Deze organisatie hoort niet bij jouw regio.',
      });
    }
  });
  if (errors.length) throw new AppError('validation', 'Niet alle velden zijn goed ingevuld.', errors);
}

/** Parses plan input with the shared schema; a 422 with Dutch field errors otherwise. */
function parsePlanInput(body: unknown): TPlanInput {
  const parsed = ZPlanInput.safeParse(body);
  if (!parsed.success) {
    throw new AppError(
      'validation',
      'Niet alle velden zijn goed ingevuld.',
      toFieldErrors(parsed.error.issues),
    );
  }
  return parsed.data;
}

const totalHomesOf = (input: { segments: { homes: number }[] }) =>
  input.segments.reduce((sum, line) => sum + line.homes, 0);

/** Creates a plan owned by the actor's organisation, with version 1 and an audit entry, in one transaction. */
export async function createPlan({ db, actor, body }: Ctx & { body: unknown }) {
  const input = parsePlanInput(body);
  if (!canCreatePlanIn(actor, input.municipalityCode)) {
    throw new AppError('forbidden', 'Je mag geen plannen aanmaken in deze gemeente.');
  }
  const id = await db.transaction(async (tx) => {
    await checkReferences(tx, actor, input);
    const limits = await findNationalLimits(tx);
    const [row] = await tx
      .insert(plans)
      .values({
        ...toPlanColumns(input, limits),
        regionId: actor.regionId,
        ownerOrganisationId: actor.organisationId,
      })
      .returning({ id: plans.id });
    if (!row) throw new Error('insert returned no row');
    await writePlanChildren(tx, row.id, input);
    await openReviewIfNeeded(tx, row.id, totalHomesOf(input));
    const changes = listChanges(null, input as unknown as Record<string, unknown>);
    await tx
      .insert(planVersions)
      .values({ planId: row.id, version: 1, changedBy: actor.userId, snapshot: input, changes });
    await writeAudit(tx, actor, {
      action: 'create',
      entityType: 'plan',
      entityId: row.id,
      summary: `Plan "${input.name}" aangemaakt`,
      after: input,
    });
    return row.id;
  });
  return getPlan({ db, actor, id });
}

/**
 * Changes a plan when `version` is still the current one; else 409 and nothing changes.
 * The version check is in the UPDATE itself, so two concurrent saves cannot both win.
 */
export async function updatePlan({
  db,
  actor,
  id,
  body,
}: Ctx & { id: string; body: Record<string, unknown> & { version: number } }) {
  const { version, ...patch } = body;
  await db.transaction(async (tx) => {
    const current = await findVisiblePlan(tx, actor, id);
    if (!current) throw new AppError('notFound', 'Dit plan bestaat niet of je mag het niet zien.');
    const partyIds = current.parties.map((party) => party.organisationId);
    if (!canEditPlan(actor, { ...current.row, partyIds })) {
      throw new AppError('forbidden', 'Je mag dit plan niet wijzigen.');
    }
    if (current.row.version !== version) throw staleVersion(current.row.version);
    const before = toPlanState(current);
    const input = parsePlanInput({ ...before, ...patch });
    if (
      input.municipalityCode !== before.municipalityCode &&
      !canCreatePlanIn(actor, input.municipalityCode)
    ) {
      throw new AppError('forbidden', 'Je mag dit plan niet naar die gemeente verplaatsen.');
    }
    await checkReferences(tx, actor, input);
    const limits = await findNationalLimits(tx);
    const updated = await tx
      .update(plans)
      .set({ ...toPlanColumns(input, limits), version: version + 1, updatedAt: new Date() })
      .where(and(eq(plans.id, id), eq(plans.version, version)))
      .returning({ id: plans.id });
    if (updated.length === 0) throw staleVersion(version + 1);
    await writePlanChildren(tx, id, input);
    await openReviewIfNeeded(tx, id, totalHomesOf(input));
    const changes = listChanges(
      before as unknown as Record<string, unknown>,
      input as unknown as Record<string, unknown>,
    );
    await tx
      .insert(planVersions)
      .values({ planId: id, version: version + 1, changedBy: actor.userId, snapshot: input, changes });
    await writeAudit(tx, actor, {
      action: 'update',
      entityType: 'plan',
      entityId: id,
      summary: `Plan "${input.name}" gewijzigd (${changes.map((change) => change.field).join(', ') || 'geen velden'})`,
      before,
      after: input,
    });
  });
  return getPlan({ db, actor, id });
}

function staleVersion(currentVersion: number): AppError {
  return new AppError(
    'conflict',
    'Iemand anders heeft dit plan intussen gewijzigd. Laad de nieuwste versie; je eigen invoer blijft bewaard.',
    undefined,
    { currentVersion },
  );
}

/** One plan as the actor may see it. */
export async function getPlan({ db, actor, id }: Ctx & { id: string }) {
  const record = await findVisiblePlan(db, actor, id);
  if (!record) throw new AppError('notFound', 'Dit plan bestaat niet of je mag het niet zien.');
  return presentPlan(record, actor, await findNationalLimits(db));
}

/** A filtered, sorted page of the plans the actor may see, with totals over all matches. */
export async function listPlans({ db, actor, query }: Ctx & { query: TListPlansQuery }) {
  const [{ rows, totals }, limits] = await Promise.all([
    listPlanRows(db, actor, query),
    findNationalLimits(db),
  ]);
  const records = await loadPlanRecords(db, rows);
  return { items: records.map((record) => presentPlan(record, actor, limits)), total: totals.plans, totals };
}

/** Every version of a plan, newest first; business-case changes only for those who may see the business case. */
export async function listPlanVersions({ db, actor, id }: Ctx & { id: string }) {
  const plan = await getPlan({ db, actor, id });
  const rows = await db
    .select({
      version: planVersions.version,
      changedAt: planVersions.changedAt,
      changes: planVersions.changes,
      userName: users.name,
      organisationName: organisations.name,
    })
    .from(planVersions)
    .leftJoin(users, eq(users.id, planVersions.changedBy))
    .leftJoin(organisations, eq(organisations.id, users.organisationId))
    .where(eq(planVersions.planId, id))
    .orderBy(desc(planVersions.version));
  const hideBusinessCase = !plan.permissions.canSeeBusinessCase;
  return {
    items: rows.map((row) => ({
      version: row.version,
      changedAt: row.changedAt.toISOString(),
      changedBy: { name: row.userName ?? 'Woonregie (import)', organisationName: row.organisationName ?? '' },
      changes: row.changes.filter((change) => !(hideBusinessCase && change.field === 'businessCase')),
    })),
  };
}

import { and, eq } from 'drizzle-orm';
import { KNOWLEDGE_KIND_LABELS, type KnowledgeKind, type TKnowledgeItemInput } from '../../core/knowledge';
import { writeAudit } from '../audit/audit';
import { type Actor, canWrite } from '../auth/actor';
import type { Db } from '../db/client';
import { knowledgeItems, knowledgePlanLinks } from '../db/schema-knowledge';
import { AppError } from '../http/errors';
import { findVisiblePlan } from '../plans/plans.queries';
import {
  findItemsOfPlan,
  findKnowledgeRow,
  findLinkedPlans,
  inActorRegion,
  type KnowledgeRow,
  listKnowledgeRows,
} from './knowledge.queries';
import type { TListKnowledgeQuery, TUpdateKnowledgeItem } from './knowledge.schema';

interface Ctx {
  db: Db;
  actor: Actor;
}

const NOT_FOUND = 'Dit kennisitem bestaat niet (meer).';

/** Editors and admins of any organisation of the region write the knowledge centre; viewers read it. */
function requireEditor(actor: Actor) {
  if (!canWrite(actor))
    throw new AppError('forbidden', 'Alleen redacteuren en beheerders wijzigen de kenniscentrale.');
}

function presentItem(row: KnowledgeRow) {
  return {
    ...row,
    kindLabel: KNOWLEDGE_KIND_LABELS[row.kind as KnowledgeKind] ?? row.kind,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** GET /knowledge-items: the region's items matching the facets, without their long text. */
export async function listKnowledge({ db, actor, query }: Ctx & { query: TListKnowledgeQuery }) {
  const rows = await listKnowledgeRows(db, actor, query);
  return {
    items: rows.map(({ body: _body, ...row }) => ({
      ...row,
      kindLabel: KNOWLEDGE_KIND_LABELS[row.kind as KnowledgeKind] ?? row.kind,
      updatedAt: row.updatedAt.toISOString(),
    })),
    total: rows.length,
    canEdit: canWrite(actor),
  };
}

/** GET /knowledge-items/{id}: the item with the plans it was used in that the actor may see. */
export async function getKnowledge({ db, actor, id }: Ctx & { id: string }) {
  const row = await findKnowledgeRow(db, actor, id);
  if (!row) throw new AppError('notFound', NOT_FOUND);
  return { ...presentItem(row), plans: await findLinkedPlans(db, actor, id), canEdit: canWrite(actor) };
}

/** POST /knowledge-items: a new item of the actor's region, with an audit entry. */
export async function createKnowledge({ db, actor, body }: Ctx & { body: TKnowledgeItemInput }) {
  requireEditor(actor);
  const id = await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(knowledgeItems)
      .values({
        ...body,
        regionId: actor.regionId,
        organisationId: actor.organisationId,
        createdBy: actor.userId,
        updatedBy: actor.userId,
      })
      .returning({ id: knowledgeItems.id });
    if (!row) throw new Error('knowledge insert failed');
    await writeAudit(tx, actor, {
      action: 'create',
      entityType: 'knowledgeItem',
      entityId: row.id,
      summary: `Kennisitem "${body.title}" toegevoegd`,
      after: body,
    });
    return row.id;
  });
  return getKnowledge({ db, actor, id });
}

function staleVersion(currentVersion: number): AppError {
  return new AppError(
    'conflict',
    'Iemand anders heeft dit kennisitem intussen gewijzigd. Laad de nieuwste versie; je eigen invoer blijft bewaard.',
    undefined,
    { currentVersion },
  );
}

/** PUT /knowledge-items/{id}: replaces the item when `version` is still current (in the UPDATE itself), else 409. */
export async function updateKnowledge({
  db,
  actor,
  id,
  body,
}: Ctx & { id: string; body: TUpdateKnowledgeItem }) {
  requireEditor(actor);
  const { version, ...input } = body;
  await db.transaction(async (tx) => {
    const before = await findKnowledgeRow(tx, actor, id);
    if (!before) throw new AppError('notFound', NOT_FOUND);
    if (before.version !== version) throw staleVersion(before.version);
    const updated = await tx
      .update(knowledgeItems)
      .set({ ...input, version: version + 1, updatedBy: actor.userId, updatedAt: new Date() })
      .where(and(eq(knowledgeItems.id, id), eq(knowledgeItems.version, version), inActorRegion(actor)))
      .returning({ id: knowledgeItems.id });
    if (updated.length === 0) throw staleVersion(version + 1);
    await writeAudit(tx, actor, {
      action: 'update',
      entityType: 'knowledgeItem',
      entityId: id,
      summary: `Kennisitem "${input.title}" gewijzigd`,
      before,
      after: input,
    });
  });
  return getKnowledge({ db, actor, id });
}

/** DELETE /knowledge-items/{id}?version=: removes the item and its plan links, when the version is current. */
export async function deleteKnowledge({ db, actor, id, version }: Ctx & { id: string; version: number }) {
  requireEditor(actor);
  await db.transaction(async (tx) => {
    const before = await findKnowledgeRow(tx, actor, id);
    if (!before) throw new AppError('notFound', NOT_FOUND);
    if (before.version !== version) throw staleVersion(before.version);
    const deleted = await tx
      .delete(knowledgeItems)
      .where(and(eq(knowledgeItems.id, id), eq(knowledgeItems.version, version)))
      .returning({ id: knowledgeItems.id });
    if (deleted.length === 0) throw staleVersion(version + 1);
    await writeAudit(tx, actor, {
      action: 'delete',
      entityType: 'knowledgeItem',
      entityId: id,
      summary: `Kennisitem "${before.title}" verwijderd`,
      before,
    });
  });
}

async function requireLinkable(db: Db, actor: Actor, id: string, planId: string) {
  requireEditor(actor);
  const item = await findKnowledgeRow(db, actor, id);
  if (!item) throw new AppError('notFound', NOT_FOUND);
  const plan = await findVisiblePlan(db, actor, planId);
  if (!plan) throw new AppError('notFound', 'Dit plan bestaat niet of je mag het niet zien.');
  return { item, plan };
}

/** PUT /knowledge-items/{id}/plans/{planId}: records (or re-notes) that the item was used in a plan. */
export async function linkPlan({
  db,
  actor,
  id,
  planId,
  note,
}: Ctx & { id: string; planId: string; note: string | null }) {
  const { item, plan } = await requireLinkable(db, actor, id, planId);
  await db.transaction(async (tx) => {
    await tx
      .insert(knowledgePlanLinks)
      .values({ knowledgeItemId: id, planId, note, createdBy: actor.userId })
      .onConflictDoUpdate({
        target: [knowledgePlanLinks.knowledgeItemId, knowledgePlanLinks.planId],
        set: { note },
      });
    await writeAudit(tx, actor, {
      action: 'link',
      entityType: 'knowledgeItem',
      entityId: id,
      summary: `Kennisitem "${item.title}" gekoppeld aan plan "${plan.row.name}"`,
      after: { planId, note },
    });
  });
  return getKnowledge({ db, actor, id });
}

/** DELETE /knowledge-items/{id}/plans/{planId}: the item was not used in that plan after all. */
export async function unlinkPlan({ db, actor, id, planId }: Ctx & { id: string; planId: string }) {
  const { item, plan } = await requireLinkable(db, actor, id, planId);
  await db.transaction(async (tx) => {
    await tx
      .delete(knowledgePlanLinks)
      .where(and(eq(knowledgePlanLinks.knowledgeItemId, id), eq(knowledgePlanLinks.planId, planId)));
    await writeAudit(tx, actor, {
      action: 'unlink',
      entityType: 'knowledgeItem',
      entityId: id,
      summary: `Koppeling van kennisitem "${item.title}" aan plan "${plan.row.name}" verwijderd`,
      before: { planId },
    });
  });
  return getKnowledge({ db, actor, id });
}

/** GET /plans/{id}/knowledge-items: what the knowledge centre says was used in a plan the actor may see. */
export async function listPlanKnowledge({ db, actor, planId }: Ctx & { planId: string }) {
  const plan = await findVisiblePlan(db, actor, planId);
  if (!plan) throw new AppError('notFound', 'Dit plan bestaat niet of je mag het niet zien.');
  const items = await findItemsOfPlan(db, actor, planId);
  return {
    items: items.map((item) => ({
      ...item,
      kindLabel: KNOWLEDGE_KIND_LABELS[item.kind as KnowledgeKind] ?? item.kind,
    })),
  };
}

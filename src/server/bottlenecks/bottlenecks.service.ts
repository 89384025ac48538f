import { and, eq, inArray } from 'drizzle-orm';
import { writeAudit } from '../audit/audit';
import type { Actor } from '../auth/actor';
import { canWrite, isRegionStaff } from '../auth/actor';
import type { Db, Tx } from '../db/client';
import { bottlenecks, organisations, plans } from '../db/schema';
import { AppError } from '../http/errors';
import { canEditBottleneck } from './bottlenecks.policy';
import { findAgendaOf, findBottlenecks } from './bottlenecks.queries';
import type { TCreateBottleneckRequest, TUpdateBottleneckRequest } from './bottlenecks.schema';

type Row = Awaited<ReturnType<typeof findBottlenecks>>[number];
type AgendaRow = Awaited<ReturnType<typeof findAgendaOf>>[number];

/** The bottleneck as the API returns it, with what the actor may do with it and the agendas it is on. */
function presentBottleneck({ row, planName, ownerName }: Row, actor: Actor, agenda: AgendaRow[] = []) {
  return {
    id: row.id,
    kind: row.kind,
    signalKey: row.signalKey,
    municipalityCode: row.municipalityCode,
    plan: row.planId ? { id: row.planId, name: planName ?? '' } : null,
    title: row.title,
    detail: row.detail,
    status: row.status,
    owner: row.ownerOrganisationId ? { id: row.ownerOrganisationId, name: ownerName ?? '' } : null,
    note: row.note,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    permissions: { canEdit: canEditBottleneck(actor, row) },
    agenda: agenda
      .filter((a) => a.bottleneckId === row.id)
      .map((a) => ({
        meetingId: a.meetingId,
        meetingTitle: a.meetingTitle,
        startsAt: a.startsAt.toISOString(),
        decision: a.decision,
      })),
  };
}

/** The bottlenecks the actor may see. */
export async function listBottlenecks({
  db,
  actor,
  filter,
}: {
  db: Db;
  actor: Actor;
  filter: { status?: string; municipality?: string };
}) {
  const rows = await findBottlenecks(db, actor, filter);
  const agenda = await findAgendaOf(
    db,
    rows.map((r) => r.row.id),
  );
  return { items: rows.map((row) => presentBottleneck(row, actor, agenda)) };
}

async function getBottleneck(db: Db | Tx, actor: Actor, id: string) {
  const [row] = await findBottlenecks(db, actor, { id });
  if (!row) throw new AppError('notFound', 'Dit knelpunt bestaat niet of je mag het niet zien.');
  return row;
}

/** A bottleneck recorded by hand (owner: the actor's organisation). */
export async function createBottleneck({
  db,
  actor,
  body,
}: {
  db: Db;
  actor: Actor;
  body: TCreateBottleneckRequest;
}) {
  if (!canWrite(actor)) throw new AppError('forbidden', 'Je mag geen knelpunten vastleggen.');
  if (body.planId) {
    const [plan] = await db.select({ id: plans.id }).from(plans).where(eq(plans.id, body.planId));
    if (!plan)
      throw new AppError('validation', 'Niet alle velden zijn goed ingevuld.', [
        { path: 'planId', message: 'Dit plan bestaat niet.' },
      ]);
  }
  const id = await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(bottlenecks)
      .values({
        ...body,
        regionId: actor.regionId,
        kind: 'manual',
        ownerOrganisationId: actor.organisationId,
        updatedBy: actor.userId,
      })
      .returning({ id: bottlenecks.id });
    if (!row) throw new Error('insert returned no row');
    await writeAudit(tx, actor, {
      action: 'create',
      entityType: 'bottleneck',
      entityId: row.id,
      summary: `Knelpunt "${body.title}" vastgelegd`,
      after: body,
    });
    return row.id;
  });
  return presentBottleneck(await getBottleneck(db, actor, id), actor);
}

/** Changes the status, owner or note of a bottleneck. */
export async function updateBottleneck({
  db,
  actor,
  id,
  body,
}: {
  db: Db;
  actor: Actor;
  id: string;
  body: TUpdateBottleneckRequest;
}) {
  await db.transaction(async (tx) => {
    const { row } = await getBottleneck(tx, actor, id);
    if (!canEditBottleneck(actor, row)) throw new AppError('forbidden', 'Je mag dit knelpunt niet wijzigen.');
    if (body.ownerOrganisationId) {
      const [org] = await tx
        .select({ id: organisations.id })
        .from(organisations)
        .where(
          and(eq(organisations.id, body.ownerOrganisationId), eq(organisations.regionId, actor.regionId)),
        );
      if (!org) {
        throw new AppError('validation', 'Niet alle velden zijn goed ingevuld.', [
          { path: 'ownerOrganisationId', message: 'Deze organisatie hoort niet bij jouw regio.' },
        ]);
      }
    }
    await tx
      .update(bottlenecks)
      .set({ ...body, updatedAt: new Date(), updatedBy: actor.userId })
      .where(eq(bottlenecks.id, id));
    const before = { status: row.status, ownerOrganisationId: row.ownerOrganisationId, note: row.note };
    await writeAudit(tx, actor, {
      action: 'update',
      entityType: 'bottleneck',
      entityId: id,
      summary: `Knelpunt "${row.title}" bijgewerkt`,
      before,
      after: body,
    });
  });
  return presentBottleneck(await getBottleneck(db, actor, id), actor);
}

/** A monitor signal (core/monitor/signals.ts) as the bottleneck register records it. */
export interface SignalRecord {
  key: string;
  kind: string;
  municipalityCode: string | null;
  planId: string | null;
  title: string;
  detail: string;
}

/**
 * Records monitor signals as bottlenecks: new keys become open bottlenecks, owned by the municipality (or the
 * plan's owner, or the regional office); a key already recorded is left alone, whatever its status, so a
 * resolved bottleneck is not reopened by the next run. Returns how many were created.
 */
export async function recordSignals(
  tx: Db | Tx,
  regionId: string,
  signals: readonly SignalRecord[],
  actor: Actor | null,
) {
  if (signals.length === 0) return 0;
  const existing = await tx
    .select({ key: bottlenecks.signalKey })
    .from(bottlenecks)
    .where(
      and(
        eq(bottlenecks.regionId, regionId),
        inArray(
          bottlenecks.signalKey,
          signals.map((s) => s.key),
        ),
      ),
    );
  const known = new Set(existing.map((row) => row.key));
  const fresh = signals.filter((signal) => !known.has(signal.key));
  if (fresh.length === 0) return 0;
  const orgs = await tx
    .select({ id: organisations.id, kind: organisations.kind, cbsCode: organisations.cbsCode })
    .from(organisations)
    .where(eq(organisations.regionId, regionId));
  const planIds = fresh.flatMap((s) => (s.planId ? [s.planId] : []));
  const owners = planIds.length
    ? await tx
        .select({ id: plans.id, owner: plans.ownerOrganisationId })
        .from(plans)
        .where(inArray(plans.id, planIds))
    : [];
  const office = orgs.find((org) => org.kind === 'region')?.id ?? null;
  await tx.insert(bottlenecks).values(
    fresh.map((signal) => ({
      regionId,
      signalKey: signal.key,
      kind: signal.kind,
      municipalityCode: signal.municipalityCode,
      planId: signal.planId,
      title: signal.title,
      detail: signal.detail,
      ownerOrganisationId:
        owners.find((o) => o.id === signal.planId)?.owner ??
        orgs.find((org) => org.kind === 'municipality' && org.cbsCode === signal.municipalityCode)?.id ??
        office,
    })),
  );
  await writeAudit(tx, actor, {
    action: 'create',
    entityType: 'bottleneck',
    entityId: null,
    summary: `${fresh.length} knelpunt(en) uit de monitor vastgelegd`,
    after: fresh.map((s) => s.key),
  });
  return fresh.length;
}

/** Only the regional office turns monitor signals into bottlenecks by hand (the scheduled job does it too). */
export function assertMayRecordSignals(actor: Actor): void {
  if (!isRegionStaff(actor) || !canWrite(actor)) {
    throw new AppError(
      'forbidden',
      'Alleen het regiobureau neemt signalen uit de monitor over als knelpunt.',
    );
  }
}

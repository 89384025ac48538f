import { inArray, sql } from 'drizzle-orm';
import { listChanges, type NationalLimits, type TPlanInput } from '../../core/programme';
import type { Actor } from '../auth/actor';
import type { Tx } from '../db/client';
import { auditLog, planDeliveries, planParties, planSegments, plans, planVersions } from '../db/schema';
import { toPlanColumns } from '../plans/plans.write';

/** A plan the import creates. */
export interface PlanCreate {
  externalId: string | null;
  input: TPlanInput;
}

/** A plan the import changes, from the version it had when the file was checked. */
export interface PlanUpdate {
  id: string;
  version: number;
  before: TPlanInput;
  input: TPlanInput;
}

/** Rows per INSERT: far below PostgreSQL's 65,535 parameters for the widest table (plans, ~25 columns). */
const CHUNK = 500;

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

async function insertMany<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (const chunk of chunks(rows)) await insert(chunk);
}

/** Segments, deliveries and parties of many plans in a few multi-row inserts (the plans have none yet). */
async function insertChildren(tx: Tx, items: { id: string; input: TPlanInput }[]): Promise<void> {
  const segments = items.flatMap(({ id, input }) =>
    input.segments.map((line, position) => ({
      planId: id,
      position,
      segment: line.segment,
      homes: line.homes,
      usableAreaM2: line.usableAreaM2 ?? null,
      monthlyRentEur: line.monthlyRentEur ?? null,
      priceEur: line.priceEur ?? null,
    })),
  );
  const deliveries = items.flatMap(({ id, input }) =>
    input.deliveries.map(({ year, homes }) => ({ planId: id, year, homes })),
  );
  const parties = items.flatMap(({ id, input }) =>
    input.parties.map(({ organisationId, role }) => ({ planId: id, organisationId, role })),
  );
  await insertMany(segments, (chunk) => tx.insert(planSegments).values(chunk));
  await insertMany(deliveries, (chunk) => tx.insert(planDeliveries).values(chunk));
  await insertMany(parties, (chunk) => tx.insert(planParties).values(chunk));
}

/**
 * Writes an import inside the caller's transaction: new plans (version 1) and changed plans (next version, only
 * when the version is still the one checked — else the whole import fails), each with its version history and
 * an audit entry, in multi-row statements so 30,000 rows take seconds, not minutes.
 * Returns false when a plan changed in the meantime.
 */
export async function writeImport(
  tx: Tx,
  actor: Actor,
  limits: readonly NationalLimits[],
  { creates, updates, fileName }: { creates: PlanCreate[]; updates: PlanUpdate[]; fileName: string },
): Promise<boolean> {
  const created: { id: string; input: TPlanInput }[] = [];
  for (const chunk of chunks(creates)) {
    const ids = await tx
      .insert(plans)
      .values(
        chunk.map(({ externalId, input }) => ({
          ...toPlanColumns(input, limits),
          externalId,
          regionId: actor.regionId,
          ownerOrganisationId: actor.organisationId,
        })),
      )
      .returning({ id: plans.id });
    ids.forEach((row, index) => {
      const item = chunk[index];
      if (item) created.push({ id: row.id, input: item.input });
    });
  }
  for (const update of updates) {
    const changed = await tx
      .update(plans)
      .set({ ...toPlanColumns(update.input, limits), version: update.version + 1, updatedAt: new Date() })
      .where(sql`${plans.id} = ${update.id} and ${plans.version} = ${update.version}`)
      .returning({ id: plans.id });
    if (changed.length === 0) return false;
  }
  for (const chunk of chunks(updates)) {
    const ids = chunk.map((update) => update.id);
    await tx.delete(planSegments).where(inArray(planSegments.planId, ids));
    await tx.delete(planDeliveries).where(inArray(planDeliveries.planId, ids));
    await tx.delete(planParties).where(inArray(planParties.planId, ids));
  }
  await insertChildren(tx, [...created, ...updates]);
  const versions = [
    ...created.map(({ id, input }) => ({
      planId: id,
      version: 1,
      changedBy: actor.userId,
      snapshot: input,
      changes: listChanges(null, input as unknown as Record<string, unknown>),
    })),
    ...updates.map(({ id, version, before, input }) => ({
      planId: id,
      version: version + 1,
      changedBy: actor.userId,
      snapshot: input,
      changes: listChanges(
        before as unknown as Record<string, unknown>,
        input as unknown as Record<string, unknown>,
      ),
    })),
  ];
  await insertMany(versions, (chunk) => tx.insert(planVersions).values(chunk));
  const audit = [
    ...created.map(({ id, input }) => ({
      action: 'create',
      entityId: id,
      summary: `Plan "${input.name}" aangemaakt bij import van ${fileName}`,
      before: null as TPlanInput | null,
      after: input,
    })),
    ...updates.map(({ id, before, input }) => ({
      action: 'update',
      entityId: id,
      summary: `Plan "${input.name}" bijgewerkt bij import van ${fileName}`,
      before,
      after: input,
    })),
  ];
  await insertMany(audit, (chunk) =>
    tx.insert(auditLog).values(
      chunk.map((entry) => ({
        ...entry,
        userId: actor.userId,
        organisationId: actor.organisationId,
        entityType: 'plan',
      })),
    ),
  );
  return true;
}

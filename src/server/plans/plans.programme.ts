import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { PROGRAMME_STATUS_LABELS, PROGRAMME_STATUSES } from '../../core/monitor/types';
import { writeAudit } from '../audit/audit';
import type { Actor } from '../auth/actor';
import type { Db } from '../db/client';
import { plans, planVersions } from '../db/schema';
import { AppError } from '../http/errors';
import { canEditPlan } from './plans.policy';
import { toPlanState } from './plans.presenter';
import { findVisiblePlan } from './plans.queries';
import { getPlan } from './plans.service';

/** Putting a plan on hold or withdrawing it needs a reason; making it active again does not. */
export const ZProgrammeStatusRequest = z
  .object({
    status: z.enum(PROGRAMME_STATUSES, { error: 'Kies actief, on hold of ingetrokken.' }),
    reason: z.string().trim().max(2000, { error: 'De reden is te lang (maximaal 2000 tekens).' }).default(''),
    version: z.number().int().min(1),
  })
  .superRefine((body, ctx) => {
    if (body.status !== 'active' && body.reason.length < 5) {
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'Geef een reden van minstens 5 tekens.' });
    }
  });
export type TProgrammeStatusRequest = z.infer<typeof ZProgrammeStatusRequest>;

/**
 * Adaptive programming (seed 003, "Zorg dat bestaande plannen de planruimte niet blijven bezetten"): a plan on
 * hold or withdrawn frees its plan capacity in the monitor. Versioned like any change, with the reason.
 */
export async function setProgrammeStatus({
  db,
  actor,
  id,
  body,
}: {
  db: Db;
  actor: Actor;
  id: string;
  body: TProgrammeStatusRequest;
}) {
  await db.transaction(async (tx) => {
    const current = await findVisiblePlan(tx, actor, id);
    if (!current) throw new AppError('notFound', 'Dit plan bestaat niet of je mag het niet zien.');
    const partyIds = current.parties.map((party) => party.organisationId);
    if (!canEditPlan(actor, { ...current.row, partyIds })) {
      throw new AppError('forbidden', 'Je mag dit plan niet wijzigen.');
    }
    const { version } = current.row;
    if (version !== body.version) {
      throw new AppError(
        'conflict',
        'Iemand anders heeft dit plan intussen gewijzigd. Laad de nieuwste versie.',
      );
    }
    const before = current.row.programmeStatus;
    const reason = body.status === 'active' ? null : body.reason;
    await tx
      .update(plans)
      .set({
        programmeStatus: body.status,
        programmeStatusReason: reason,
        programmeStatusAt: new Date(),
        version: version + 1,
        updatedAt: new Date(),
      })
      .where(and(eq(plans.id, id), eq(plans.version, version)));
    const changes: { field: string; before: unknown; after: unknown }[] = [
      { field: 'programmeStatus', before, after: body.status },
    ];
    if (reason) changes.push({ field: 'programmeStatusReason', before: '', after: reason });
    await tx.insert(planVersions).values({
      planId: id,
      version: version + 1,
      changedBy: actor.userId,
      snapshot: toPlanState(current),
      changes,
    });
    await writeAudit(tx, actor, {
      action: 'update',
      entityType: 'plan',
      entityId: id,
      summary: `Plan "${current.row.name}": ${PROGRAMME_STATUS_LABELS[body.status].toLowerCase()}${reason ? ` (${reason})` : ''}`,
      before: { programmeStatus: before },
      after: { programmeStatus: body.status, reason },
    });
  });
  return getPlan({ db, actor, id });
}

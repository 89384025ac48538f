import { and, asc, eq } from 'drizzle-orm';
import {
  motivationText,
  QUICKSCAN_QUESTIONS,
  type QuickScanAnswers,
  scoreQuickScan,
} from '../../core/instruments';
import { PHASE_LABELS } from '../../core/route-map';
import { writeAudit } from '../audit/audit';
import type { Actor } from '../auth/actor';
import type { Db } from '../db/client';
import { participationReports, planSchedules, quickScans, users } from '../db/schema';
import { AppError } from '../http/errors';
import { canEditPlan } from '../plans/plans.policy';
import { findVisiblePlan } from '../plans/plans.queries';

type Procedure = 'zoningPlanChange' | 'outOfPlanPermit' | 'buildingPermit';

async function requirePlan(db: Db, actor: Actor, planId: string) {
  const plan = await findVisiblePlan(db, actor, planId);
  if (!plan) throw new AppError('notFound', 'Dit plan bestaat niet of je mag het niet zien.');
  const partyIds = plan.parties.map((party) => party.organisationId);
  return { plan, canEdit: canEditPlan(actor, { ...plan.row, partyIds }) };
}

/** The procedure of the plan's joint planning (its route map answer), or null without one. */
async function scheduledProcedure(db: Db, planId: string): Promise<Procedure | null> {
  const [row] = await db
    .select({ route: planSchedules.route })
    .from(planSchedules)
    .where(and(eq(planSchedules.planId, planId), eq(planSchedules.variant, 'joint')));
  const procedure = (row?.route as { procedure?: string } | null)?.procedure;
  return procedure === 'zoningPlanChange' || procedure === 'outOfPlanPermit' || procedure === 'buildingPermit'
    ? procedure
    : null;
}

const phaseLabel = (phase: string) => (PHASE_LABELS as Record<string, string>)[phase] ?? phase;

/** The plan's participation reports, oldest first, and the duty-to-motivate text made from them. */
async function loadReports(db: Db, planId: string, planName: string) {
  const rows = await db
    .select({
      id: participationReports.id,
      phase: participationReports.phase,
      done: participationReports.done,
      discussion: participationReports.discussion,
      useOfInput: participationReports.useOfInput,
      createdAt: participationReports.createdAt,
      by: users.name,
    })
    .from(participationReports)
    .leftJoin(users, eq(users.id, participationReports.createdBy))
    .where(eq(participationReports.planId, planId))
    .orderBy(asc(participationReports.createdAt));
  const items = rows.map((r) => ({
    ...r,
    phaseLabel: phaseLabel(r.phase),
    createdAt: r.createdAt.toISOString(),
  }));
  return { items, motivation: motivationText(planName, items) };
}

/** GET /plans/{id}/participation-reports: the reports per phase and the motivation text, for whoever sees the plan. */
export async function listParticipationReports({
  db,
  actor,
  planId,
}: {
  db: Db;
  actor: Actor;
  planId: string;
}) {
  const { plan, canEdit } = await requirePlan(db, actor, planId);
  return { ...(await loadReports(db, planId, plan.row.name)), canEdit };
}

/**
 * GET /plans/{id}/quickscan: the questions, the stored answers with the score, impact, whether participation is
 * mandatory and why, and the reports per phase with the duty-to-motivate text. The procedure comes from the
 * plan's joint planning; without one, from the answer stored with the QuickScan.
 */
export async function getQuickScan({ db, actor, planId }: { db: Db; actor: Actor; planId: string }) {
  const { plan, canEdit } = await requirePlan(db, actor, planId);
  const [row] = await db.select().from(quickScans).where(eq(quickScans.planId, planId));
  const fromSchedule = await scheduledProcedure(db, planId);
  const stored = row?.answers as (QuickScanAnswers & { procedure?: Procedure | null }) | undefined;
  const procedure = fromSchedule ?? stored?.procedure ?? null;
  const { items, motivation } = await loadReports(db, planId, plan.row.name);
  return {
    planId,
    planName: plan.row.name,
    questions: QUICKSCAN_QUESTIONS,
    procedure,
    procedureFromSchedule: fromSchedule !== null,
    answers: stored
      ? {
          scale: stored.scale,
          benefit: stored.benefit,
          attention: stored.attention,
          nuisance: stored.nuisance,
        }
      : null,
    designated: row?.designated ?? false,
    result: stored ? scoreQuickScan(stored, { procedure, designated: row?.designated ?? false }) : null,
    updatedAt: row?.updatedAt.toISOString() ?? null,
    reports: items,
    motivation,
    canEdit,
  };
}

/** PUT /plans/{id}/quickscan: the answers (and, without a planning, the procedure); who may edit the plan. */
export async function putQuickScan({
  db,
  actor,
  planId,
  body,
}: {
  db: Db;
  actor: Actor;
  planId: string;
  body: { answers: QuickScanAnswers; designated: boolean; procedure?: Procedure | null | undefined };
}) {
  const { plan, canEdit } = await requirePlan(db, actor, planId);
  if (!canEdit) throw new AppError('forbidden', 'Je mag de QuickScan van dit plan niet invullen.');
  // The procedure is asked only without a joint planning; with one, its route map answer is the procedure.
  if (body.procedure && (await scheduledProcedure(db, planId))) {
    throw new AppError('validation', 'Niet alle velden zijn goed ingevuld.', [
      { path: 'procedure', message: 'De procedure komt uit de planning van dit plan; wijzig hem daar.' },
    ]);
  }
  const answers = { ...body.answers, procedure: body.procedure ?? null };
  await db.transaction(async (tx) => {
    await tx
      .insert(quickScans)
      .values({
        planId,
        answers: answers as unknown as Record<string, number>,
        designated: body.designated,
        updatedBy: actor.userId,
      })
      .onConflictDoUpdate({
        target: quickScans.planId,
        set: {
          answers: answers as unknown as Record<string, number>,
          designated: body.designated,
          updatedBy: actor.userId,
          updatedAt: new Date(),
        },
      });
    await writeAudit(tx, actor, {
      action: 'update',
      entityType: 'quickScan',
      entityId: planId,
      summary: `Participatie-QuickScan van "${plan.row.name}" ingevuld`,
      after: { answers, designated: body.designated },
    });
  });
  return getQuickScan({ db, actor, planId });
}

/** POST /plans/{id}/participation-reports: a report of one phase, kept (append-only). */
export async function addParticipationReport({
  db,
  actor,
  planId,
  body,
}: {
  db: Db;
  actor: Actor;
  planId: string;
  body: { phase: string; done: string; discussion: string; useOfInput: string };
}) {
  const { plan, canEdit } = await requirePlan(db, actor, planId);
  if (!canEdit) throw new AppError('forbidden', 'Je mag geen participatieverslag bij dit plan vastleggen.');
  await db.transaction(async (tx) => {
    await tx.insert(participationReports).values({ planId, ...body, createdBy: actor.userId });
    await writeAudit(tx, actor, {
      action: 'create',
      entityType: 'participationReport',
      entityId: planId,
      summary: `Participatieverslag (${body.phase}) bij "${plan.row.name}"`,
      after: body,
    });
  });
  return getQuickScan({ db, actor, planId });
}

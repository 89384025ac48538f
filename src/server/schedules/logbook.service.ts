import { desc, eq } from 'drizzle-orm';
import { QUESTIONNAIRE } from '../../core/route-map';
import { writeAudit } from '../audit/audit';
import type { Actor } from '../auth/actor';
import type { Db } from '../db/client';
import { logbookAnswers, organisations, users } from '../db/schema';
import { AppError } from '../http/errors';
import { canEditPlan } from '../plans/plans.policy';
import { findVisiblePlan } from '../plans/plans.queries';

/** The answers of the Taskforce questionnaire (data/route-map/questionnaire.json): ja, nee, niet van toepassing. */
export const LOGBOOK_ANSWERS = QUESTIONNAIRE.answers;

async function requirePlan(db: Db, actor: Actor, planId: string) {
  const plan = await findVisiblePlan(db, actor, planId);
  if (!plan) throw new AppError('notFound', 'Dit plan bestaat niet of je mag het niet zien.');
  return plan;
}

/**
 * GET /plans/{id}/logbook: every question per phase with its newest answer, which open questions block the next
 * phase, and the whole history (newest first) as a timeline: every answer is kept.
 */
export async function getLogbook({ db, actor, planId }: { db: Db; actor: Actor; planId: string }) {
  await requirePlan(db, actor, planId);
  const rows = await db
    .select({
      id: logbookAnswers.id,
      questionKey: logbookAnswers.questionKey,
      answer: logbookAnswers.answer,
      note: logbookAnswers.note,
      answeredAt: logbookAnswers.answeredAt,
      userName: users.name,
      organisationName: organisations.name,
    })
    .from(logbookAnswers)
    .leftJoin(users, eq(users.id, logbookAnswers.answeredBy))
    .leftJoin(organisations, eq(organisations.id, users.organisationId))
    .where(eq(logbookAnswers.planId, planId))
    .orderBy(desc(logbookAnswers.answeredAt), desc(logbookAnswers.id));
  const history = rows.map((row) => ({
    id: row.id,
    questionKey: row.questionKey,
    question: QUESTIONNAIRE.questions.find((q) => q.key === row.questionKey)?.question ?? row.questionKey,
    answer: row.answer,
    note: row.note,
    answeredAt: row.answeredAt.toISOString(),
    answeredBy: { name: row.userName ?? '', organisationName: row.organisationName ?? '' },
  }));
  const questions = QUESTIONNAIRE.questions.map((question) => {
    const latest = history.find((entry) => entry.questionKey === question.key) ?? null;
    const open = !latest || latest.answer === 'nee';
    return { ...question, latest, blocking: question.blocksNextPhase && open };
  });
  return { answers: LOGBOOK_ANSWERS, questions, history };
}

/** POST /plans/{id}/logbook: a new answer (never an edit of an old one), by someone who may edit the plan. */
export async function answerQuestion({
  db,
  actor,
  planId,
  body,
}: {
  db: Db;
  actor: Actor;
  planId: string;
  body: { questionKey: string; answer: string; note?: string | null };
}) {
  const plan = await requirePlan(db, actor, planId);
  const partyIds = plan.parties.map((party) => party.organisationId);
  if (!canEditPlan(actor, { ...plan.row, partyIds })) {
    throw new AppError('forbidden', 'Je mag het logboek van dit plan niet invullen.');
  }
  const question = QUESTIONNAIRE.questions.find((q) => q.key === body.questionKey);
  if (!question) {
    throw new AppError('validation', 'Niet alle velden zijn goed ingevuld.', [
      { path: 'questionKey', message: 'Deze vraag staat niet in de vragenlijst.' },
    ]);
  }
  await db.transaction(async (tx) => {
    await tx.insert(logbookAnswers).values({
      planId,
      questionKey: question.key,
      answer: body.answer,
      note: body.note?.trim() || null,
      answeredBy: actor.userId,
    });
    await writeAudit(tx, actor, {
      action: 'create',
      entityType: 'logbook',
      entityId: planId,
      summary: `Logboek "${plan.row.name}": "${question.question}" → ${body.answer}`,
      after: body,
    });
  });
  return getLogbook({ db, actor, planId });
}

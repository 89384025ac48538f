import { and, asc, eq, gte, ne } from 'drizzle-orm';
import {
  ADVICE_LABELS,
  type AdviceKind,
  adviceFor,
  DEFAULT_CRITERIA,
  REVIEW_THRESHOLD_HOMES,
  type ReviewCriterion,
  type ReviewStatus,
  STATUS_LABELS,
  suggestScores,
  weightedScore,
} from '../../core/instruments';
import type { Segment } from '../../core/programme';
import { writeAudit } from '../audit/audit';
import { type Actor, canWrite, isRegionStaff } from '../auth/actor';
import { visiblePlans } from '../auth/visibility';
import type { Db, Tx } from '../db/client';
import { planReviews, plans, reviewFrameworks } from '../db/schema';
import { AppError } from '../http/errors';
import { evaluateCompliance } from '../instruments/compliance.service';
import { requireRegion } from '../monitor/targets.service';
import { findVisiblePlan } from '../plans/plans.queries';
import type { TScoreReview } from './review.schema';

type Scores = Record<string, { score: number | null; note: string | null }>;

/** The region's assessment framework (the default when it has none yet). */
export async function frameworkOf(db: Db | Tx, regionId: string): Promise<ReviewCriterion[]> {
  const [row] = await db.select().from(reviewFrameworks).where(eq(reviewFrameworks.regionId, regionId));
  return (row?.criteria as unknown as ReviewCriterion[] | undefined) ?? [...DEFAULT_CRITERIA];
}

/** GET /regions/{regionId}/review-framework: the actor's own region only (404 for any other). */
export async function getFramework({ db, actor, regionId }: { db: Db; actor: Actor; regionId: string }) {
  const region = await requireRegion(db, actor, regionId);
  return { criteria: await frameworkOf(db, region.id) };
}

/** Opens the regional review of a plan that reached 50 homes (called on every plan write; idempotent). */
export async function openReviewIfNeeded(db: Db | Tx, planId: string, totalHomes: number): Promise<void> {
  if (totalHomes < REVIEW_THRESHOLD_HOMES) return;
  await db.insert(planReviews).values({ planId }).onConflictDoNothing();
}

/** Only the regional office's editors and admins score and advise (the regional table's secretariat). */
export const canScore = (actor: Actor) => isRegionStaff(actor) && canWrite(actor);

async function requireReviewedPlan(db: Db, actor: Actor, planId: string) {
  const plan = await findVisiblePlan(db, actor, planId);
  if (!plan) throw new AppError('notFound', 'Dit plan bestaat niet of je mag het niet zien.');
  if (plan.row.totalHomes < REVIEW_THRESHOLD_HOMES) {
    throw new AppError(
      'notFound',
      `Dit plan heeft ${plan.row.totalHomes} woningen; alleen plannen van ${REVIEW_THRESHOLD_HOMES} woningen of meer worden regionaal getoetst.`,
    );
  }
  // Plans that reached 50 homes by import open here, on the first look.
  await openReviewIfNeeded(db, planId, plan.row.totalHomes);
  const [review] = await db.select().from(planReviews).where(eq(planReviews.planId, planId));
  if (!review) throw new Error('review not opened');
  return { plan, review };
}

/**
 * GET /plans/{id}/review (api-contract.md): `{ status, criteria: [{ key, label, score, weight, note }], advice }`
 * plus the guidance per criterion, the scores Woonregie suggests (affordability from the norms, the ordinance
 * from its check, pace from the delivery years), the weighted score and what it points to. 404 below 50 homes.
 */
export async function getPlanReview({ db, actor, planId }: { db: Db; actor: Actor; planId: string }) {
  const { plan, review } = await requireReviewedPlan(db, actor, planId);
  const criteria = await frameworkOf(db, plan.row.regionId);
  const compliance = await evaluateCompliance(db, plan.row.regionId, plan.row.municipalityCode, {
    segments: plan.segments.map((s) => ({ ...s, segment: s.segment as Segment })),
    deliveries: plan.deliveries,
  });
  const suggested = suggestScores({
    socialRentShare: compliance.norms.socialRentShare,
    affordableShare: compliance.norms.affordableShare,
    checks: compliance.checks,
    lastDeliveryYear: plan.deliveries.length ? Math.max(...plan.deliveries.map((d) => d.year)) : null,
  });
  const scores = review.scores as Scores;
  const flat = Object.fromEntries(Object.entries(scores).map(([key, value]) => [key, value.score]));
  const weighted = weightedScore(criteria, flat);
  return {
    planId,
    planName: plan.row.name,
    totalHomes: plan.row.totalHomes,
    status: review.status as ReviewStatus,
    statusLabel: STATUS_LABELS[review.status as ReviewStatus],
    version: review.version,
    criteria: criteria.map((criterion) => ({
      key: criterion.key,
      label: criterion.label,
      weight: criterion.weight,
      score: scores[criterion.key]?.score ?? null,
      note: scores[criterion.key]?.note ?? null,
      guidance: criterion.guidance,
      suggested: (suggested as Record<string, number>)[criterion.key] ?? null,
    })),
    weightedScore: weighted.score,
    complete: weighted.complete,
    pointsTo: weighted.score === null ? null : adviceFor(weighted.score),
    advice: review.advice
      ? {
          kind: review.advice as AdviceKind,
          label: ADVICE_LABELS[review.advice as AdviceKind],
          text: review.adviceText,
        }
      : null,
    openedAt: review.openedAt.toISOString(),
    advisedAt: review.advisedAt?.toISOString() ?? null,
    canScore: canScore(actor),
  };
}

function requireScorer(actor: Actor) {
  if (!canScore(actor)) {
    throw new AppError('forbidden', 'Alleen de regio beoordeelt plannen in de regionale toets.');
  }
}

/** PUT /plans/{id}/review: scores and notes (1–5 per criterion of the framework); the review is then "in review". */
export async function scoreReview({
  db,
  actor,
  planId,
  body,
}: {
  db: Db;
  actor: Actor;
  planId: string;
  body: TScoreReview;
}) {
  requireScorer(actor);
  const { plan, review } = await requireReviewedPlan(db, actor, planId);
  if (review.status === 'advised')
    throw new AppError('conflict', 'Het advies is al gegeven; de scores liggen vast.');
  const criteria = await frameworkOf(db, plan.row.regionId);
  const unknown = Object.keys(body.scores).filter((key) => !criteria.some((c) => c.key === key));
  if (unknown.length) {
    throw new AppError(
      'validation',
      'Niet alle velden zijn goed ingevuld.',
      unknown.map((key) => ({
        path: `scores.${key}`,
        message: 'Dit criterium staat niet in het toetsingskader.',
      })),
    );
  }
  const scores = { ...(review.scores as Scores), ...body.scores };
  await db.transaction(async (tx) => {
    const updated = await tx
      .update(planReviews)
      .set({ scores, status: 'inReview', updatedAt: new Date(), version: review.version + 1 })
      .where(and(eq(planReviews.planId, planId), eq(planReviews.version, body.version)))
      .returning({ planId: planReviews.planId });
    if (updated.length === 0) {
      throw new AppError(
        'conflict',
        'Iemand anders heeft deze toets intussen gewijzigd. Laad de nieuwste versie.',
      );
    }
    await writeAudit(tx, actor, {
      action: 'update',
      entityType: 'planReview',
      entityId: planId,
      summary: `Regionale toets van "${plan.row.name}": scores vastgelegd`,
      after: body.scores,
    });
  });
  return getPlanReview({ db, actor, planId });
}

/** POST /plans/{id}/review/advice: the advice, once every criterion is scored; the review is then "advised". */
export async function adviseReview({
  db,
  actor,
  planId,
  body,
}: {
  db: Db;
  actor: Actor;
  planId: string;
  body: { version: number; advice: AdviceKind; text: string };
}) {
  requireScorer(actor);
  const current = await getPlanReview({ db, actor, planId });
  if (current.status === 'advised') throw new AppError('conflict', 'Het advies is al gegeven.');
  const missing = current.criteria.filter((c) => c.score === null);
  if (missing.length) {
    throw new AppError(
      'validation',
      `Geef eerst alle criteria een score: ${missing.map((c) => c.label).join(', ')}.`,
      missing.map((c) => ({ path: `scores.${c.key}`, message: 'Geef dit criterium een score.' })),
    );
  }
  await db.transaction(async (tx) => {
    const updated = await tx
      .update(planReviews)
      .set({
        status: 'advised',
        advice: body.advice,
        adviceText: body.text,
        advisedAt: new Date(),
        advisedBy: actor.userId,
        updatedAt: new Date(),
        version: current.version + 1,
      })
      .where(and(eq(planReviews.planId, planId), eq(planReviews.version, body.version)))
      .returning({ planId: planReviews.planId });
    if (updated.length === 0) {
      throw new AppError(
        'conflict',
        'Iemand anders heeft deze toets intussen gewijzigd. Laad de nieuwste versie.',
      );
    }
    await writeAudit(tx, actor, {
      action: 'update',
      entityType: 'planReview',
      entityId: planId,
      summary: `Regionale toets van "${current.planName}": advies ${ADVICE_LABELS[body.advice].toLowerCase()}`,
      after: body,
    });
  });
  return getPlanReview({ db, actor, planId });
}

/** GET /reviews: the plans of 50 homes or more the actor may see, not delivered, with the review's status. */
export async function listReviews({ db, actor }: { db: Db; actor: Actor }) {
  const rows = await db
    .select({
      planId: plans.id,
      planName: plans.name,
      municipalityCode: plans.municipalityCode,
      totalHomes: plans.totalHomes,
      status: planReviews.status,
      advice: planReviews.advice,
      openedAt: planReviews.openedAt,
    })
    .from(plans)
    .leftJoin(planReviews, eq(planReviews.planId, plans.id))
    .where(
      and(visiblePlans(actor), gte(plans.totalHomes, REVIEW_THRESHOLD_HOMES), ne(plans.phase, 'delivered')),
    )
    .orderBy(asc(plans.name));
  return {
    items: rows.map((row) => {
      const status = (row.status ?? 'pending') as ReviewStatus;
      return {
        ...row,
        status,
        statusLabel: STATUS_LABELS[status],
        adviceLabel: row.advice ? ADVICE_LABELS[row.advice as AdviceKind] : null,
        openedAt: row.openedAt?.toISOString() ?? null,
      };
    }),
  };
}

/** PUT /regions/{regionId}/review-framework: the region's admin sets the criteria (audited). */
export async function putFramework({
  db,
  actor,
  regionId,
  criteria,
}: {
  db: Db;
  actor: Actor;
  regionId: string;
  criteria: ReviewCriterion[];
}) {
  if (regionId !== actor.regionId && regionId !== actor.regionSlug) {
    throw new AppError('notFound', 'Deze regio bestaat niet of je hoort er niet bij.');
  }
  if (!(isRegionStaff(actor) && actor.role === 'admin')) {
    throw new AppError('forbidden', 'Alleen de beheerder van de regio stelt het toetsingskader vast.');
  }
  await db.transaction(async (tx) => {
    await tx
      .insert(reviewFrameworks)
      .values({
        regionId: actor.regionId,
        criteria: criteria as unknown as Record<string, unknown>[],
        updatedBy: actor.userId,
      })
      .onConflictDoUpdate({
        target: reviewFrameworks.regionId,
        set: {
          criteria: criteria as unknown as Record<string, unknown>[],
          updatedAt: new Date(),
          updatedBy: actor.userId,
        },
      });
    await writeAudit(tx, actor, {
      action: 'update',
      entityType: 'reviewFramework',
      entityId: actor.regionId,
      summary: `Toetsingskader regionale toets: ${criteria.map((c) => `${c.label} (${c.weight})`).join(', ')}`,
      after: criteria,
    });
  });
  return { criteria: await frameworkOf(db, actor.regionId) };
}

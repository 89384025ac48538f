import { eq } from 'drizzle-orm';
import {
  type ComplianceRule,
  checkOrdinance,
  describeOrdinance,
  type HardshipException,
} from '../../core/instruments';
import {
  computeNorms,
  findLimitsForYear,
  limitsYear,
  type Segment,
  type TSegmentInput,
} from '../../core/programme';
import { writeAudit } from '../audit/audit';
import { type Actor, canWrite, isRegionStaff } from '../auth/actor';
import type { Db } from '../db/client';
import { hardshipExceptions } from '../db/schema';
import { AppError } from '../http/errors';
import { findVisiblePlan } from '../plans/plans.queries';
import { type OrdinanceVersion, ordinanceOf, regionInstruments } from './instruments.queries';

type Lines = readonly (Pick<TSegmentInput, 'segment' | 'homes'> &
  Partial<Pick<TSegmentInput, 'usableAreaM2' | 'monthlyRentEur' | 'priceEur'>>)[];

function presentOrdinance(ordinance: OrdinanceVersion | null) {
  if (!ordinance) return null;
  return {
    id: ordinance.id,
    title: ordinance.title,
    effectiveFrom: ordinance.effectiveFrom,
    rules: ordinance.rules,
    rulesText: describeOrdinance(ordinance),
    hardshipClause: ordinance.hardshipClause,
    source: ordinance.source,
    demo: ordinance.demo,
  };
}

/**
 * Segment lines checked against the ordinance in force, and the norms (30% social rent, two thirds affordable)
 * under the national limits of the delivery year — the shape of GET /plans/{id}/compliance (api-contract.md).
 */
export async function evaluateCompliance(
  db: Db,
  regionId: string,
  municipalityCode: string,
  input: { segments: Lines; deliveries: readonly { year: number }[]; date?: string | undefined },
  exceptions: readonly HardshipException[] = [],
) {
  const [ordinance, { limits }] = await Promise.all([
    ordinanceOf(db, regionId, municipalityCode, input.date),
    regionInstruments(db, regionId),
  ]);
  const checks = ordinance ? checkOrdinance(input.segments, ordinance, exceptions) : [];
  const norms = computeNorms(input.segments, findLimitsForYear(limits, limitsYear(input.deliveries)));
  return {
    municipalityCode,
    ordinance: presentOrdinance(ordinance),
    checks,
    ok: checks.every((check) => check.ok || check.exception !== null),
    norms: {
      socialRentShare: norms.socialRentShare,
      affordableShare: norms.affordableShare,
      socialRentOk: norms.socialRentOk,
      affordableOk: norms.affordableOk,
      ok: norms.socialRentOk && norms.affordableOk,
    },
  };
}

async function requirePlan(db: Db, actor: Actor, planId: string) {
  const plan = await findVisiblePlan(db, actor, planId);
  if (!plan) throw new AppError('notFound', 'Dit plan bestaat niet of je mag het niet zien.');
  return plan;
}

async function exceptionsOf(db: Db, planId: string) {
  return db.select().from(hardshipExceptions).where(eq(hardshipExceptions.planId, planId));
}

/** GET /plans/{id}/compliance: the plan against the ordinance in force today, with recorded exceptions. */
export async function planCompliance({ db, actor, planId }: { db: Db; actor: Actor; planId: string }) {
  const plan = await requirePlan(db, actor, planId);
  const exceptions = await exceptionsOf(db, planId);
  const result = await evaluateCompliance(
    db,
    plan.row.regionId,
    plan.row.municipalityCode,
    { segments: plan.segments as unknown as Lines, deliveries: plan.deliveries },
    exceptions.map((e) => ({
      segment: e.segment as Segment,
      rule: e.rule as ComplianceRule,
      motivation: e.motivation,
      approvedBy: e.approvedBy,
    })),
  );
  return {
    planId,
    ...result,
    exceptions: exceptions.map((e) => ({
      id: e.id,
      segment: e.segment,
      rule: e.rule,
      motivation: e.motivation,
      approvedBy: e.approvedBy,
      recordedAt: e.recordedAt.toISOString(),
    })),
    canRecordException: canDecideFor(actor, plan.row.municipalityCode),
  };
}

/** The municipality itself (its editors and admins) or the region's admin decides on its instruments. */
export function canDecideFor(actor: Actor, municipalityCode: string): boolean {
  if (!canWrite(actor)) return false;
  return actor.cbsCode === municipalityCode || (isRegionStaff(actor) && actor.role === 'admin');
}

/**
 * POST /plans/{id}/hardship-exceptions: records an exception under the hardship clause for a failing rule, with
 * its motivation and who approved it. Only the municipality decides; a rule that passes needs no exception.
 */
export async function recordHardshipException({
  db,
  actor,
  planId,
  body,
}: {
  db: Db;
  actor: Actor;
  planId: string;
  body: { segment: Segment; rule: ComplianceRule; motivation: string; approvedBy: string };
}) {
  const plan = await requirePlan(db, actor, planId);
  if (!canDecideFor(actor, plan.row.municipalityCode)) {
    throw new AppError(
      'forbidden',
      'Alleen de gemeente van het plan legt een uitzondering onder de hardheidsclausule vast.',
    );
  }
  const current = await planCompliance({ db, actor, planId });
  const failing = current.checks.find((c) => c.segment === body.segment && c.rule === body.rule && !c.ok);
  if (!failing) {
    throw new AppError('validation', 'Deze regel wordt niet overtreden; een uitzondering is niet nodig.', [
      { path: 'rule', message: 'Deze regel wordt niet overtreden; een uitzondering is niet nodig.' },
    ]);
  }
  await db.transaction(async (tx) => {
    await tx
      .insert(hardshipExceptions)
      .values({ planId, ...body, recordedBy: actor.userId })
      .onConflictDoUpdate({
        target: [hardshipExceptions.planId, hardshipExceptions.segment, hardshipExceptions.rule],
        set: {
          motivation: body.motivation,
          approvedBy: body.approvedBy,
          recordedBy: actor.userId,
          recordedAt: new Date(),
        },
      });
    await writeAudit(tx, actor, {
      action: 'create',
      entityType: 'hardshipException',
      entityId: planId,
      summary: `Uitzondering hardheidsclausule voor "${plan.row.name}": ${failing.message}`,
      after: body,
    });
  });
  return planCompliance({ db, actor, planId });
}

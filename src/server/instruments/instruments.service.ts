import { and, asc, eq, inArray, ne } from 'drizzle-orm';
import {
  type CompensationMethod,
  checkOrdinance,
  computeCompensation,
  type OrdinanceRule,
  ordinanceInForce,
} from '../../core/instruments';
import { findLimitsForYear, limitsYear, type Segment } from '../../core/programme';
import { writeAudit } from '../audit/audit';
import type { Actor } from '../auth/actor';
import { visiblePlans } from '../auth/visibility';
import type { Db } from '../db/client';
import { hardshipExceptions, ordinances, organisations, plans } from '../db/schema';
import { AppError } from '../http/errors';
import { loadPlanRecords, type PlanRecord } from '../plans/plans.queries';
import { presentScheme } from './compensation.service';
import { canDecideFor, evaluateCompliance } from './compliance.service';
import { forgetInstruments, regionInstruments, todayIso } from './instruments.queries';

type Lines = Parameters<typeof checkOrdinance>[0];

async function municipalitiesOf(db: Db, actor: Actor) {
  const rows = await db
    .select({ code: organisations.cbsCode, name: organisations.name })
    .from(organisations)
    .where(
      and(
        eq(organisations.regionId, actor.regionId),
        eq(organisations.kind, 'municipality'),
        eq(organisations.member, true),
      ),
    )
    .orderBy(asc(organisations.name));
  return rows.flatMap((row) =>
    row.code ? [{ code: row.code, name: row.name.replace(/^Gemeente /, '') }] : [],
  );
}

async function requireMunicipality(db: Db, actor: Actor, code: string) {
  const found = (await municipalitiesOf(db, actor)).find((m) => m.code === code);
  if (!found) throw new AppError('notFound', 'Deze gemeente hoort niet bij je regio.');
  return found;
}

/** The plans of municipalities that are not delivered yet and that the actor may see, with their lines. */
async function openPlans(db: Db, actor: Actor, codes: readonly string[]): Promise<PlanRecord[]> {
  if (codes.length === 0) return [];
  const rows = await db
    .select()
    .from(plans)
    .where(
      and(visiblePlans(actor), inArray(plans.municipalityCode, [...codes]), ne(plans.phase, 'delivered')),
    )
    .orderBy(asc(plans.name));
  return loadPlanRecords(db, rows);
}

async function exceptionsByPlan(db: Db, planIds: readonly string[]) {
  const map = new Map<
    string,
    {
      segment: Segment;
      rule: 'minUsableArea' | 'maxMonthlyRent' | 'maxPrice';
      motivation: string;
      approvedBy: string;
    }[]
  >();
  if (planIds.length === 0) return map;
  const rows = await db
    .select()
    .from(hardshipExceptions)
    .where(inArray(hardshipExceptions.planId, [...planIds]));
  for (const row of rows) {
    map.set(row.planId, [
      ...(map.get(row.planId) ?? []),
      {
        segment: row.segment as Segment,
        rule: row.rule as 'minUsableArea',
        motivation: row.motivation,
        approvedBy: row.approvedBy,
      },
    ]);
  }
  return map;
}

const linesOf = (record: PlanRecord) => record.segments as unknown as Lines;

/**
 * GET /instruments: per municipality of the region its ordinance in force (rules in plain Dutch, source), its
 * compensation scheme, and the plans the ordinance affects — those that break a rule without an exception.
 */
export async function instrumentsOverview({ db, actor }: { db: Db; actor: Actor }) {
  const municipalities = await municipalitiesOf(db, actor);
  const { ordinances: allOrdinances, schemes } = await regionInstruments(db, actor.regionId);
  const records = await openPlans(
    db,
    actor,
    municipalities.map((m) => m.code),
  );
  const exceptions = await exceptionsByPlan(
    db,
    records.map((r) => r.row.id),
  );
  const today = todayIso();
  return {
    municipalities: municipalities.map((municipality) => {
      const versions = allOrdinances.filter((o) => o.municipalityCode === municipality.code);
      const ordinance = ordinanceInForce(versions, today);
      const scheme = ordinanceInForce(
        schemes.filter((s) => s.municipalityCode === municipality.code),
        today,
      );
      const affected = ordinance
        ? records
            .filter((record) => record.row.municipalityCode === municipality.code)
            .flatMap((record) => {
              const failing = checkOrdinance(
                linesOf(record),
                ordinance,
                exceptions.get(record.row.id) ?? [],
              ).filter((check) => !check.ok && !check.exception);
              return failing.length
                ? [{ id: record.row.id, name: record.row.name, failing: failing.map((c) => c.message) }]
                : [];
            })
        : [];
      return {
        ...municipality,
        ordinance: ordinance
          ? {
              id: ordinance.id,
              title: ordinance.title,
              effectiveFrom: ordinance.effectiveFrom,
              rules: ordinance.rules,
              hardshipClause: ordinance.hardshipClause,
              source: ordinance.source,
              demo: ordinance.demo,
            }
          : null,
        versions: versions.map((v) => ({ id: v.id, title: v.title, effectiveFrom: v.effectiveFrom })),
        scheme: scheme ? presentScheme(scheme) : null,
        affectedPlans: affected,
        canEdit: canDecideFor(actor, municipality.code),
      };
    }),
  };
}

/** POST /municipalities/{code}/ordinances: a new version of the ordinance, in force from its date (audited). */
export async function addOrdinanceVersion({
  db,
  actor,
  municipalityCode,
  body,
}: {
  db: Db;
  actor: Actor;
  municipalityCode: string;
  body: {
    effectiveFrom: string;
    title: string;
    rules: OrdinanceRule[];
    hardshipClause: string;
    source: string;
  };
}) {
  await requireMunicipality(db, actor, municipalityCode);
  if (!canDecideFor(actor, municipalityCode)) {
    throw new AppError(
      'forbidden',
      'Alleen de gemeente zelf legt een nieuwe versie van haar verordening vast.',
    );
  }
  const segments = body.rules.map((rule) => rule.segment);
  if (new Set(segments).size !== segments.length) {
    throw new AppError('validation', 'Elk segment heeft één regel.', [
      { path: 'rules', message: 'Elk segment heeft één regel.' },
    ]);
  }
  const [row] = await db.transaction(async (tx) => {
    const existing = await tx
      .select({ id: ordinances.id })
      .from(ordinances)
      .where(
        and(
          eq(ordinances.municipalityCode, municipalityCode),
          eq(ordinances.effectiveFrom, body.effectiveFrom),
        ),
      );
    if (existing.length) {
      throw new AppError('conflict', 'Er is al een versie die op deze datum ingaat. Kies een andere datum.');
    }
    const inserted = await tx
      .insert(ordinances)
      .values({
        regionId: actor.regionId,
        municipalityCode,
        ...body,
        rules: body.rules as unknown as Record<string, unknown>[],
        demo: false,
        createdBy: actor.userId,
      })
      .returning();
    await writeAudit(tx, actor, {
      action: 'create',
      entityType: 'ordinance',
      entityId: inserted[0]?.id ?? municipalityCode,
      summary: `Nieuwe versie van de doelgroepenverordening (${municipalityCode}), in werking vanaf ${body.effectiveFrom}`,
      after: body,
    });
    return inserted;
  });
  forgetInstruments(actor.regionId);
  return row;
}

/**
 * POST /municipalities/{code}/instruments/what-if: the municipality's open plans under the ordinance and scheme
 * in force and under the changed rules or method — which plans change compliance and what the fund would
 * receive. Nothing is saved.
 */
export async function policyWhatIf({
  db,
  actor,
  municipalityCode,
  body,
}: {
  db: Db;
  actor: Actor;
  municipalityCode: string;
  body: { ordinanceRules?: OrdinanceRule[] | undefined; schemeMethod?: CompensationMethod | undefined };
}) {
  const municipality = await requireMunicipality(db, actor, municipalityCode);
  const { ordinances: all, schemes, limits } = await regionInstruments(db, actor.regionId);
  const today = todayIso();
  const ordinance = ordinanceInForce(
    all.filter((o) => o.municipalityCode === municipalityCode),
    today,
  );
  const scheme = ordinanceInForce(
    schemes.filter((s) => s.municipalityCode === municipalityCode),
    today,
  );
  const changedRules = body.ordinanceRules ?? ordinance?.rules ?? [];
  const records = await openPlans(db, actor, [municipalityCode]);
  const exceptions = await exceptionsByPlan(
    db,
    records.map((r) => r.row.id),
  );
  const lines = records.map((record) => {
    const own = exceptions.get(record.row.id) ?? [];
    const failing = (rules: readonly OrdinanceRule[]) =>
      checkOrdinance(linesOf(record), { rules: [...rules] }, own)
        .filter((c) => !c.ok && !c.exception)
        .map((c) => c.message);
    const before = failing(ordinance?.rules ?? []);
    const after = failing(changedRules);
    const limitsOfPlan = findLimitsForYear(limits, limitsYear(record.deliveries));
    const amount = (method: CompensationMethod | undefined) =>
      scheme && method
        ? computeCompensation(record.segments as never, { ...scheme, method }, { limits: limitsOfPlan })
            .amountEur
        : 0;
    return {
      planId: record.row.id,
      planName: record.row.name,
      compliant: { before: before.length === 0, after: after.length === 0 },
      failing: { before, after },
      compensationEur: { before: amount(scheme?.method), after: amount(body.schemeMethod ?? scheme?.method) },
    };
  });
  const sum = (pick: (line: (typeof lines)[number]) => number) =>
    lines.reduce((total, line) => total + pick(line), 0);
  const nowFailing = lines.filter((l) => l.compliant.before && !l.compliant.after).length;
  const nowPassing = lines.filter((l) => !l.compliant.before && l.compliant.after).length;
  const fund = { before: sum((l) => l.compensationEur.before), after: sum((l) => l.compensationEur.after) };
  return {
    municipality,
    ordinance: ordinance ? { title: ordinance.title, rules: ordinance.rules } : null,
    scheme: scheme ? presentScheme(scheme) : null,
    lines: lines.filter(
      (l) =>
        l.compliant.before !== l.compliant.after ||
        l.compensationEur.before !== l.compensationEur.after ||
        l.failing.before.join() !== l.failing.after.join(),
    ),
    plans: lines.length,
    summary: {
      nowFailing,
      nowPassing,
      fundEur: fund,
      sentence: sentence(lines.length, nowFailing, nowPassing, fund, !!scheme),
    },
  };
}

const eurFormat = new Intl.NumberFormat('nl-NL', {
  style: 'currency',
  currency: 'EUR',
  maximumFractionDigits: 0,
});
const eur = (value: number) => eurFormat.format(value).replace(/\u00a0/g, ' ');

function sentence(
  plansCount: number,
  nowFailing: number,
  nowPassing: number,
  fund: { before: number; after: number },
  hasScheme: boolean,
): string {
  const plansText = plansCount === 1 ? '1 plan' : `${plansCount} plannen`;
  const changes: string[] = [];
  if (nowPassing) changes.push(`${nowPassing} voortaan wel aan de verordening`);
  if (nowFailing) changes.push(`${nowFailing} voortaan niet meer`);
  let text =
    changes.length === 0
      ? `Van ${plansText} in voorbereiding of uitvoering verandert bij geen enkel plan het oordeel over de verordening.`
      : `Van ${plansText} in voorbereiding of uitvoering voldoen er ${changes.join(' en ')}.`;
  if (hasScheme) text += ` Het fonds zou ${eur(fund.after)} ontvangen in plaats van ${eur(fund.before)}.`;
  return text;
}

export { evaluateCompliance };

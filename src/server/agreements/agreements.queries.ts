import { and, asc, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../auth/actor';
import { visiblePlans } from '../auth/visibility';
import type { Db, Tx } from '../db/client';
import { organisations, planDeliveries, planSegments, plans } from '../db/schema';
import { agreementParties, agreements, commitmentPlans, commitments } from '../db/schema-agreements';
import type { TListAgreementsQuery } from './agreements.schema';

/** Prestatieafspraken first, then the regional kinds (the order of AGREEMENT_KINDS). */
const KIND_ORDER = sql`array_position(array['performance','regional','housingVision','provincialAgreement']::text[], ${agreements.kind})`;

export type AgreementRow = typeof agreements.$inferSelect;
export type CommitmentRow = typeof commitments.$inferSelect;

export interface LinkedPlan {
  id: string;
  name: string;
  phase: string;
  segments: { segment: string; homes: number }[];
  deliveries: { year: number; homes: number }[];
}

/** An agreement with its parties, commitments and the plans its commitments are linked to (visible ones only). */
export interface AgreementRecord {
  row: AgreementRow;
  municipalityName: string | null;
  parties: { organisationId: string; name: string; kind: string }[];
  commitments: { row: CommitmentRow; partyName: string; partyKind: string; plans: LinkedPlan[] }[];
}

/** The municipalities of the actor's region, code → name without "Gemeente ". */
export async function municipalityNames(db: Db | Tx, regionId: string): Promise<Map<string, string>> {
  const rows = await db
    .select({ code: organisations.cbsCode, name: organisations.name })
    .from(organisations)
    .where(and(eq(organisations.regionId, regionId), eq(organisations.kind, 'municipality')))
    .orderBy(asc(organisations.name));
  return new Map(rows.flatMap((r) => (r.code ? [[r.code, r.name.replace(/^Gemeente /, '')]] : [])));
}

/** The codes of the region's member municipalities (a partner such as Eemnes is left out), by name. */
export async function memberMunicipalityCodes(db: Db | Tx, regionId: string): Promise<string[]> {
  const rows = await db
    .select({ code: organisations.cbsCode })
    .from(organisations)
    .where(
      and(
        eq(organisations.regionId, regionId),
        eq(organisations.kind, 'municipality'),
        eq(organisations.member, true),
      ),
    )
    .orderBy(asc(organisations.name));
  return rows.flatMap((r) => (r.code ? [r.code] : []));
}

/** Agreements of the actor's region matching the filter, newest year first, with everything a page shows. */
export async function loadAgreements(
  db: Db | Tx,
  actor: Actor,
  filter: TListAgreementsQuery & { ids?: string[] },
): Promise<AgreementRecord[]> {
  const conditions: SQL[] = [eq(agreements.regionId, actor.regionId)];
  if (filter.municipality) conditions.push(eq(agreements.municipalityCode, filter.municipality));
  if (filter.year) conditions.push(eq(agreements.year, filter.year));
  if (filter.kind) conditions.push(eq(agreements.kind, filter.kind));
  if (filter.ids)
    conditions.push(
      inArray(agreements.id, filter.ids.length ? filter.ids : ['00000000-0000-0000-0000-000000000000']),
    );
  const rows = await db
    .select()
    .from(agreements)
    .where(and(...conditions))
    .orderBy(desc(agreements.year), KIND_ORDER, asc(agreements.municipalityCode), asc(agreements.title));
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const parties = await db
    .select({
      agreementId: agreementParties.agreementId,
      organisationId: agreementParties.organisationId,
      name: organisations.name,
      kind: organisations.kind,
    })
    .from(agreementParties)
    .innerJoin(organisations, eq(organisations.id, agreementParties.organisationId))
    .where(inArray(agreementParties.agreementId, ids))
    .orderBy(asc(agreementParties.position), asc(organisations.name));
  const lines = await db
    .select({ row: commitments, partyName: organisations.name, partyKind: organisations.kind })
    .from(commitments)
    .innerJoin(organisations, eq(organisations.id, commitments.partyOrganisationId))
    .where(inArray(commitments.agreementId, ids))
    .orderBy(asc(commitments.position), asc(commitments.createdAt));
  const plansOf = await loadLinkedPlans(
    db,
    actor,
    lines.map((l) => l.row.id),
  );
  const names = await municipalityNames(db, actor.regionId);
  return rows.map((row) => ({
    row,
    municipalityName: row.municipalityCode ? (names.get(row.municipalityCode) ?? row.municipalityCode) : null,
    parties: parties
      .filter((p) => p.agreementId === row.id)
      .map(({ organisationId, name, kind }) => ({ organisationId, name, kind })),
    commitments: lines
      .filter((l) => l.row.agreementId === row.id)
      .map((l) => ({ ...l, plans: plansOf.get(l.row.id) ?? [] })),
  }));
}

/** The plans linked to commitments, with segments and deliveries, limited to the plans the actor may see. */
async function loadLinkedPlans(
  db: Db | Tx,
  actor: Actor,
  commitmentIds: string[],
): Promise<Map<string, LinkedPlan[]>> {
  const result = new Map<string, LinkedPlan[]>();
  if (commitmentIds.length === 0) return result;
  const links = await db
    .select({
      commitmentId: commitmentPlans.commitmentId,
      id: plans.id,
      name: plans.name,
      phase: plans.phase,
    })
    .from(commitmentPlans)
    .innerJoin(plans, eq(plans.id, commitmentPlans.planId))
    .where(and(inArray(commitmentPlans.commitmentId, commitmentIds), visiblePlans(actor)))
    .orderBy(asc(plans.name));
  const planIds = [...new Set(links.map((l) => l.id))];
  if (planIds.length === 0) return result;
  const segments = await db.select().from(planSegments).where(inArray(planSegments.planId, planIds));
  const deliveries = await db.select().from(planDeliveries).where(inArray(planDeliveries.planId, planIds));
  for (const link of links) {
    const plan: LinkedPlan = {
      id: link.id,
      name: link.name,
      phase: link.phase,
      segments: segments
        .filter((s) => s.planId === link.id)
        .map((s) => ({ segment: s.segment, homes: s.homes })),
      deliveries: deliveries
        .filter((d) => d.planId === link.id)
        .map((d) => ({ year: d.year, homes: d.homes })),
    };
    result.set(link.commitmentId, [...(result.get(link.commitmentId) ?? []), plan]);
  }
  return result;
}

/** The ids of the given plans that the actor may see. */
export async function visiblePlanIds(db: Db | Tx, actor: Actor, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .select({ id: plans.id })
    .from(plans)
    .where(and(inArray(plans.id, ids), visiblePlans(actor)));
  return new Set(rows.map((r) => r.id));
}

/** Organisations of the actor's region by id (for checking parties). */
export async function regionOrganisations(db: Db | Tx, actor: Actor, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({
      id: organisations.id,
      name: organisations.name,
      kind: organisations.kind,
      cbsCode: organisations.cbsCode,
    })
    .from(organisations)
    .where(and(eq(organisations.regionId, actor.regionId), inArray(organisations.id, ids)));
}

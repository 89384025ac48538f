import { and, asc, eq } from 'drizzle-orm';
import { DEFAULT_MONITOR_SETTINGS, RESERVE_MARGIN_RATIONALE } from '../../core/monitor/types';
import { writeAudit } from '../audit/audit';
import { type Actor, canWrite, isRegionStaff } from '../auth/actor';
import type { Db } from '../db/client';
import { organisations, realisations, regionSettings, targets } from '../db/schema';
import { AppError } from '../http/errors';
import { findRegion } from '../regions/regions.queries';
import type { TMonitorSettingsRequest, TPutRealisationRequest, TPutTargetRequest } from './targets.schema';

/** The actor's region by slug or id; 404 for any other. */
export async function requireRegion(db: Db, actor: Actor, regionId: string) {
  const region = await findRegion(db, actor, regionId);
  if (!region) throw new AppError('notFound', 'Deze regio bestaat niet of je mag hem niet zien.');
  return region;
}

/** Targets and monitor settings belong to the region: only its admins change them. */
export function assertRegionAdmin(actor: Actor): void {
  if (!isRegionStaff(actor) || actor.role !== 'admin') {
    throw new AppError('forbidden', 'Alleen de beheerder van de regio mag dit wijzigen.');
  }
}

async function assertMemberMunicipality(db: Db, regionId: string, code: string, path: string) {
  const [org] = await db
    .select({ id: organisations.id })
    .from(organisations)
    .where(
      and(
        eq(organisations.regionId, regionId),
        eq(organisations.cbsCode, code),
        eq(organisations.member, true),
      ),
    );
  if (!org) {
    throw new AppError('validation', 'Niet alle velden zijn goed ingevuld.', [
      { path, message: `Gemeente ${code} hoort niet bij deze regio.` },
    ]);
  }
}

/** Sets a municipality's target (the region's admin only); recorded in the audit log. */
export async function putTarget({
  db,
  actor,
  regionId,
  code,
  body,
}: {
  db: Db;
  actor: Actor;
  regionId: string;
  code: string;
  body: TPutTargetRequest;
}) {
  const region = await requireRegion(db, actor, regionId);
  assertRegionAdmin(actor);
  await assertMemberMunicipality(db, region.id, code, 'code');
  await db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(targets)
      .where(and(eq(targets.regionId, region.id), eq(targets.municipalityCode, code)));
    const values = {
      ...body,
      socialRentHomes: body.bySegment.socialRent ?? null,
      updatedAt: new Date(),
    };
    if (before) await tx.update(targets).set(values).where(eq(targets.id, before.id));
    else await tx.insert(targets).values({ ...values, regionId: region.id, municipalityCode: code });
    await writeAudit(tx, actor, {
      action: before ? 'update' : 'create',
      entityType: 'target',
      entityId: code,
      summary: `Doel van ${code} gezet op ${body.homes} woningen (${body.periodStart}–${body.periodEnd})`,
      before: before ?? null,
      after: body,
    });
  });
  return listTargets({ db, actor, regionId });
}

/** The region's target and its municipalities'. */
export async function listTargets({ db, actor, regionId }: { db: Db; actor: Actor; regionId: string }) {
  const region = await requireRegion(db, actor, regionId);
  const rows = await db
    .select()
    .from(targets)
    .where(eq(targets.regionId, region.id))
    .orderBy(asc(targets.municipalityCode));
  const present = (t: (typeof rows)[number]) => ({
    municipalityCode: t.municipalityCode,
    periodStart: t.periodStart,
    periodEnd: t.periodEnd,
    homes: t.homes,
    bySegment: t.bySegment,
    source: t.source,
    demo: t.demo,
    updatedAt: t.updatedAt.toISOString(),
  });
  const [settings] = await db.select().from(regionSettings).where(eq(regionSettings.regionId, region.id));
  return {
    settings: {
      reserveMargin: settings?.reserveMargin ?? DEFAULT_MONITOR_SETTINGS.reserveMargin,
      staleAfterMonths: settings?.staleAfterMonths ?? DEFAULT_MONITOR_SETTINGS.staleAfterMonths,
      rationale: RESERVE_MARGIN_RATIONALE,
    },
    region: rows.filter((t) => t.municipalityCode === null).map(present)[0] ?? null,
    municipalities: rows.filter((t) => t.municipalityCode !== null).map(present),
  };
}

/** Records the realised homes of a municipality, year and segment (region staff, or the municipality itself). */
export async function putRealisation({
  db,
  actor,
  regionId,
  body,
}: {
  db: Db;
  actor: Actor;
  regionId: string;
  body: TPutRealisationRequest;
}) {
  const region = await requireRegion(db, actor, regionId);
  const own = actor.organisationKind === 'municipality' && actor.cbsCode === body.municipalityCode;
  if (!canWrite(actor) || !(isRegionStaff(actor) || own)) {
    throw new AppError('forbidden', 'Je mag de realisatie van deze gemeente niet invullen.');
  }
  await assertMemberMunicipality(db, region.id, body.municipalityCode, 'municipalityCode');
  await db.transaction(async (tx) => {
    const key = and(
      eq(realisations.municipalityCode, body.municipalityCode),
      eq(realisations.year, body.year),
      eq(realisations.segment, body.segment),
    );
    const [before] = await tx.select().from(realisations).where(key);
    if (before)
      await tx.update(realisations).set({ homes: body.homes, source: body.source, demo: false }).where(key);
    else await tx.insert(realisations).values({ ...body, demo: false });
    await writeAudit(tx, actor, {
      action: before ? 'update' : 'create',
      entityType: 'realisation',
      entityId: `${body.municipalityCode}:${body.year}:${body.segment}`,
      summary: `Realisatie ${body.municipalityCode} ${body.year} (${body.segment}): ${body.homes} woningen`,
      before: before ?? null,
      after: body,
    });
  });
}

/** Saves the region's monitor settings (reserve margin, months before a plan counts as stale). */
export async function putMonitorSettings({
  db,
  actor,
  regionId,
  body,
}: {
  db: Db;
  actor: Actor;
  regionId: string;
  body: TMonitorSettingsRequest;
}) {
  const region = await requireRegion(db, actor, regionId);
  assertRegionAdmin(actor);
  await db.transaction(async (tx) => {
    const [before] = await tx.select().from(regionSettings).where(eq(regionSettings.regionId, region.id));
    await tx
      .insert(regionSettings)
      .values({ regionId: region.id, ...body, updatedBy: actor.userId })
      .onConflictDoUpdate({
        target: regionSettings.regionId,
        set: { ...body, updatedAt: new Date(), updatedBy: actor.userId },
      });
    await writeAudit(tx, actor, {
      action: 'update',
      entityType: 'monitorSettings',
      entityId: region.id,
      summary: `Monitorinstellingen: reservemarge ${Math.round(body.reserveMargin * 100)}%, bezet na ${body.staleAfterMonths} maanden`,
      before: before ?? null,
      after: body,
    });
  });
}

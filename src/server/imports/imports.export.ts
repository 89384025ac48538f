import { and, asc, eq } from 'drizzle-orm';
import type { Actor } from '../auth/actor';
import { visiblePlans } from '../auth/visibility';
import type { Db } from '../db/client';
import { organisations, plans } from '../db/schema';
import { AppError } from '../http/errors';
import { requireRegion } from '../monitor/targets.service';
import { toPlanState } from '../plans/plans.presenter';
import { loadPlanRecords } from '../plans/plans.queries';
import { findMemberMunicipalities } from '../regions/regions.queries';
import { writePlanmonitorWorkbook } from './planmonitor-write';

/** A workbook holds one sheet per plan; the import reads at most this many, so the export writes no more. */
export const MAX_EXPORT_PLANS = 500;

function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * GET /regions/{id}/plans.xlsx?format=planmonitor-wonen: the plans the actor may see (optionally of one
 * municipality), one sheet per plan in the Planmonitor Wonen layout; importing it again changes nothing.
 */
export async function exportPlanmonitor({
  db,
  actor,
  regionId,
  municipality,
}: {
  db: Db;
  actor: Actor;
  regionId: string;
  municipality?: string;
}) {
  const region = await requireRegion(db, actor, regionId);
  const rows = await db
    .select()
    .from(plans)
    .where(and(visiblePlans(actor), municipality ? eq(plans.municipalityCode, municipality) : undefined))
    .orderBy(asc(plans.municipalityCode), asc(plans.name))
    .limit(MAX_EXPORT_PLANS + 1);
  if (rows.length > MAX_EXPORT_PLANS) {
    throw new AppError(
      'validation',
      `Er zijn meer dan ${MAX_EXPORT_PLANS} plannen; een werkmap met een blad per plan wordt dan te groot. Exporteer per gemeente.`,
      [{ path: 'municipality', message: 'Kies een gemeente.' }],
    );
  }
  const records = await loadPlanRecords(db, rows);
  const [members, [province]] = await Promise.all([
    findMemberMunicipalities(db, region.id),
    db
      .select({ name: organisations.name })
      .from(organisations)
      .where(and(eq(organisations.regionId, region.id), eq(organisations.kind, 'province')))
      .limit(1),
  ]);
  const body = await writePlanmonitorWorkbook(
    records.map((record) => toPlanState(record)),
    {
      municipalities: members.map((m) => ({
        code: m.code ?? '',
        name: (m.name ?? '').replace(/^Gemeente /, ''),
      })),
      regionName: region.name,
      provinceName: province?.name.replace(/^Provincie /, ''),
    },
  );
  const date = new Date().toISOString().slice(0, 10);
  const fileName = `planmonitor-wonen-${slug(region.name)}${municipality ? `-${municipality}` : ''}-${date}.xlsx`;
  return { body, fileName };
}

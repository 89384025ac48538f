import { and, eq } from 'drizzle-orm';
import { buildComparisonGrid, draftRegionalAgreement, type GridAgreement } from '../../core/agreements';
import type { Actor } from '../auth/actor';
import type { Db } from '../db/client';
import { organisations } from '../db/schema';
import { AppError } from '../http/errors';
import { presentAgreement } from './agreements.presenter';
import { loadAgreements, memberMunicipalityCodes, municipalityNames } from './agreements.queries';

type Ctx = { db: Db; actor: Actor };

/** The municipalities asked for, in that order (the region's members, by name, when none are). */
async function columnsFor(db: Db, actor: Actor, codes?: string[]) {
  const names = await municipalityNames(db, actor.regionId);
  const unknown = (codes ?? []).filter((code) => !names.has(code));
  if (unknown.length) {
    throw new AppError('validation', 'Niet alle velden zijn goed ingevuld.', [
      { path: 'municipalities', message: `Deze gemeente hoort niet bij de regio: ${unknown.join(', ')}.` },
    ]);
  }
  const chosen = codes?.length ? codes : await memberMunicipalityCodes(db, actor.regionId);
  return chosen.map((code) => ({ code, name: names.get(code) ?? code }));
}

/** The prestatieafspraken of a year as grid input, with `actual` as the API shows it (computed where it can be). */
async function gridAgreements(db: Db, actor: Actor, year: number): Promise<GridAgreement[]> {
  const records = await loadAgreements(db, actor, { year, kind: 'performance' });
  return records.map((record) => {
    const shown = presentAgreement(record, actor);
    return {
      id: shown.id,
      year: shown.year,
      municipalityCode: shown.municipalityCode,
      commitments: shown.commitments.map((c) => ({
        id: c.id,
        topic: c.topic,
        type: c.type,
        description: c.description,
        partyName: c.party.name,
        target: c.target,
        actual: c.actual,
        unit: c.unit,
        status: c.status,
        planned: c.progress.basis === 'computed' ? c.progress.planned : null,
      })),
    };
  });
}

/** GET /agreements/comparison?year=&municipalities=: the same topics of the municipalities side by side. */
export async function getComparison({ db, actor, year, codes }: Ctx & { year: number; codes?: string[] }) {
  const columns = await columnsFor(db, actor, codes);
  const grid = buildComparisonGrid(await gridAgreements(db, actor, year), year, columns);
  const years = [
    ...new Set((await loadAgreements(db, actor, { kind: 'performance' })).map((a) => a.row.year)),
  ];
  return { ...grid, years: years.sort((a, b) => b - a) };
}

/**
 * POST /agreements/regional-draft: a draft regional agreement from the topics the municipalities share; nothing is
 * saved (the page lets the region edit it and then POSTs it to /agreements).
 */
export async function getRegionalDraft({
  db,
  actor,
  year,
  codes,
  minShare,
}: Ctx & { year: number; codes?: string[]; minShare: number }) {
  const columns = await columnsFor(db, actor, codes);
  const grid = buildComparisonGrid(await gridAgreements(db, actor, year), year, columns);
  return {
    ...draftRegionalAgreement(grid, minShare),
    regionOrganisationId: await regionOrganisationId(db, actor),
  };
}

async function regionOrganisationId(db: Db, actor: Actor): Promise<string | null> {
  const [row] = await db
    .select({ id: organisations.id })
    .from(organisations)
    .where(and(eq(organisations.regionId, actor.regionId), eq(organisations.kind, 'region')))
    .limit(1);
  return row?.id ?? null;
}

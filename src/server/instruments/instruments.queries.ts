import { asc, eq } from 'drizzle-orm';
import {
  type CompensationScheme,
  type Ordinance,
  type OrdinanceRule,
  ordinanceInForce,
  ZCompensationMethod,
} from '../../core/instruments';
import type { NationalLimits } from '../../core/programme';
import type { Db } from '../db/client';
import { compensationSchemes, ordinances } from '../db/schema';
import { findNationalLimits } from '../reference/limits.queries';

export type OrdinanceVersion = Ordinance & { id: string };
export type SchemeVersion = CompensationScheme & { id: string; effectiveFrom: string };

interface RegionInstruments {
  ordinances: OrdinanceVersion[];
  schemes: SchemeVersion[];
  limits: NationalLimits[];
  loadedAt: number;
}

/**
 * The region's ordinances and schemes, all versions, kept in memory: the compliance and compensation routes run
 * on every keystroke of the plan form (≤ 20 ms p95 under 20 clients, issue 5), and these change a few times a
 * year. Every write in this process clears the region's entry; another process sees a change within a minute.
 */
const cache = new Map<string, RegionInstruments>();
const MAX_AGE_MS = 60_000;

export function forgetInstruments(regionId: string): void {
  cache.delete(regionId);
}

export async function regionInstruments(db: Db, regionId: string): Promise<RegionInstruments> {
  const cached = cache.get(regionId);
  if (cached && Date.now() - cached.loadedAt < MAX_AGE_MS) return cached;
  const [ordinanceRows, schemeRows, limits] = await Promise.all([
    db
      .select()
      .from(ordinances)
      .where(eq(ordinances.regionId, regionId))
      .orderBy(asc(ordinances.effectiveFrom)),
    db
      .select()
      .from(compensationSchemes)
      .where(eq(compensationSchemes.regionId, regionId))
      .orderBy(asc(compensationSchemes.effectiveFrom)),
    findNationalLimits(db),
  ]);
  const loaded: RegionInstruments = {
    ordinances: ordinanceRows.map((row) => ({
      id: row.id,
      municipalityCode: row.municipalityCode,
      effectiveFrom: row.effectiveFrom,
      title: row.title,
      rules: row.rules as unknown as OrdinanceRule[],
      hardshipClause: row.hardshipClause,
      source: row.source,
      demo: row.demo,
    })),
    schemes: schemeRows.map((row) => ({
      id: row.id,
      municipalityCode: row.municipalityCode,
      effectiveFrom: row.effectiveFrom,
      title: row.title,
      method: ZCompensationMethod.parse(row.method),
      minProjectHomes: row.minProjectHomes,
      fundCapPerHomeEur: row.fundCapPerHomeEur,
      roundingEur: row.roundingEur as 1 | 100 | 1000,
      source: row.source,
      demo: row.demo,
    })),
    limits,
    loadedAt: Date.now(),
  };
  cache.set(regionId, loaded);
  return loaded;
}

export const todayIso = () => new Date().toISOString().slice(0, 10);

/** The ordinance of a municipality in force on `date` (default today), or null. */
export async function ordinanceOf(db: Db, regionId: string, municipalityCode: string, date = todayIso()) {
  const { ordinances: all } = await regionInstruments(db, regionId);
  return ordinanceInForce(
    all.filter((o) => o.municipalityCode === municipalityCode),
    date,
  );
}

/** The compensation scheme of a municipality in force on `date` (default today), or null. */
export async function schemeInForce(db: Db, regionId: string, municipalityCode: string, date = todayIso()) {
  const { schemes } = await regionInstruments(db, regionId);
  return ordinanceInForce(
    schemes.filter((s) => s.municipalityCode === municipalityCode),
    date,
  );
}

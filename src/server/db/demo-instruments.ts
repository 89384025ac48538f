import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { DEFAULT_CRITERIA, ZCompensationScheme, ZOrdinance } from '../../core/instruments';
import type { Db } from './client';
import { readJson } from './demo-data';
import { compensationSchemes, ordinances, organisations, regions, reviewFrameworks } from './schema';

export const readOrdinances = () =>
  readJson('data/instruments/ordinances.json', z.object({ notes: z.string(), items: z.array(ZOrdinance) }))
    .items;
export const readCompensationSchemes = () =>
  readJson(
    'data/instruments/compensation-schemes.json',
    z.object({
      notes: z.string(),
      items: z.array(ZCompensationScheme.extend({ effectiveFrom: z.string() })),
    }),
  ).items;

/**
 * The instruments of the demo region (issue 5): the ordinances and compensation schemes of data/instruments/
 * (Gooise Meren's ordinance from the memo, the rest marked demo) and the default review framework. Each part runs
 * once: nothing happens when the table has rows.
 */
export async function seedDemoInstruments(db: Db): Promise<void> {
  const count = async (table: typeof ordinances | typeof compensationSchemes) =>
    (await db.select({ n: sql<number>`count(*)::int` }).from(table))[0]?.n ?? 0;
  const regionOf = new Map(
    (
      await db
        .select({ code: organisations.cbsCode, regionId: organisations.regionId })
        .from(organisations)
        .where(eq(organisations.kind, 'municipality'))
    ).map((row) => [row.code, row.regionId]),
  );
  if ((await count(ordinances)) === 0) {
    const rows = readOrdinances().flatMap((o) => {
      const regionId = regionOf.get(o.municipalityCode);
      return regionId ? [{ ...o, regionId, rules: o.rules as unknown as Record<string, unknown>[] }] : [];
    });
    if (rows.length) await db.insert(ordinances).values(rows);
  }
  if ((await count(compensationSchemes)) === 0) {
    const rows = readCompensationSchemes().flatMap((s) => {
      const regionId = regionOf.get(s.municipalityCode);
      return regionId
        ? [
            {
              regionId,
              municipalityCode: s.municipalityCode,
              effectiveFrom: s.effectiveFrom,
              title: s.title,
              method: s.method as unknown as Record<string, unknown>,
              minProjectHomes: s.minProjectHomes,
              fundCapPerHomeEur: s.fundCapPerHomeEur,
              roundingEur: s.roundingEur,
              source: s.source,
              demo: s.demo,
            },
          ]
        : [];
    });
    if (rows.length) await db.insert(compensationSchemes).values(rows);
  }
  for (const { id: regionId } of await db.select({ id: regions.id }).from(regions)) {
    await db
      .insert(reviewFrameworks)
      .values({ regionId, criteria: DEFAULT_CRITERIA as unknown as Record<string, unknown>[] })
      .onConflictDoNothing();
  }
}

import fs from 'node:fs';
import { sql } from 'drizzle-orm';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { z } from 'zod';
import type { Db } from '../db/client';
import { municipalityBoundaries } from '../db/schema';

const ZGeometry = z.object({
  type: z.enum(['Polygon', 'MultiPolygon'], { error: 'Alleen Polygon en MultiPolygon worden ondersteund.' }),
  coordinates: z.array(z.unknown()).min(1),
});

const ZFeature = z.object({
  type: z.literal('Feature'),
  properties: z.record(z.string(), z.unknown()).nullable(),
  geometry: ZGeometry,
});

export interface Boundary {
  code: string;
  name: string;
  geometry: z.infer<typeof ZGeometry>;
}

/** Turns a TopoJSON topology or GeoJSON FeatureCollection into municipality boundaries, or throws in Dutch. */
export function parseBoundaries(text: string): Boundary[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new Error('Het bestand is geen geldige JSON.');
  }
  const obj = data as { type?: string; objects?: Record<string, unknown>; features?: unknown[] };
  let features: unknown[];
  if (obj.type === 'Topology' && obj.objects) {
    const topology = data as Topology;
    features = Object.values(topology.objects).flatMap((object) => {
      const result = feature(topology, object) as { features?: unknown[] };
      return result.features ?? [result];
    });
  } else if (obj.type === 'FeatureCollection' && Array.isArray(obj.features)) {
    features = obj.features;
  } else {
    throw new Error('Verwacht een TopoJSON-topologie of een GeoJSON FeatureCollection.');
  }
  if (features.length === 0) throw new Error('Het bestand bevat geen gemeenten.');
  return features.map((raw, index) => {
    const parsed = ZFeature.safeParse(raw);
    if (!parsed.success)
      throw new Error(`Gebied ${index + 1}: ${parsed.error.issues[0]?.message ?? 'ongeldig'}`);
    const props = parsed.data.properties ?? {};
    const code = String(props.statcode ?? props.code ?? props.gemeentecode ?? '');
    if (!/^GM\d{4}$/.test(code))
      throw new Error(`Gebied ${index + 1}: geen CBS-code (statcode zoals GM0402) gevonden.`);
    const name = String(props.statnaam ?? props.name ?? props.gemeentenaam ?? code);
    return { code, name, geometry: parsed.data.geometry };
  });
}

/** Loads boundaries from a file into the database in one transaction; returns how many. */
export async function importBoundaries(db: Db, file: string, source: string): Promise<number> {
  const boundaries = parseBoundaries(fs.readFileSync(file, 'utf8'));
  await db.transaction(async (tx) => {
    for (let i = 0; i < boundaries.length; i += 100) {
      await tx
        .insert(municipalityBoundaries)
        .values(boundaries.slice(i, i + 100).map((b) => ({ ...b, source })))
        .onConflictDoUpdate({
          target: municipalityBoundaries.code,
          set: {
            name: sql`excluded.name`,
            geometry: sql`excluded.geometry`,
            source: sql`excluded.source`,
            loadedAt: sql`now()`,
          },
        });
    }
  });
  return boundaries.length;
}

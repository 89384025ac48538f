import fs from 'node:fs';
import { type Boundary, parseBoundaries } from '../src/server/boundaries/boundaries';
import { SHARED_BOUNDARIES } from '../src/server/db/demo-data';

/** The boundary file of the 342 municipalities of 2025 (shared/data/README.md). */
export const BOUNDARY_FILE = process.env.BENCH_BOUNDARIES ?? SHARED_BOUNDARIES;

type Ring = [number, number][];

/** One municipality of the national data set: its code, name, centre, outline and benchmark region. */
export interface BenchMunicipality {
  code: string;
  name: string;
  lat: number;
  lon: number;
  /** Outer rings (lon, lat) of its polygons, for points inside the municipality. */
  rings: Ring[];
  /** Index of the region (a chunk of neighbouring municipalities) it belongs to. */
  group: number;
}

function outerRings(geometry: Boundary['geometry']): Ring[] {
  if (geometry.type === 'Polygon') return [(geometry.coordinates as Ring[])[0] ?? []];
  return (geometry.coordinates as Ring[][]).map((polygon) => polygon[0] ?? []);
}

/** Ray casting: is (lon, lat) inside the ring? */
function inRing(ring: Ring, lon: number, lat: number): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** A point inside the municipality (rejection sampling in its bounding box; the centre after 30 misses). */
export function pointIn(m: BenchMunicipality, random: () => number): { lat: number; lon: number } {
  const all = m.rings.flat();
  const lons = all.map((p) => p[0]);
  const lats = all.map((p) => p[1]);
  const [west, east, south, north] = [
    Math.min(...lons),
    Math.max(...lons),
    Math.min(...lats),
    Math.max(...lats),
  ];
  for (let attempt = 0; attempt < 30; attempt += 1) {
    const lon = west + random() * (east - west);
    const lat = south + random() * (north - south);
    if (m.rings.some((ring) => inRing(ring, lon, lat))) return { lat, lon };
  }
  return { lat: m.lat, lon: m.lon };
}

/** Splits `items` into `parts` consecutive chunks of nearly equal size. */
function chunk<T>(items: readonly T[], parts: number): T[][] {
  return Array.from({ length: parts }, (_, i) =>
    items.slice(Math.round((i * items.length) / parts), Math.round(((i + 1) * items.length) / parts)),
  );
}

/**
 * The municipalities of the boundary file with their centre (mean of the outer ring's vertices) and a region:
 * sorted north to south into `bands` bands, each band west to east into `bands` chunks, so every region is a
 * block of neighbouring municipalities (bands² regions).
 */
export function loadMunicipalities(bands = 5): BenchMunicipality[] {
  const boundaries = parseBoundaries(fs.readFileSync(BOUNDARY_FILE, 'utf8'));
  const items = boundaries.map((b) => {
    const rings = outerRings(b.geometry);
    const largest = rings.reduce((a, r) => (r.length > a.length ? r : a), [] as Ring);
    const lon = largest.reduce((s, p) => s + p[0], 0) / Math.max(1, largest.length);
    const lat = largest.reduce((s, p) => s + p[1], 0) / Math.max(1, largest.length);
    return { code: b.code, name: b.name, lat, lon, rings, group: 0 };
  });
  const byLat = [...items].sort((a, b) => b.lat - a.lat || a.code.localeCompare(b.code));
  chunk(byLat, bands).forEach((band, i) => {
    const byLon = [...band].sort((a, b) => a.lon - b.lon || a.code.localeCompare(b.code));
    chunk(byLon, bands).forEach((part, j) => {
      for (const m of part) m.group = i * bands + j;
    });
  });
  return items.sort((a, b) => a.code.localeCompare(b.code));
}

/** The loaded boundaries themselves, for the municipality_boundaries table (the monitor's map). */
export function loadBoundaryRows(): Boundary[] {
  return parseBoundaries(fs.readFileSync(BOUNDARY_FILE, 'utf8'));
}

import { HARDNESSES, type Hardness, PROGRESS_LABELS, type ProgressTone } from '../../../core/programme';
import type { Monitor, MonitorMapData } from '../../api';
import { formatNumber } from '../../format';

export type { MonitorMapData } from '../../api';

/** One municipality on the map: its name, its progress and the plans it has on the map. */
export interface MapArea {
  code: string;
  name: string;
  tone: ProgressTone | null;
  delivered: number;
  expectedByNow: number;
  behindBy: number;
  plans: number;
  homes: number;
}

/** The map part of the monitor response, or an empty map when the server sent none. */
export function readMonitorMap(monitor: Monitor): MonitorMapData {
  return monitor.map ?? { boundaries: null, attribution: '', plans: [] };
}

/** The municipalities with their progress tone and the plans on the map, in the monitor's order. */
export function listMapAreas(monitor: Monitor, map: MonitorMapData): MapArea[] {
  return monitor.details.municipalities.map((m) => {
    const plans = map.plans.filter((plan) => plan.municipalityCode === m.code);
    return {
      code: m.code ?? '',
      name: m.name,
      tone: m.progress.tone,
      delivered: m.delivered.homes,
      expectedByNow: m.progress.expectedByNow,
      behindBy: m.progress.behindBy,
      plans: plans.length,
      homes: plans.reduce((sum, plan) => sum + plan.homes, 0),
    };
  });
}

/** The Dutch label of a tone, or "geen opgave" when the municipality has no target to be measured against. */
export function describeTone(tone: ProgressTone | null): string {
  return tone ? PROGRESS_LABELS[tone] : 'geen opgave';
}

const TONE_PHRASES: [ProgressTone, string, string][] = [
  ['behind', 'ligt achter op het pad', 'liggen achter op het pad'],
  ['risk', 'heeft risico', 'hebben risico'],
  ['ok', 'is op koers', 'zijn op koers'],
];

/**
 * The one-sentence summary above the map (ux.md), e.g. "4 van de 6 gemeenten liggen achter op het pad,
 * 1 heeft risico en 1 is op koers. De kaart toont 50 plannen met 6.480 woningen."
 */
export function summariseMap(areas: MapArea[], map: MonitorMapData): string {
  const parts = TONE_PHRASES.flatMap(([tone, one, many]) => {
    const count = areas.filter((a) => a.tone === tone).length;
    return count ? [{ count, verb: count === 1 ? one : many }] : [];
  }).map(({ count, verb }, index) => {
    if (index > 0) return `${count} ${verb}`;
    return count === areas.length
      ? `Alle ${count} gemeenten ${verb}`
      : `${count} van de ${areas.length} gemeenten ${verb}`;
  });
  const tones = parts.length
    ? `${joinDutch(parts)}.`
    : 'Er zijn nog geen opgaven om de voortgang aan te meten.';
  const homes = map.plans.reduce((sum, plan) => sum + plan.homes, 0);
  return `${tones} De kaart toont ${map.plans.length} plannen met ${formatNumber(homes)} woningen.`;
}

/** Hardness in a sentence ("12 hard, 30 zacht en 8 intern"). */
const HARDNESS_WORDS: Record<Hardness, string> = { hard: 'hard', soft: 'zacht', internal: 'intern' };

/** The text alternative of the map drawing: every municipality's tone and the plans by hardness. */
export function describeMap(areas: MapArea[], map: MonitorMapData, regionName: string): string {
  const tones = areas.map((a) => `${a.name} ${describeTone(a.tone)}`).join(', ');
  const byHardness = joinDutch(
    HARDNESSES.flatMap((h) => {
      const count = map.plans.filter((p) => p.hardness === h).length;
      return count ? [`${count} ${HARDNESS_WORDS[h]}`] : [];
    }),
  );
  return `Kaart van ${regionName}, gemeenten gekleurd naar voortgang: ${tones}. ${map.plans.length} plannen als stippen, naar grootte (woningen) en hardheid: ${byHardness}. De cijfers staan in de tabellen onder de kaart.`;
}

/**
 * Height over width of the map in the Mercator projection, so the drawing fills its box: a degree of latitude
 * is 1/cos(latitude) times as tall as a degree of longitude is wide. Between 0.5 and 1.3.
 */
export function measureAspect(map: MonitorMapData): number {
  const points: number[][] = map.plans.map((plan) => [plan.lon, plan.lat]);
  const walk = (value: unknown): void => {
    if (Array.isArray(value) && typeof value[0] === 'number') points.push(value as number[]);
    else if (Array.isArray(value)) for (const item of value) walk(item);
  };
  for (const feature of map.boundaries?.features ?? []) {
    if (feature.geometry && 'coordinates' in feature.geometry) walk(feature.geometry.coordinates);
  }
  if (points.length < 2) return 0.72;
  const lons = points.map((p) => p[0] ?? 0);
  const lats = points.map((p) => p[1] ?? 0);
  const lonSpan = Math.max(...lons) - Math.min(...lons) || 1;
  const latSpan = Math.max(...lats) - Math.min(...lats);
  const meanLat = ((Math.max(...lats) + Math.min(...lats)) / 2) * (Math.PI / 180);
  return Math.min(1.3, Math.max(0.5, latSpan / Math.cos(meanLat) / lonSpan));
}

/** "a, b en c". */
function joinDutch(parts: string[]): string {
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} en ${parts.at(-1)}` : (parts[0] ?? '');
}

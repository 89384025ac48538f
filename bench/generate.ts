import type { TPlanInput } from '../src/core/programme';
import { PHASES, PLANNING_STATUSES, SEGMENTS } from '../src/core/programme';

/** A small deterministic PRNG (mulberry32), so every benchmark run measures the same data. */
export function createRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(random: () => number, list: readonly T[]): T =>
  list[Math.floor(random() * list.length)] as T;

/**
 * Generates `count` fictional plans over the given municipalities and owners, with segment mixes,
 * deliveries that add up, and every visibility. For benchmarks only: names say "(gegenereerd)".
 */
export function generatePlans(
  count: number,
  options: { seed: number; municipalities: { code: string; lat: number; lon: number }[]; partyIds: string[] },
): TPlanInput[] {
  const random = createRandom(options.seed);
  return Array.from({ length: count }, (_, i) => {
    const municipality = pick(random, options.municipalities);
    const lines = 1 + Math.floor(random() * 4);
    const segments = Array.from({ length: lines }, (_, j) => ({
      segment: SEGMENTS[(i + j) % 5] ?? 'socialRent',
      homes: 1 + Math.floor(random() * 80),
      usableAreaM2: 40 + Math.floor(random() * 80),
      monthlyRentEur: null,
      priceEur: null,
    }));
    const homes = segments.reduce((s, l) => s + l.homes, 0);
    const first = 2025 + Math.floor(random() * 8);
    const half = Math.floor(homes / 2);
    return {
      name: `Generatieplan ${String(i + 1).padStart(5, '0')} ${municipality.code} (gegenereerd)`,
      municipalityCode: municipality.code,
      phase: pick(random, PHASES),
      planningStatus: pick(random, PLANNING_STATUSES),
      planType: null,
      bottlenecks: [],
      location: {
        lat: municipality.lat + (random() - 0.5) * 0.03,
        lon: municipality.lon + (random() - 0.5) * 0.03,
      },
      address: null,
      segments,
      deliveries:
        half > 0
          ? [
              { year: first, homes: half },
              { year: first + 1, homes: homes - half },
            ]
          : [{ year: first, homes }],
      parties:
        random() < 0.5
          ? [{ organisationId: pick(random, options.partyIds), role: 'housingAssociation' }]
          : [],
      visibility: pick(random, ['region', 'region', 'partners', 'private'] as const),
      businessCase: null,
      deadline: null,
      nextMilestone: null,
      notes: null,
    };
  });
}

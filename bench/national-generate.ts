import type { Phase, PlanningStatus, Segment, TPlanInput } from '../src/core/programme';
import { createRandom } from './generate';
import { type BenchMunicipality, pointIn } from './national-geo';

/** One generated plan with what the plan table does not hold: its id, owner kind, status and last change. */
export interface NationalPlan {
  id: string;
  group: number;
  owner: 'municipality' | 'housingAssociation' | 'developer';
  programmeStatus: 'active' | 'onHold' | 'withdrawn';
  updatedAt: Date;
  input: TPlanInput;
}

export interface NationalTarget {
  municipalityCode: string;
  homes: number;
  socialRentHomes: number;
}

export interface NationalRealisation {
  municipalityCode: string;
  year: number;
  segment: Segment;
  homes: number;
}

export interface NationalDataSet {
  plans: NationalPlan[];
  targets: NationalTarget[];
  realisations: NationalRealisation[];
  homes: number;
}

/** Target period of every municipality (the regional orders run 2022–2030). */
export const TARGET_PERIOD = { start: 2022, end: 2030 } as const;

type Random = () => number;

/** Picks by cumulative weights. */
function weighted<T>(random: Random, items: readonly (readonly [T, number])[]): T {
  let u = random() * items.reduce((s, [, w]) => s + w, 0);
  for (const [item, w] of items) {
    u -= w;
    if (u <= 0) return item;
  }
  return (items.at(-1) as readonly [T, number])[0];
}

/** A standard normal draw (Box–Muller). */
function normal(random: Random): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

/** A deterministic version-4-shaped UUID. */
function uuid(random: Random): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16));
  hex[12] = '4';
  hex[16] = '89ab'[Math.floor(random() * 4)] as string;
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

const PHASE_WEIGHTS: readonly (readonly [Phase, number])[] = [
  ['initiative', 15],
  ['planning', 25],
  ['elaboration', 25],
  ['construction', 20],
  ['delivered', 15],
];

/** Planning statuses that fit a phase (a plan under construction is irrevocable, an idea is not yet planned). */
const STATUSES: Record<Phase, readonly PlanningStatus[]> = {
  initiative: ['3', '4A', '4B', '5A', '5B'],
  planning: ['2A', '2B', '2C', '3', '4A'],
  elaboration: ['1A', '1B', '1C', '2A', '2B'],
  construction: ['1A', '1B'],
  delivered: ['1A'],
};

/** First delivery year by phase (today is late 2026 in the figures of bench/README.md). */
const FIRST_YEAR: Record<Phase, readonly [number, number]> = {
  delivered: [2022, 2025],
  construction: [2026, 2028],
  elaboration: [2026, 2030],
  planning: [2027, 2032],
  initiative: [2028, 2035],
};

const SEGMENT_WEIGHTS: readonly (readonly [Segment, number])[] = [
  ['socialRent', 30],
  ['midRent', 20],
  ['affordableBuy', 15],
  ['freeRent', 10],
  ['freeBuy', 25],
];

/** Homes of one plan: log-normal around a mean of about 33 (so 30,000 plans hold about a million homes). */
function drawHomes(random: Random): number {
  return Math.max(1, Math.min(2500, Math.round(Math.exp(2.9 + 1.1 * normal(random)))));
}

function drawSegments(random: Random, homes: number): TPlanInput['segments'] {
  const lines = homes < 4 ? 1 : 1 + Math.floor(random() * 3);
  const chosen = [...new Set(Array.from({ length: lines }, () => weighted(random, SEGMENT_WEIGHTS)))];
  const shares = chosen.map(() => 0.2 + random());
  const sum = shares.reduce((a, b) => a + b, 0);
  let left = homes;
  return chosen.map((segment, i) => {
    const n = i === chosen.length - 1 ? left : Math.max(0, Math.round((homes * (shares[i] as number)) / sum));
    const count = Math.min(n, left - (chosen.length - 1 - i));
    left -= count;
    return { segment, homes: Math.max(1, count), usableAreaM2: null, monthlyRentEur: null, priceEur: null };
  });
}

/** Deliveries over one to three consecutive years, adding up to the plan's homes. */
function drawDeliveries(random: Random, phase: Phase, homes: number): TPlanInput['deliveries'] {
  const [from, to] = FIRST_YEAR[phase];
  const first = from + Math.floor(random() * (to - from + 1));
  const years = Math.min(homes, homes > 150 ? 3 : homes > 40 ? 2 : 1);
  const last = phase === 'delivered' ? Math.min(years, 2025 - first + 1) : years;
  return Array.from({ length: last }, (_, i) => ({
    year: first + i,
    homes: Math.floor(homes / last) + (i < homes % last ? 1 : 0),
  }));
}

function isoDate(base: Date, days: number): string {
  return new Date(base.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

/** One fictional plan in municipality `m` ("(gegenereerd)" in its name, as bench/generate.ts does). */
function generatePlan(random: Random, n: number, m: BenchMunicipality, today: Date): NationalPlan {
  const phase = weighted(random, PHASE_WEIGHTS);
  const statuses = STATUSES[phase];
  const homes = drawHomes(random);
  const segments = drawSegments(random, homes);
  const total = segments.reduce((s, l) => s + l.homes, 0);
  const milestone = random() < 0.6 && phase !== 'delivered';
  return {
    id: uuid(random),
    group: m.group,
    owner: weighted(random, [
      ['municipality', 70],
      ['housingAssociation', 20],
      ['developer', 10],
    ] as const),
    programmeStatus: weighted(random, [
      ['active', 95],
      ['onHold', 3],
      ['withdrawn', 2],
    ] as const),
    updatedAt: new Date(today.getTime() - Math.floor(random() * 900) * 86_400_000),
    input: {
      name: `Plan ${String(n).padStart(5, '0')} ${m.name} (gegenereerd)`,
      municipalityCode: m.code,
      phase,
      planningStatus: statuses[Math.floor(random() * statuses.length)] as PlanningStatus,
      planType: null,
      bottlenecks: [],
      location: pointIn(m, random),
      address: null,
      segments,
      deliveries: drawDeliveries(random, phase, total),
      parties: [],
      visibility: weighted(random, [
        ['region', 80],
        ['partners', 15],
        ['private', 5],
      ] as const),
      businessCase: null,
      deadline: null,
      nextMilestone: milestone
        ? {
            label: 'Volgende mijlpaal (gegenereerd)',
            date: isoDate(today, -365 + Math.floor(random() * 900)),
          }
        : null,
      notes: null,
    },
  };
}

/** Realised homes: the deliveries of delivered plans, split over their segments, per municipality and year. */
function realisationsOf(plans: readonly NationalPlan[]): NationalRealisation[] {
  const sums = new Map<string, NationalRealisation>();
  for (const { input } of plans) {
    if (input.phase !== 'delivered') continue;
    const total = input.segments.reduce((s, l) => s + l.homes, 0);
    for (const delivery of input.deliveries) {
      for (const line of input.segments) {
        const key = `${input.municipalityCode}|${delivery.year}|${line.segment}`;
        const row = sums.get(key) ?? {
          municipalityCode: input.municipalityCode,
          year: delivery.year,
          segment: line.segment,
          homes: 0,
        };
        row.homes += Math.round((delivery.homes * line.homes) / total);
        sums.set(key, row);
      }
    }
  }
  return [...sums.values()].filter((r) => r.homes > 0);
}

/** Targets 2022–2030: 50–80% of the homes the municipality's plans deliver in that period, a third social rent. */
function targetsOf(
  random: Random,
  municipalities: readonly BenchMunicipality[],
  plans: readonly NationalPlan[],
) {
  const planned = new Map<string, number>();
  for (const { input } of plans) {
    const homes = input.deliveries
      .filter((d) => d.year >= TARGET_PERIOD.start && d.year <= TARGET_PERIOD.end)
      .reduce((s, d) => s + d.homes, 0);
    planned.set(input.municipalityCode, (planned.get(input.municipalityCode) ?? 0) + homes);
  }
  return municipalities.map((m) => {
    const homes = Math.max(50, Math.round((planned.get(m.code) ?? 0) * (0.5 + 0.3 * random())));
    return { municipalityCode: m.code, homes, socialRentHomes: Math.round(homes / 3) };
  });
}

/**
 * The national data set: `count` fictional plans over the municipalities (each municipality's share drawn
 * log-normally, so there are large and small ones), their realisations and targets. Deterministic per seed.
 */
export function generateNational(
  municipalities: readonly BenchMunicipality[],
  options: { count: number; seed: number; today: Date },
): NationalDataSet {
  const random = createRandom(options.seed);
  const weights = municipalities.map((m) => [m, Math.exp(0.9 * normal(random))] as const);
  const plans = Array.from({ length: options.count }, (_, i) =>
    generatePlan(random, i + 1, weighted(random, weights), options.today),
  );
  const homes = plans.reduce((s, p) => s + p.input.segments.reduce((t, l) => t + l.homes, 0), 0);
  return {
    plans,
    targets: targetsOf(random, municipalities, plans),
    realisations: realisationsOf(plans),
    homes,
  };
}

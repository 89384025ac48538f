import {
  AFFORDABLE_NORM,
  AFFORDABLE_SEGMENTS,
  type ProgressTone,
  progressTone,
  SEGMENTS,
  type Segment,
  SOCIAL_RENT_NORM,
} from '../programme';
import { sumSegments } from './allocate';
import type { MonitorMunicipality, MonitorPlan, MonitorSettings, MonitorTarget, Realisation } from './types';

type BySegment = Record<Segment, number>;

/** The monitor's figures for one area: a municipality, or the region (the sum of its municipalities). */
export interface AreaFigures {
  code: string | null;
  name: string;
  target: { homes: number; bySegment: Partial<BySegment>; demo: boolean; source: string | null };
  delivered: { homes: number; bySegment: BySegment; demo: boolean };
  /** Per year of the period: the straight path to the target and what was delivered, both cumulative. */
  trajectory: { year: number; path: number; delivered: number | null }[];
  planned: {
    homes: number;
    bySegment: BySegment;
    perYear: { year: number; bySegment: BySegment; homes: number }[];
  };
  capacity: { hard: number; soft: number; remainingNeed: number; wanted: number; shortfall: number };
  shares: { socialRent: number; affordable: number; socialRentOk: boolean; affordableOk: boolean };
  progress: { tone: ProgressTone | null; expectedByNow: number; behindBy: number };
}

export interface MonitorAggregate {
  today: string;
  periodStart: number;
  periodEnd: number;
  reserveMargin: number;
  norms: { socialRent: number; affordable: number };
  regionTarget: MonitorTarget | null;
  region: AreaFigures;
  municipalities: AreaFigures[];
}

const zero = (): BySegment => Object.fromEntries(SEGMENTS.map((s) => [s, 0])) as BySegment;
const addInto = (into: BySegment, from: BySegment) => {
  for (const s of SEGMENTS) into[s] += from[s];
};

/** A plan counts as plan capacity while active, not yet delivered, and hard or soft (5A/5B do not count). */
export function countsAsCapacity(plan: MonitorPlan): boolean {
  return plan.programmeStatus === 'active' && plan.phase !== 'delivered' && plan.hardness !== 'internal';
}

/** Cumulative straight path: 0 before the period, the target at the end of its last year. */
export function pathAt(target: number, periodStart: number, periodEnd: number, year: number): number {
  const years = periodEnd - periodStart + 1;
  const done = Math.min(years, Math.max(0, year - periodStart + 1));
  return Math.round((target * done) / years);
}

function figuresFor(
  code: string,
  name: string,
  plans: MonitorPlan[],
  target: MonitorTarget | undefined,
  realisations: Realisation[],
  context: { periodStart: number; periodEnd: number; reserveMargin: number; today: Date },
): AreaFigures {
  const { periodStart, periodEnd, today } = context;
  const delivered = zero();
  const deliveredPerYear = new Map<number, number>();
  for (const r of realisations) {
    if (r.year < periodStart || r.year > periodEnd) continue;
    delivered[r.segment] += r.homes;
    deliveredPerYear.set(r.year, (deliveredPerYear.get(r.year) ?? 0) + r.homes);
  }
  const planned = zero();
  const perYear = new Map<number, BySegment>();
  let hard = 0;
  let soft = 0;
  for (const plan of plans) {
    if (!countsAsCapacity(plan)) continue;
    const homes = sumSegments(plan.segments);
    const total = SEGMENTS.reduce((a, s) => a + homes[s], 0);
    addInto(planned, homes);
    if (plan.hardness === 'hard') hard += total;
    else soft += total;
    for (const d of plan.deliveries) {
      const row = perYear.get(d.year) ?? zero();
      // The year's homes split over the plan's segments in proportion (kept fractional until presented).
      for (const s of SEGMENTS) if (total > 0) row[s] += (d.homes * homes[s]) / total;
      perYear.set(d.year, row);
    }
  }
  const targetHomes = target?.homes ?? 0;
  const deliveredHomes = SEGMENTS.reduce((a, s) => a + delivered[s], 0);
  const plannedHomes = SEGMENTS.reduce((a, s) => a + planned[s], 0);
  const remainingNeed = Math.max(0, targetHomes - deliveredHomes);
  const wanted = Math.round(remainingNeed * context.reserveMargin);
  const thisYear = today.getFullYear();
  let cumulative = 0;
  const trajectory = [];
  for (let year = periodStart; year <= periodEnd; year += 1) {
    cumulative += deliveredPerYear.get(year) ?? 0;
    trajectory.push({
      year,
      path: pathAt(targetHomes, periodStart, periodEnd, year),
      delivered: year < thisYear ? cumulative : null,
    });
  }
  const elapsed = Math.min(
    periodEnd - periodStart + 1,
    Math.max(0, thisYear - periodStart + today.getMonth() / 12),
  );
  const expectedByNow = Math.round((targetHomes * elapsed) / (periodEnd - periodStart + 1));
  const social = planned.socialRent;
  const affordable = AFFORDABLE_SEGMENTS.reduce((a, s) => a + planned[s], 0);
  return {
    code,
    name,
    target: {
      homes: targetHomes,
      bySegment: target?.bySegment ?? {},
      demo: target?.demo ?? true,
      source: target?.source ?? null,
    },
    delivered: { homes: deliveredHomes, bySegment: delivered, demo: realisations.some((r) => r.demo) },
    trajectory,
    planned: {
      homes: plannedHomes,
      bySegment: planned,
      perYear: [...perYear.entries()]
        .sort(([a], [b]) => a - b)
        .map(([year, bySegment]) => ({
          year,
          bySegment,
          homes: SEGMENTS.reduce((a, s) => a + bySegment[s], 0),
        })),
    },
    capacity: { hard, soft, remainingNeed, wanted, shortfall: Math.max(0, wanted - hard - soft) },
    shares: shares(social, affordable, plannedHomes),
    progress: {
      tone: progressTone(deliveredHomes, targetHomes || null, { start: periodStart, end: periodEnd }, today),
      expectedByNow,
      behindBy: Math.max(0, expectedByNow - deliveredHomes),
    },
  };
}

function shares(social: number, affordable: number, homes: number) {
  const socialRent = homes ? social / homes : 0;
  const affordableShare = homes ? affordable / homes : 0;
  return {
    socialRent,
    affordable: affordableShare,
    socialRentOk: homes > 0 && socialRent + 1e-9 >= SOCIAL_RENT_NORM,
    affordableOk: homes > 0 && affordableShare + 1e-9 >= AFFORDABLE_NORM,
  };
}

/** Adds municipalities' figures into the region's: every number of the region is the sum of theirs. */
function sumAreas(
  name: string,
  areas: AreaFigures[],
  context: { periodStart: number; periodEnd: number; today: Date },
): AreaFigures {
  const sum = (pick: (a: AreaFigures) => number) => areas.reduce((total, area) => total + pick(area), 0);
  const bySegment = (pick: (a: AreaFigures) => BySegment) => {
    const out = zero();
    for (const area of areas) addInto(out, pick(area));
    return out;
  };
  const targetBySegment: Partial<BySegment> = {};
  for (const s of SEGMENTS) {
    const values = areas.map((a) => a.target.bySegment[s]).filter((v): v is number => v !== undefined);
    if (values.length) targetBySegment[s] = values.reduce((a, b) => a + b, 0);
  }
  const years = [...new Set(areas.flatMap((a) => a.planned.perYear.map((p) => p.year)))].sort(
    (a, b) => a - b,
  );
  const perYear = years.map((year) => {
    const row = zero();
    for (const area of areas) {
      const hit = area.planned.perYear.find((p) => p.year === year);
      if (hit) addInto(row, hit.bySegment);
    }
    return { year, bySegment: row, homes: SEGMENTS.reduce((a, s) => a + row[s], 0) };
  });
  const targetHomes = sum((a) => a.target.homes);
  const deliveredHomes = sum((a) => a.delivered.homes);
  const planned = bySegment((a) => a.planned.bySegment);
  const plannedHomes = sum((a) => a.planned.homes);
  const expectedByNow = sum((a) => a.progress.expectedByNow);
  const { periodStart, periodEnd, today } = context;
  return {
    code: null,
    name,
    target: {
      homes: targetHomes,
      bySegment: targetBySegment,
      demo: areas.some((a) => a.target.demo),
      source: null,
    },
    delivered: {
      homes: deliveredHomes,
      bySegment: bySegment((a) => a.delivered.bySegment),
      demo: areas.some((a) => a.delivered.demo),
    },
    trajectory: (areas[0]?.trajectory ?? []).map((point, i) => ({
      year: point.year,
      path: sum((a) => a.trajectory[i]?.path ?? 0),
      delivered: point.delivered === null ? null : sum((a) => a.trajectory[i]?.delivered ?? 0),
    })),
    planned: { homes: plannedHomes, bySegment: planned, perYear },
    capacity: {
      hard: sum((a) => a.capacity.hard),
      soft: sum((a) => a.capacity.soft),
      remainingNeed: sum((a) => a.capacity.remainingNeed),
      wanted: sum((a) => a.capacity.wanted),
      shortfall: sum((a) => a.capacity.shortfall),
    },
    shares: shares(
      planned.socialRent,
      AFFORDABLE_SEGMENTS.reduce((a, s) => a + planned[s], 0),
      plannedHomes,
    ),
    progress: {
      tone: progressTone(deliveredHomes, targetHomes || null, { start: periodStart, end: periodEnd }, today),
      expectedByNow,
      behindBy: sum((a) => a.progress.behindBy),
    },
  };
}

/**
 * The regional monitor: per municipality and for the region (always the sum of its municipalities) the
 * target, delivered, the path to the target, planned deliveries, plan capacity against the remaining need with
 * the reserve margin, and the shares social rent / affordable against the norms.
 */
export function aggregateMonitor(input: {
  regionName?: string;
  municipalities: readonly MonitorMunicipality[];
  plans: readonly MonitorPlan[];
  targets: readonly MonitorTarget[];
  realisations: readonly Realisation[];
  settings: MonitorSettings;
  today: Date;
}): MonitorAggregate {
  const regionTarget = input.targets.find((t) => t.municipalityCode === null) ?? null;
  const periodStart = regionTarget?.periodStart ?? 2022;
  const periodEnd = regionTarget?.periodEnd ?? 2030;
  const context = { periodStart, periodEnd, reserveMargin: input.settings.reserveMargin, today: input.today };
  const municipalities = input.municipalities.map((m) =>
    figuresFor(
      m.code,
      m.name,
      input.plans.filter((p) => p.municipalityCode === m.code),
      input.targets.find((t) => t.municipalityCode === m.code),
      input.realisations.filter((r) => r.municipalityCode === m.code),
      context,
    ),
  );
  return {
    today: input.today.toISOString(),
    periodStart,
    periodEnd,
    reserveMargin: input.settings.reserveMargin,
    norms: { socialRent: SOCIAL_RENT_NORM, affordable: AFFORDABLE_NORM },
    regionTarget,
    region: sumAreas(input.regionName ?? 'Regio', municipalities, context),
    municipalities,
  };
}

/** The monitor in the shape of api-contract.md ("Monitor and forecast"). */
export function toContractMonitor(result: MonitorAggregate) {
  const area = (a: AreaFigures) => ({
    target: a.target.homes,
    delivered: a.delivered.homes,
    planned: a.planned.homes,
    planCapacity: { hard: a.capacity.hard, soft: a.capacity.soft },
  });
  return {
    region: area(result.region),
    municipalities: result.municipalities.map((m) => ({
      code: m.code as string,
      name: m.name,
      ...area(m),
      socialRentShare: m.shares.socialRent,
      affordableShare: m.shares.affordable,
    })),
  };
}

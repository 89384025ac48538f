import { deriveHardness, type PlanningStatus, SEGMENTS, type Segment } from '../../core/programme';
import type { Actor } from '../auth/actor';
import type { Db } from '../db/client';
import { AppError } from '../http/errors';
import {
  findBoundaries,
  findMappedPlans,
  findMemberMunicipalities,
  findRealisations,
  findRegion,
  findTargets,
  sumPlannedBySegment,
  sumPlannedShares,
} from './regions.queries';

export const BOUNDARY_ATTRIBUTION = 'Bron: CBS / PDOK, gemeentegrenzen 2025';

type BySegment = Record<Segment, number>;
const emptySegments = (): BySegment => Object.fromEntries(SEGMENTS.map((s) => [s, 0])) as BySegment;

interface Planned {
  homes: number;
  bySegment: BySegment;
  socialRentShare: number;
  affordableShare: number;
}

function toPlanned(
  bySegment: BySegment,
  shares: { homes: number; socialRentHomes: number; affordableHomes: number },
): Planned {
  const homes = Object.values(bySegment).reduce((a, b) => a + b, 0);
  return {
    homes,
    bySegment,
    socialRentShare: shares.homes ? shares.socialRentHomes / shares.homes : 0,
    affordableShare: shares.homes ? shares.affordableHomes / shares.homes : 0,
  };
}

async function requireRegion(db: Db, actor: Actor, slugOrId: string) {
  const region = await findRegion(db, actor, slugOrId);
  if (!region) throw new AppError('notFound', 'Deze regio bestaat niet of je mag hem niet zien.');
  return region;
}

/**
 * The region on one page: per member municipality and for the region, target, delivered since the start of
 * the target period, and homes in plans per segment. The region's figures are the sums of its municipalities'.
 */
export async function getRegionOverview({ db, actor, regionId }: { db: Db; actor: Actor; regionId: string }) {
  const region = await requireRegion(db, actor, regionId);
  const [municipalities, allTargets, bySegmentRows, shareRows] = await Promise.all([
    findMemberMunicipalities(db, region.id),
    findTargets(db, region.id),
    sumPlannedBySegment(db, actor),
    sumPlannedShares(db, actor),
  ]);
  const regionTarget = allTargets.find((t) => t.municipalityCode === null);
  const periodStart = regionTarget?.periodStart ?? 2022;
  const codes = municipalities.map((m) => m.code ?? '');
  const realised = await findRealisations(db, codes, periodStart);
  const regionSegments = emptySegments();
  const regionShares = { homes: 0, socialRentHomes: 0, affordableHomes: 0 };
  const regionDelivered = { homes: 0, socialRentHomes: 0, demo: false };
  const rows = municipalities.map((m) => {
    const code = m.code ?? '';
    const bySegment = emptySegments();
    for (const row of bySegmentRows.filter((r) => r.municipalityCode === code)) {
      bySegment[row.segment as Segment] += row.homes;
      regionSegments[row.segment as Segment] += row.homes;
    }
    const shares = shareRows.find((r) => r.municipalityCode === code) ?? {
      homes: 0,
      socialRentHomes: 0,
      affordableHomes: 0,
    };
    regionShares.homes += shares.homes;
    regionShares.socialRentHomes += shares.socialRentHomes;
    regionShares.affordableHomes += shares.affordableHomes;
    const years = realised.filter((r) => r.municipalityCode === code);
    const delivered = {
      homes: years.reduce((a, r) => a + r.homes, 0),
      socialRentHomes: years.filter((r) => r.segment === 'socialRent').reduce((a, r) => a + r.homes, 0),
      demo: years.some((r) => r.demo),
    };
    regionDelivered.homes += delivered.homes;
    regionDelivered.socialRentHomes += delivered.socialRentHomes;
    regionDelivered.demo ||= delivered.demo;
    const target = allTargets.find((t) => t.municipalityCode === code);
    return {
      code,
      name: (m.name ?? '').replace(/^Gemeente /, ''),
      target: {
        homes: target?.homes ?? null,
        socialRentHomes: target?.socialRentHomes ?? null,
        demo: target?.demo ?? true,
        source: target?.source ?? null,
      },
      planned: toPlanned(bySegment, shares),
      delivered,
    };
  });
  return {
    region: {
      id: region.id,
      slug: region.slug,
      name: region.name,
      target: {
        periodStart,
        periodEnd: regionTarget?.periodEnd ?? 2030,
        homes: regionTarget?.homes ?? null,
        socialRentHomes: regionTarget?.socialRentHomes ?? null,
        source: regionTarget?.source ?? null,
      },
      planned: toPlanned(regionSegments, regionShares),
      delivered: regionDelivered,
    },
    municipalities: rows,
  };
}

/** Boundaries of the member municipalities (GeoJSON) and the plans as points. */
export async function getRegionMap({ db, actor, regionId }: { db: Db; actor: Actor; regionId: string }) {
  const region = await requireRegion(db, actor, regionId);
  const municipalities = await findMemberMunicipalities(db, region.id);
  const codes = municipalities.map((m) => m.code ?? '');
  const [boundaries, mapped] = await Promise.all([findBoundaries(db, codes), findMappedPlans(db, actor)]);
  return {
    boundaries: boundaries.length
      ? {
          type: 'FeatureCollection' as const,
          features: boundaries.map((b) => ({
            type: 'Feature' as const,
            properties: { code: b.code, name: b.name },
            geometry: b.geometry,
          })),
        }
      : null,
    attribution: BOUNDARY_ATTRIBUTION,
    municipalities: municipalities.map((m) => ({
      code: m.code,
      name: (m.name ?? '').replace(/^Gemeente /, ''),
      centre: m.lat !== null && m.lon !== null ? { lat: m.lat, lon: m.lon } : null,
    })),
    plans: mapped.map(({ planningStatus, ...plan }) => ({
      ...plan,
      hardness: deriveHardness(planningStatus as PlanningStatus),
    })),
  };
}

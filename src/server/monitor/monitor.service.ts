import {
  aggregateMonitor,
  compareSnapshots,
  detectSignals,
  findOccupiedCapacity,
  freedCapacity,
  type ProgrammeSnapshot,
  takeSnapshot,
  toContractMonitor,
} from '../../core/monitor';
import { RESERVE_MARGIN_RATIONALE } from '../../core/monitor/types';
import type { Actor } from '../auth/actor';
import type { Db } from '../db/client';
import { findBoundaries } from '../regions/regions.queries';
import { BOUNDARY_ATTRIBUTION } from '../regions/regions.service';
import { derivedFrom, findNewestSnapshotCached } from './monitor.cache';
import { loadMonitorInputs, type MonitorInputs } from './monitor.inputs';

/** The monitor's figures for the inputs, as of `today`. */
export function computeMonitor(inputs: MonitorInputs, today: Date) {
  const { municipalities, plans, targets, realisations, settings } = inputs;
  const aggregate = aggregateMonitor({ municipalities, plans, targets, realisations, settings, today });
  const day = today.toISOString().slice(0, 10);
  const occupied = derivedFrom(plans, `occupied|${settings.staleAfterMonths}|${day}`, () =>
    findOccupiedCapacity(plans, settings, today),
  );
  return { aggregate, occupied, freed: derivedFrom(plans, 'freed', () => freedCapacity(plans)) };
}

/** Keeps only snapshot entries of plans the actor may count now, so a diff never reveals another's draft. */
function visibleSnapshot(snapshot: ProgrammeSnapshot, visibleIds: Set<string>): ProgrammeSnapshot {
  return { ...snapshot, plans: snapshot.plans.filter((plan) => visibleIds.has(plan.id)) };
}

/**
 * GET /regions/{id}/monitor: the contract's figures (region = sum of municipalities) plus everything the
 * monitor page shows: trajectory, deliveries per year and segment, capacity against the reserve margin,
 * occupied and freed capacity, the change since the last quarterly snapshot, signals and the map.
 */
export async function getMonitor({
  db,
  actor,
  regionId,
  today = new Date(),
}: {
  db: Db;
  actor: Actor;
  regionId: string;
  today?: Date;
}) {
  const inputs = await loadMonitorInputs(db, actor, regionId);
  const { aggregate, occupied, freed } = computeMonitor(inputs, today);
  // "What changed since the last snapshot": the newest one, manual or scheduled.
  const [previous, boundaries] = await Promise.all([
    findNewestSnapshotCached(db, inputs.region.id),
    findBoundaries(
      db,
      inputs.municipalities.map((m) => m.code),
    ),
  ]);
  const changes = previous
    ? derivedFrom(inputs.plans, `changes|${previous.id}`, () => {
        const visibleIds = new Set(inputs.plans.map((plan) => plan.id));
        const now = takeSnapshot(inputs.plans, today.toISOString());
        const before = visibleSnapshot(previous.data as unknown as ProgrammeSnapshot, visibleIds);
        return {
          since: { id: previous.id, quarter: previous.quarter, takenAt: previous.takenAt.toISOString() },
          ...compareSnapshots(before, now),
        };
      })
    : null;
  return {
    ...toContractMonitor(aggregate),
    generatedAt: today.toISOString(),
    regionInfo: { id: inputs.region.id, slug: inputs.region.slug, name: inputs.region.name },
    settings: {
      ...inputs.settings,
      rationale: RESERVE_MARGIN_RATIONALE,
      updatedAt: inputs.settingsUpdatedAt,
    },
    details: aggregate,
    occupied,
    freed,
    changes,
    signals: detectSignals({ aggregate, occupied }),
    map: {
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
      plans: derivedFrom(inputs.plans, 'map', () => mapPoints(inputs.plans)),
    },
  };
}

/** The active plans with a location, as points for the monitor's map. */
function mapPoints(plans: MonitorInputs['plans']) {
  return plans
    .filter((plan) => plan.lat != null && plan.lon != null && plan.programmeStatus === 'active')
    .map((plan) => ({
      id: plan.id,
      name: plan.name,
      municipalityCode: plan.municipalityCode,
      lat: plan.lat as number,
      lon: plan.lon as number,
      homes: plan.segments.reduce((sum, line) => sum + line.homes, 0),
      hardness: plan.hardness,
    }));
}

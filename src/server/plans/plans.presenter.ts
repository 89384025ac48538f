import type { ProgrammeStatus } from '../../core/monitor/types';
import {
  computeNorms,
  deriveHardness,
  findLimitsForYear,
  limitsYear,
  type NationalLimits,
  type PlanningStatus,
  type Segment,
  type TPlanInput,
} from '../../core/programme';
import type { Actor } from '../auth/actor';
import { canSeeBusinessCase } from '../auth/visibility';
import { canEditPlan } from './plans.policy';
import type { PlanRecord } from './plans.queries';

/** Norms of a plan's segments under the limits of its year (the same function the form runs). */
export function computePlanNorms(
  segments: TPlanInput['segments'],
  deliveries: TPlanInput['deliveries'],
  limits: readonly NationalLimits[],
) {
  return computeNorms(segments, findLimitsForYear(limits, limitsYear(deliveries)));
}

/** The plan's state as the user entered it: what versions and the audit log store and compare. */
export function toPlanState(record: PlanRecord): TPlanInput {
  const { row } = record;
  return {
    name: row.name,
    municipalityCode: row.municipalityCode,
    phase: row.phase as TPlanInput['phase'],
    planningStatus: row.planningStatus as PlanningStatus,
    planType: (row.planType ?? null) as TPlanInput['planType'],
    bottlenecks: row.bottlenecks as TPlanInput['bottlenecks'],
    location: row.lat !== null && row.lon !== null ? { lat: row.lat, lon: row.lon } : null,
    address: row.address,
    segments: record.segments.map((line) => ({
      segment: line.segment as Segment,
      homes: line.homes,
      usableAreaM2: line.usableAreaM2,
      monthlyRentEur: line.monthlyRentEur,
      priceEur: line.priceEur,
    })),
    deliveries: record.deliveries.map(({ year, homes }) => ({ year, homes })),
    parties: record.parties.map(({ organisationId, role }) => ({
      organisationId,
      role: role as TPlanInput['parties'][number]['role'],
    })),
    visibility: row.visibility as TPlanInput['visibility'],
    businessCase: (row.businessCase ?? null) as TPlanInput['businessCase'],
    deadline: row.deadline,
    nextMilestone:
      row.nextMilestoneLabel && row.nextMilestoneDate
        ? { label: row.nextMilestoneLabel, date: row.nextMilestoneDate }
        : null,
    notes: row.notes,
  };
}

/** The plan as the API returns it; the business case only for those who may see it. */
export function presentPlan(record: PlanRecord, actor: Actor, limits: readonly NationalLimits[]) {
  const state = toPlanState(record);
  const { row } = record;
  const partyIds = record.parties.map((party) => party.organisationId);
  const mayEdit = canEditPlan(actor, { ...row, partyIds });
  const maySeeBusinessCase = canSeeBusinessCase(actor, {
    ownerOrganisationId: row.ownerOrganisationId,
    partyIds,
  });
  const norms = computePlanNorms(state.segments, state.deliveries, limits);
  const { businessCase, ...rest } = state;
  return {
    id: row.id,
    externalId: row.externalId,
    ...rest,
    municipalityName: record.municipalityName,
    owner: { id: row.ownerOrganisationId, name: record.ownerName },
    version: row.version,
    hardness: deriveHardness(state.planningStatus),
    planType: state.planType ?? null,
    parties: record.parties,
    ...(maySeeBusinessCase ? { businessCase: businessCase ?? null } : {}),
    fictional: row.fictional,
    programmeStatus: {
      status: row.programmeStatus as ProgrammeStatus,
      reason: row.programmeStatusReason,
      at: row.programmeStatusAt?.toISOString() ?? null,
    },
    totals: {
      homes: norms.totalHomes,
      socialRentHomes: norms.socialRentHomes,
      affordableHomes: norms.affordableHomes,
      socialRentShare: norms.socialRentShare,
      affordableShare: norms.affordableShare,
    },
    norms,
    permissions: { canEdit: mayEdit, canSeeBusinessCase: maySeeBusinessCase },
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
export type PlanResponse = ReturnType<typeof presentPlan>;

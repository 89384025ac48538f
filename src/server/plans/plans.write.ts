import { eq } from 'drizzle-orm';
import type { NationalLimits, TPlanInput } from '../../core/programme';
import type { Tx } from '../db/client';
import { planDeliveries, planParties, planSegments } from '../db/schema';
import { computePlanNorms } from './plans.presenter';

/** The plan columns that come from the input, with the derived totals computed by src/core. */
export function toPlanColumns(input: TPlanInput, limits: readonly NationalLimits[]) {
  const norms = computePlanNorms(input.segments, input.deliveries, limits);
  const years = input.deliveries.map((line) => line.year);
  return {
    name: input.name,
    municipalityCode: input.municipalityCode,
    phase: input.phase,
    planningStatus: input.planningStatus,
    planType: input.planType ?? null,
    bottlenecks: input.bottlenecks,
    lat: input.location?.lat ?? null,
    lon: input.location?.lon ?? null,
    address: input.address ?? null,
    visibility: input.visibility,
    businessCase: input.businessCase ?? null,
    deadline: input.deadline ?? null,
    nextMilestoneLabel: input.nextMilestone?.label ?? null,
    nextMilestoneDate: input.nextMilestone?.date ?? null,
    notes: input.notes ?? null,
    totalHomes: norms.totalHomes,
    socialRentHomes: norms.socialRentHomes,
    affordableHomes: norms.affordableHomes,
    firstDeliveryYear: years.length ? Math.min(...years) : null,
    lastDeliveryYear: years.length ? Math.max(...years) : null,
  };
}

/** Replaces a plan's segments, deliveries and parties (inside the caller's transaction). */
export async function writePlanChildren(tx: Tx, planId: string, input: TPlanInput): Promise<void> {
  await tx.delete(planSegments).where(eq(planSegments.planId, planId));
  await tx.delete(planDeliveries).where(eq(planDeliveries.planId, planId));
  await tx.delete(planParties).where(eq(planParties.planId, planId));
  if (input.segments.length) {
    await tx.insert(planSegments).values(
      input.segments.map((line, position) => ({
        planId,
        position,
        segment: line.segment,
        homes: line.homes,
        usableAreaM2: line.usableAreaM2 ?? null,
        monthlyRentEur: line.monthlyRentEur ?? null,
        priceEur: line.priceEur ?? null,
      })),
    );
  }
  if (input.deliveries.length) {
    await tx
      .insert(planDeliveries)
      .values(input.deliveries.map(({ year, homes }) => ({ planId, year, homes })));
  }
  if (input.parties.length) {
    await tx
      .insert(planParties)
      .values(input.parties.map(({ organisationId, role }) => ({ planId, organisationId, role })));
  }
}

import { type Actor, canWrite, isRegionStaff } from '../auth/actor';

/**
 * Who may change a bottleneck: the regional office, the organisation that owns it, and a municipality for
 * bottlenecks in its own municipality. Viewers change nothing.
 */
export function canEditBottleneck(
  actor: Actor,
  bottleneck: { ownerOrganisationId: string | null; municipalityCode: string | null },
): boolean {
  if (!canWrite(actor)) return false;
  if (isRegionStaff(actor)) return true;
  if (bottleneck.ownerOrganisationId === actor.organisationId) return true;
  return actor.organisationKind === 'municipality' && actor.cbsCode === bottleneck.municipalityCode;
}

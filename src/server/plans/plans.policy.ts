import { type Actor, canWrite, isRegionStaff } from '../auth/actor';

/**
 * Who may create and change plans (api-contract.md): the regional office for any municipality of the
 * region; a municipality for its own municipality; any other organisation's editors for plans it owns or is a
 * party to. Viewers change nothing. Visibility is checked before this (an invisible plan is a 404).
 */
export function canCreatePlanIn(actor: Actor, municipalityCode: string): boolean {
  if (!canWrite(actor)) return false;
  if (actor.organisationKind === 'municipality') return actor.cbsCode === municipalityCode;
  return true;
}

export function canEditPlan(
  actor: Actor,
  plan: { ownerOrganisationId: string; municipalityCode: string; partyIds: string[] },
): boolean {
  if (!canWrite(actor)) return false;
  if (isRegionStaff(actor)) return true;
  if (plan.ownerOrganisationId === actor.organisationId) return true;
  if (plan.partyIds.includes(actor.organisationId)) return true;
  return actor.organisationKind === 'municipality' && actor.cbsCode === plan.municipalityCode;
}

import { type Actor, canWrite, isRegionStaff } from '../auth/actor';

/**
 * Who may file a compensation request: an editor of the organisation that owns the plan or is named as a party
 * (the developer or corporation). Not the municipality: it decides on the request (seed 003, session 4,
 * "Praktijkvoorbeeld vereveningsfonds Alphen aan den Rijn").
 */
export function canFileRequest(
  actor: Actor,
  plan: { ownerOrganisationId: string; partyIds: readonly string[] },
): boolean {
  if (!canWrite(actor) || actor.organisationKind === 'municipality') return false;
  return plan.ownerOrganisationId === actor.organisationId || plan.partyIds.includes(actor.organisationId);
}

/** Only the plan's own municipality (its editors and admins) decides on a request; the region does not. */
export function canDecideRequest(actor: Actor, municipalityCode: string): boolean {
  return canWrite(actor) && actor.cbsCode === municipalityCode;
}

/**
 * The open book is confidential: the organisation that filed the request and the plan's municipality, nobody
 * else (not the regional office, not the other parties).
 */
export function canSeeOpenBook(
  actor: Actor,
  requesterOrganisationId: string | null,
  municipalityCode: string,
): boolean {
  return actor.organisationId === requesterOrganisationId || actor.cbsCode === municipalityCode;
}

/** The municipality books in its own fund; the region's admin may too (the regional office keeps the books). */
export function canBook(actor: Actor, municipalityCode: string): boolean {
  if (!canWrite(actor)) return false;
  return actor.cbsCode === municipalityCode || (isRegionStaff(actor) && actor.role === 'admin');
}

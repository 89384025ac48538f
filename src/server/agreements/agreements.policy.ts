import type { AgreementKind } from '../../core/agreements';
import { type Actor, canWrite, isRegionStaff } from '../auth/actor';

/**
 * Who may write agreements: the region's office (editors and admins) for every kind; for prestatieafspraken also
 * the organisations that are party to them (the municipality, the corporation, the tenants' organisation).
 * Everyone in the region reads them: prestatieafspraken are public documents (Woningwet art. 44), so nothing in
 * them is confidential.
 */
export function canCreateAgreement(
  actor: Actor,
  input: { kind: AgreementKind; municipalityCode: string | null; partyIds: string[] },
): boolean {
  if (!canWrite(actor)) return false;
  if (isRegionStaff(actor)) return true;
  if (input.kind !== 'performance' || !input.partyIds.includes(actor.organisationId)) return false;
  return actor.organisationKind !== 'municipality' || actor.cbsCode === input.municipalityCode;
}

/** A party's editors and the region's office change an agreement and its commitments. */
export function canEditAgreement(actor: Actor, agreement: { partyIds: string[] }): boolean {
  if (!canWrite(actor)) return false;
  return isRegionStaff(actor) || agreement.partyIds.includes(actor.organisationId);
}

import { type Actor, isRegionStaff } from '../auth/actor';

/** Its own staff see an organisation's capacity; the regional office sees every organisation of the region. */
export function canSeeStaffing(actor: Actor, organisationId: string): boolean {
  return actor.organisationId === organisationId || isRegionStaff(actor);
}

/** Only the organisation's own admins record its available FTE. */
export function canEditCapacity(actor: Actor, organisationId: string): boolean {
  return actor.organisationId === organisationId && actor.role === 'admin';
}

/**
 * Whose work an organisation staffs: the route map's party of each activity (gemeente, corporatie, ontwikkelaar,
 * gezamenlijk). Joint work needs both sides; other kinds (the regional office) count every activity.
 */
export function partiesOf(kind: string): string[] | null {
  if (kind === 'municipality') return ['gemeente', 'gezamenlijk'];
  if (kind === 'housingAssociation') return ['corporatie', 'gezamenlijk'];
  if (kind === 'developer') return ['ontwikkelaar', 'gezamenlijk'];
  return null;
}

/** The schedule variants that count, best first: the joint one, else the organisation's own version. */
export function variantsOf(kind: string): string[] {
  if (kind === 'municipality') return ['joint', 'municipality'];
  if (kind === 'housingAssociation') return ['joint', 'corporation'];
  return ['joint'];
}

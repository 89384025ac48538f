import { type Actor, isRegionStaff } from '../auth/actor';
import { AppError } from '../http/errors';

/**
 * The regional office's admins run the tables: tables, members, meetings, agendas, decisions, action items and
 * proposals. Everyone else in the region reads them (a table's work is the region's shared business).
 */
export function canManageMeetings(actor: Actor): boolean {
  return isRegionStaff(actor) && actor.role === 'admin';
}

/** Throws a 403 unless the actor runs the region's tables. */
export function assertManageMeetings(actor: Actor): void {
  if (!canManageMeetings(actor)) {
    throw new AppError(
      'forbidden',
      'Alleen de beheerders van het regiobureau wijzigen overleg en voorstellen.',
    );
  }
}

/**
 * Planmonitor Wonen interoperability (shared/design/interop-planmonitor-wonen.md): read and write the plan
 * workbook, one plan per sheet. Decisions, in one place:
 * - Gerealiseerd (homes already delivered) ↔ a delivery in 2023, the year before the first year column;
 *   an export puts every delivery before 2024 there, and every delivery after 2043 in 2043.
 * - Restcapaciteit = Totalen − Gerealiseerd (homes still to deliver); the import does not read it.
 * - Vertrouwelijkheid: Openbaar ↔ region, Provincie ↔ partners, Gemeente ↔ private; empty reads as private.
 * - Status Project "Onbekend" has no phase and is an import error.
 * - Only the lists Woonregie imports are checked (Plantype, Vertrouwelijkheid, Status Project, Status
 *   Planologisch, Knelpunten); Woonmilieu, Opdrachtgever and the other rows are not read.
 */
export { readPlanmonitorWorkbook } from './planmonitor-read';
export type * from './planmonitor-types';
export {
  EXAMPLE_PLANMONITOR_PLAN,
  writePlanmonitorTemplate,
  writePlanmonitorWorkbook,
} from './planmonitor-write';

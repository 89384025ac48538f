/**
 * File imports and exports of plans and realisations: pure parsing, validation and writing, no database and no
 * routes. Every importer validates the whole file and returns either all rows or all errors (Dutch messages).
 */
export { detectImportKind, type ImportKind } from './detect';
export { DEFAULT_MAX_ROWS, type ImportPlanRow, type PlanTableContext, parsePlanTable } from './plan-table';
export type { ImportPlan } from './plan-table-row';
export { EXAMPLE_PLAN_NAME, writePlanTableTemplate } from './plan-table-template';
export * from './planmonitor';
export {
  type ImportRealisationRow,
  parseRealisationTable,
  type RealisationTableContext,
} from './realisation-table';
export { writeRealisationTableTemplate } from './realisation-template';
export { protectCell, unprotectCell } from './safe-cell';
export { MAX_ERRORS, type TableError, type TableResult } from './table-errors';
export { type ExportCell, writeCsv } from './table-write';

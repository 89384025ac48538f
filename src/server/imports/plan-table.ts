import type { z } from 'zod';
import { ZPlanInput } from '../../core/programme';
import {
  type ImportPlan,
  PLAN_TABLE_COLUMNS,
  type PlanColumn,
  parsePlanRow,
  SEGMENT_COLUMNS,
} from './plan-table-row';
import { readTable } from './read-table';
import { type ColumnMap, mapColumns } from './table-columns';
import { createErrorList, type ErrorList, type TableResult } from './table-errors';

export { type ImportPlan, PLAN_TABLE_COLUMNS } from './plan-table-row';

/** What the plan-table import needs to know of the region. */
export interface PlanTableContext {
  /** The CBS codes of the region's municipalities; a plan elsewhere is an error. */
  municipalityCodes: readonly string[];
  /** At most this many data rows (default {@link DEFAULT_MAX_ROWS}). */
  maxRows?: number;
}

/** One imported row: its spreadsheet row, its external id (the key for updates) and its plan. */
export interface ImportPlanRow {
  row: number;
  externalId: string | null;
  plan: ImportPlan;
}

export const DEFAULT_MAX_ROWS = 50_000;

/**
 * Parses a plan table (POST /imports/plans, api-contract.md "Monitor and forecast") from `.csv` or `.xlsx`.
 * Whole-file validation: either every row becomes a plan, or every error is returned (row 1 = header) and no
 * row. Each plan passes ZPlanInput with visibility 'region' (the route may choose another visibility).
 * @example await parsePlanTable(buffer, 'plannen.csv', { municipalityCodes: ['GM0402'] })
 */
export async function parsePlanTable(
  buffer: Buffer,
  fileName: string,
  context: PlanTableContext,
): Promise<TableResult<ImportPlanRow>> {
  const read = await readTable(buffer, fileName, context.maxRows ?? DEFAULT_MAX_ROWS);
  if (!read.ok) return { ok: false, errors: [read.error] };
  const { map, errors: headerErrors } = mapColumns(read.table.header, PLAN_TABLE_COLUMNS);
  if (headerErrors.length) return { ok: false, errors: headerErrors };
  const errors = createErrorList();
  const rows: ImportPlanRow[] = [];
  const seenIds = new Map<string, number>();
  for (const { row, cells } of read.table.rows) {
    const parsed = parsePlanRow(cells, { row, map, regionCodes: context.municipalityCodes, errors, seenIds });
    if (!parsed) continue;
    const plan = validatePlan(parsed.plan, row, map, errors);
    if (plan) rows.push({ row, externalId: parsed.externalId, plan });
  }
  if (errors.size) return { ok: false, errors: errors.list() };
  return { ok: true, rows };
}

/** Checks a plan against ZPlanInput and turns each issue into an error on its column. */
function validatePlan(
  plan: ImportPlan,
  row: number,
  map: ColumnMap<PlanColumn>,
  errors: ErrorList,
): ImportPlan | null {
  const result = ZPlanInput.safeParse({ ...plan, visibility: 'region' });
  if (result.success) {
    const { name, municipalityCode, phase, planningStatus, segments, deliveries } = result.data;
    return { name, municipalityCode, phase, planningStatus, segments, deliveries };
  }
  for (const issue of result.error.issues) {
    errors.add({ row, column: map.header[columnOfIssue(issue, plan)], message: issue.message });
  }
  return null;
}

/** The column a ZPlanInput issue belongs to: a segment issue to that segment's column. */
function columnOfIssue(issue: z.core.$ZodIssue, plan: ImportPlan): PlanColumn {
  const [field, index] = issue.path;
  if (field === 'segments') {
    const segment = typeof index === 'number' ? plan.segments[index]?.segment : undefined;
    return SEGMENT_COLUMNS.find((column) => column === segment) ?? 'socialRent';
  }
  if (field === 'deliveries') return 'deliveryYear';
  const known: PlanColumn[] = ['name', 'municipalityCode', 'phase', 'planningStatus'];
  return known.find((column) => column === field) ?? 'name';
}

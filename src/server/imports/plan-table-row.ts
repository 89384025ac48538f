import type { TPlanInput } from '../../core/programme';
import type { PlainCell } from './cell-value';
import { cellText } from './cell-value';
import type { ColumnMap, ColumnSpec } from './table-columns';
import type { ErrorList } from './table-errors';
import {
  type Parsed,
  parseCount,
  parseMunicipalityCode,
  parsePhase,
  parsePlanningStatus,
  parseYear,
} from './table-fields';

/** The segment columns of the plan table, in SEGMENTS order (`unknown` has no column). */
export const SEGMENT_COLUMNS = ['socialRent', 'midRent', 'affordableBuy', 'freeRent', 'freeBuy'] as const;

export type PlanColumn =
  | 'externalId'
  | 'name'
  | 'municipalityCode'
  | 'phase'
  | 'planningStatus'
  | (typeof SEGMENT_COLUMNS)[number]
  | 'deliveryYear';

/** The columns of POST /imports/plans (api-contract.md, "Monitor and forecast") and the Dutch headers accepted. */
export const PLAN_TABLE_COLUMNS: readonly ColumnSpec<PlanColumn>[] = [
  { key: 'externalId', dutch: ['Extern ID', 'Kenmerk'], required: false },
  { key: 'name', dutch: ['Naam', 'Plannaam'], required: true },
  { key: 'municipalityCode', dutch: ['Gemeentecode', 'CBS-code'], required: true },
  { key: 'phase', dutch: ['Fase', 'Planfase'], required: true },
  { key: 'planningStatus', dutch: ['Planologische status', 'Status planologisch'], required: true },
  { key: 'socialRent', dutch: ['Sociale huur'], required: true },
  { key: 'midRent', dutch: ['Middenhuur'], required: true },
  { key: 'affordableBuy', dutch: ['Betaalbare koop'], required: true },
  { key: 'freeRent', dutch: ['Vrije sector huur', 'Dure huur'], required: true },
  { key: 'freeBuy', dutch: ['Vrije sector koop', 'Dure koop'], required: true },
  { key: 'deliveryYear', dutch: ['Opleverjaar', 'Jaar oplevering'], required: false },
];

/** The part of a plan that one row of the plan table gives. */
export type ImportPlan = Pick<
  TPlanInput,
  'name' | 'municipalityCode' | 'phase' | 'planningStatus' | 'segments' | 'deliveries'
>;

/** What one row needs besides its cells. */
export interface RowContext {
  row: number;
  map: ColumnMap<PlanColumn>;
  regionCodes: readonly string[];
  errors: ErrorList;
  /** External ids seen so far, with their row: an id may appear once in a file. */
  seenIds: Map<string, number>;
}

/** Reads one column of a row with a parser; a failure becomes an error on that row and column. */
function readColumn<T>(
  cells: PlainCell[],
  column: PlanColumn,
  context: RowContext,
  parse: (cell: PlainCell) => Parsed<T>,
) {
  const index = context.map.index[column];
  const parsed = parse(index === undefined ? null : (cells[index] ?? null));
  if (parsed.ok) return parsed.value;
  context.errors.add({ row: context.row, column: context.map.header[column], message: parsed.message });
  return undefined;
}

/** The external id of a row, or null when empty; longer than 100 characters is an error. */
function parseExternalId(cell: PlainCell): Parsed<string | null> {
  const text = cellText(cell);
  if (text.length > 100) return { ok: false, message: 'Het externe ID is te lang (maximaal 100 tekens).' };
  return { ok: true, value: text === '' ? null : text };
}

/** Records an external id; a second time in the file is an error naming the first row. */
function checkUniqueId(id: string | null | undefined, context: RowContext): void {
  if (id === null || id === undefined) return;
  const first = context.seenIds.get(id);
  if (first === undefined) context.seenIds.set(id, context.row);
  else {
    const message = `Extern ID "${id}" staat ook in rij ${first}.`;
    context.errors.add({ row: context.row, column: context.map.header.externalId, message });
  }
}

/**
 * Parses one row into a plan (not yet checked against ZPlanInput), adding every field error to the list.
 * Returns null when the row has an error. All homes are delivered in `deliveryYear` when it is given.
 */
export function parsePlanRow(
  cells: PlainCell[],
  context: RowContext,
): { externalId: string | null; plan: ImportPlan } | null {
  const externalId = readColumn(cells, 'externalId', context, parseExternalId);
  checkUniqueId(externalId, context);
  const name = readColumn(cells, 'name', context, (cell) => ({ ok: true, value: cellText(cell) }));
  const municipalityCode = readColumn(cells, 'municipalityCode', context, (cell) =>
    parseMunicipalityCode(cell, context.regionCodes),
  );
  const phase = readColumn(cells, 'phase', context, parsePhase);
  const planningStatus = readColumn(cells, 'planningStatus', context, parsePlanningStatus);
  const counts = SEGMENT_COLUMNS.map((segment) => ({
    segment,
    homes: readColumn(cells, segment, context, parseCount),
  }));
  const year = readColumn(cells, 'deliveryYear', context, (cell) => parseYear(cell, 2000, 2060));
  if (
    context.errors.hasRow(context.row) ||
    externalId === undefined ||
    name === undefined ||
    municipalityCode === undefined ||
    phase === undefined ||
    planningStatus === undefined ||
    year === undefined
  ) {
    return null;
  }
  const segments = counts.flatMap(({ segment, homes }) => (homes ? [{ segment, homes }] : []));
  const homes = segments.reduce((sum, line) => sum + line.homes, 0);
  if (homes === 0) {
    const column = context.map.header.socialRent;
    context.errors.add({
      row: context.row,
      column,
      message: 'Vul in minstens één segmentkolom een aantal woningen in.',
    });
    return null;
  }
  const deliveries = year ? [{ year, homes }] : [];
  return {
    externalId,
    plan: { name, municipalityCode, phase, planningStatus, segments, deliveries },
  };
}

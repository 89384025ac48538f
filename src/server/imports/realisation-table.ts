import { SEGMENT_LABELS, SEGMENTS, type Segment } from '../../core/programme';
import type { PlainCell } from './cell-value';
import { readTable } from './read-table';
import { type ColumnMap, type ColumnSpec, mapColumns } from './table-columns';
import { createErrorList, type ErrorList, type TableResult } from './table-errors';
import { type Parsed, parseCount, parseMunicipalityCode, parseSegment, parseYear } from './table-fields';

type RealisationColumn = 'municipalityCode' | 'year' | 'segment' | 'homes';

/** The columns of the realisations import and the Dutch headers accepted. */
export const REALISATION_TABLE_COLUMNS: readonly ColumnSpec<RealisationColumn>[] = [
  { key: 'municipalityCode', dutch: ['Gemeentecode', 'CBS-code'], required: true },
  { key: 'year', dutch: ['Jaar'], required: true },
  { key: 'segment', dutch: ['Segment'], required: true },
  { key: 'homes', dutch: ['Woningen', 'Aantal woningen'], required: true },
];

/** What the realisations import needs to know. */
export interface RealisationTableContext {
  municipalityCodes: readonly string[];
  maxRows?: number;
  /** Realisations lie in the past: a year after this date's year is an error (default: now). */
  now?: Date;
}

/** Homes delivered in one municipality, year and segment, from one spreadsheet row. */
export interface ImportRealisationRow {
  row: number;
  municipalityCode: string;
  year: number;
  segment: Segment;
  homes: number;
}

/** Reads one cell of a row with a parser; a failure becomes an error on that row and column. */
function readColumn<T>(
  cells: PlainCell[],
  column: RealisationColumn,
  at: { row: number; map: ColumnMap<RealisationColumn>; errors: ErrorList },
  parse: (cell: PlainCell) => Parsed<T>,
): T | undefined {
  const index = at.map.index[column];
  const parsed = parse(index === undefined ? null : (cells[index] ?? null));
  if (parsed.ok) return parsed.value;
  at.errors.add({ row: at.row, column: at.map.header[column], message: parsed.message });
  return undefined;
}

/** A realisation needs a year: unlike a plan's delivery year it may not be left empty. */
function requireYear(cell: PlainCell, lastYear: number): Parsed<number> {
  const parsed = parseYear(cell, 2000, lastYear);
  if (!parsed.ok) return parsed;
  return parsed.value === null
    ? { ok: false, message: 'Vul een jaar in.' }
    : { ok: true, value: parsed.value };
}

/**
 * Parses a realisations table (`.csv` or `.xlsx`; columns municipalityCode, year, segment, homes, or Gemeentecode,
 * Jaar, Segment, Woningen). Whole-file validation as for plans: every row, or every error and no row; the same
 * municipality, year and segment twice is an error.
 * @example await parseRealisationTable(buffer, 'realisaties.csv', { municipalityCodes: ['GM0402'] })
 */
export async function parseRealisationTable(
  buffer: Buffer,
  fileName: string,
  context: RealisationTableContext,
): Promise<TableResult<ImportRealisationRow>> {
  const read = await readTable(buffer, fileName, context.maxRows ?? 50_000);
  if (!read.ok) return { ok: false, errors: [read.error] };
  const { map, errors: headerErrors } = mapColumns(read.table.header, REALISATION_TABLE_COLUMNS);
  if (headerErrors.length) return { ok: false, errors: headerErrors };
  const lastYear = (context.now ?? new Date()).getFullYear();
  const errors = createErrorList();
  const seen = new Map<string, number>();
  const rows: ImportRealisationRow[] = [];
  for (const { row, cells } of read.table.rows) {
    const at = { row, map, errors };
    const municipalityCode = readColumn(cells, 'municipalityCode', at, (c) =>
      parseMunicipalityCode(c, context.municipalityCodes),
    );
    const year = readColumn(cells, 'year', at, (cell) => requireYear(cell, lastYear));
    const segment = readColumn(cells, 'segment', at, parseSegment);
    const homes = readColumn(cells, 'homes', at, parseCount);
    if (municipalityCode === undefined || year === undefined || segment === undefined || homes === undefined)
      continue;
    const key = `${municipalityCode}|${year}|${segment}`;
    const first = seen.get(key);
    if (first !== undefined) {
      const what = `${municipalityCode}, ${year}, ${SEGMENT_LABELS[segment].toLowerCase()}`;
      errors.add({ row, column: map.header.segment, message: `${what} staat ook in rij ${first}.` });
      continue;
    }
    seen.set(key, row);
    rows.push({ row, municipalityCode, year, segment, homes });
  }
  return errors.size ? { ok: false, errors: errors.list() } : { ok: true, rows };
}

/** The segments as the template's drop-down list offers them (Dutch labels). */
export const REALISATION_SEGMENT_CHOICES = SEGMENTS.map((segment) => SEGMENT_LABELS[segment]);

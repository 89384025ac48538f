import { parse } from 'csv-parse/sync';
import { isBlank, type PlainCell, plainCells } from './cell-value';
import type { TableError } from './table-errors';
import { streamFirstSheet } from './xlsx-stream';

/** A data row of a table: its spreadsheet row number (header = 1) and its cells from column A on. */
export interface TableRow {
  row: number;
  cells: PlainCell[];
}

/** A table read from a CSV file or the first sheet of a workbook: the header and the non-empty rows. */
export interface RawTable {
  header: string[];
  rows: TableRow[];
}

export type ReadTableResult = { ok: true; table: RawTable } | { ok: false; error: TableError };

/** Thrown inside the readers to stop at the first file-level problem. */
class TableReadError extends Error {}

/**
 * Reads a `.csv` (UTF-8, with or without BOM; `,` or `;`) or `.xlsx` (first sheet, streamed) into a header and
 * the non-empty data rows, refusing files with more than `maxRows` data rows.
 * @example await readTable(buffer, 'plannen.csv', 50_000) // { ok: true, table: { header, rows } }
 */
export async function readTable(buffer: Buffer, fileName: string, maxRows: number): Promise<ReadTableResult> {
  const extension = fileName.toLowerCase().split('.').pop();
  try {
    let records: TableRow[];
    if (extension === 'csv') records = readCsvRecords(buffer, maxRows);
    else if (extension === 'xlsx') records = await readXlsxRecords(buffer, maxRows);
    else throw new TableReadError('Kies een .csv- of .xlsx-bestand.');
    const [first, ...rows] = records;
    if (!first) throw new TableReadError('Het bestand is leeg: er staat geen kopregel in.');
    if (rows.length === 0) throw new TableReadError('Er staan geen rijen onder de kopregel.');
    return { ok: true, table: { header: first.cells.map((cell) => String(cell ?? '').trim()), rows } };
  } catch (error) {
    if (!(error instanceof TableReadError)) throw error;
    return { ok: false, error: { row: 1, column: '', message: error.message } };
  }
}

/** The field delimiter of a CSV file: the one of `;` and `,` that occurs more often in its first line. */
export function detectDelimiter(text: string): ';' | ',' {
  const firstLine = (text.split(/\r?\n/, 1)[0] ?? '').replace(/"[^"]*"/g, '');
  const count = (char: string) => firstLine.split(char).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

/** Throws when the data rows (all but the header) exceed the limit. */
function checkRowCount(records: number, maxRows: number): void {
  if (records - 1 > maxRows) {
    throw new TableReadError(
      `Het bestand heeft meer dan ${maxRows.toLocaleString('nl-NL')} rijen. Splits het in kleinere bestanden.`,
    );
  }
}

/** Decodes and parses a CSV file; row numbers count every line record, as a spreadsheet shows them. */
function readCsvRecords(buffer: Buffer, maxRows: number): TableRow[] {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buffer).replace(/^\uFEFF/, '');
  } catch {
    throw new TableReadError(
      'Het bestand is geen UTF-8. Sla het in Excel op als "CSV UTF-8 (door lijstscheidingsteken gescheiden)".',
    );
  }
  let records: string[][];
  try {
    records = parse(text, {
      delimiter: detectDelimiter(text),
      relax_column_count: true,
      skip_empty_lines: false,
    });
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw new TableReadError(
      `Het CSV-bestand is niet te lezen${line ? ` (regel ${line})` : ''}: controleer de aanhalingstekens.`,
    );
  }
  const rows = records
    .map((cells, index) => ({ row: index + 1, cells: cells as PlainCell[] }))
    .filter((record) => !record.cells.every(isBlank));
  checkRowCount(rows.length, maxRows);
  return rows;
}

/** Streams the first sheet of a workbook; ExcelJS leaves out empty rows, their numbers stay. */
async function readXlsxRecords(buffer: Buffer, maxRows: number): Promise<TableRow[]> {
  if (buffer.subarray(0, 2).toString('latin1') !== 'PK')
    throw new TableReadError('Dit is geen Excel-bestand (.xlsx).');
  const rows: TableRow[] = [];
  try {
    await streamFirstSheet(buffer, (row) => {
      const cells = plainCells(row);
      if (!cells.every(isBlank)) rows.push({ row: row.number, cells });
      return rows.length - 1 <= maxRows;
    });
  } catch {
    throw new TableReadError(
      'Het Excel-bestand is niet te lezen. Sla het opnieuw op als .xlsx en probeer het nog eens.',
    );
  }
  checkRowCount(rows.length, maxRows);
  return rows;
}

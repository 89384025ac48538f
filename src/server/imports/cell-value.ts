import ExcelJS from 'exceljs';
import { unprotectCell } from './safe-cell';

/** A cell as the importers see it: formulas replaced by their cached result, rich text by its text. */
export type PlainCell = string | number | boolean | null;

/** True when an ExcelJS value is a formula (plain or shared). */
function isFormula(value: object): value is { result?: unknown } {
  return 'formula' in value || 'sharedFormula' in value;
}

/**
 * Reduces an ExcelJS cell value (or a CSV field) to a plain value: a formula gives its cached result (null
 * when the file holds none), rich text and hyperlinks their text, an error cell its code (`#N/A`), a date
 * its ISO day.
 * @example toPlainCell({ formula: 'C19-SUM(C20:C22)', result: 0 }) // 0
 */
export function toPlainCell(value: unknown): PlainCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value !== 'object') return String(value);
  if (isFormula(value)) return toPlainCell(value.result);
  if ('richText' in value && Array.isArray(value.richText)) {
    return value.richText.map((part: { text?: string }) => part.text ?? '').join('');
  }
  if ('text' in value) return toPlainCell(value.text);
  if ('error' in value) return String(value.error);
  return null;
}

/**
 * The plain value of a workbook cell. A formula gives `cell.result`: ExcelJS's `cell.value` leaves out a cached
 * result of 0, `cell.result` does not.
 * @example plainCell(sheet.getCell('D20')) // 0
 */
export function plainCell(cell: ExcelJS.Cell): PlainCell {
  return toPlainCell(cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value);
}

/** The plain values of a row's cells from column A to its last cell. */
export function plainCells(row: ExcelJS.Row): PlainCell[] {
  return Array.from({ length: row.cellCount }, (_, index) => plainCell(row.getCell(index + 1)));
}

/** True when a cell holds a formula whose result the file does not hold (never calculated). */
export function isUncalculated(cell: ExcelJS.Cell): boolean {
  return cell.type === ExcelJS.ValueType.Formula && cell.result === undefined;
}

/**
 * The text of a plain cell, trimmed, with an apostrophe added by our exports removed; '' for an empty cell.
 * @example cellText("  '=Plan ") // '=Plan'
 */
export function cellText(cell: PlainCell): string {
  if (cell === null) return '';
  return unprotectCell(String(cell).trim());
}

/** True when a cell holds nothing (null or only whitespace). */
export function isBlank(cell: PlainCell): boolean {
  return cell === null || (typeof cell === 'string' && cell.trim() === '');
}

/** The spreadsheet column letters of a 1-based column number. @example columnLetter(27) // 'AA' */
export function columnLetter(column: number): string {
  let rest = column;
  let letters = '';
  while (rest > 0) {
    const digit = (rest - 1) % 26;
    letters = String.fromCharCode(65 + digit) + letters;
    rest = Math.floor((rest - 1) / 26);
  }
  return letters;
}

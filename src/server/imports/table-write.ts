import ExcelJS from 'exceljs';
import { protectCell } from './safe-cell';

/** A value to export: text (protected against formula injection on the way out), a number or empty. */
export type ExportCell = string | number | null;

/** One line of a template's "Toelichting" sheet. */
export interface ColumnNote {
  column: string;
  dutch: string;
  required: string;
  allowed: string;
  note: string;
}

/** A CSV/XLSX template: the header, a fictional example row, notes per column and value lists per column. */
export interface TemplateSpec {
  sheetName: string;
  header: readonly string[];
  example: readonly ExportCell[];
  intro: string;
  notes: readonly ColumnNote[];
  /** Drop-down lists in the workbook, by 0-based column; each list short enough for an inline list. */
  lists: Partial<Record<number, readonly string[]>>;
}

/** Rows of the template's data sheet that get a drop-down list. */
const LIST_ROWS = 1000;

/** Quotes a CSV field when it holds the delimiter, a quote or a line break. */
function quoteCsv(cell: ExportCell): string {
  const text = String(protectCell(cell) ?? '');
  return /[;"\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Writes rows as CSV for Dutch Excel: `;` between fields, CRLF, a UTF-8 BOM (so Excel reads the accents), every
 * text protected against formula injection.
 * @example writeCsv([['name', 'homes'], ['=Plan', 3]]).toString() // "\uFEFFname;homes\r\n'=Plan;3\r\n"
 */
export function writeCsv(rows: readonly (readonly ExportCell[])[]): Buffer {
  const lines = rows.map((row) => row.map(quoteCsv).join(';'));
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

/** Adds a sheet with a bold header and the given rows, every text protected. */
export function addTableSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  rows: readonly (readonly ExportCell[])[],
) {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  for (const row of rows) sheet.addRow(row.map((cell) => protectCell(cell)));
  sheet.getRow(1).font = { bold: true };
  for (let column = 1; column <= sheet.columnCount; column += 1) sheet.getColumn(column).width = 18;
  return sheet;
}

/** Adds an inline drop-down list to a column of the data rows; other values give a warning, not a block. */
function addList(sheet: ExcelJS.Worksheet, column: number, values: readonly string[]) {
  for (let row = 2; row <= LIST_ROWS + 1; row += 1) {
    sheet.getCell(row, column + 1).dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [`"${values.join(',')}"`],
      showErrorMessage: true,
      errorStyle: 'warning',
      error: 'Deze waarde staat niet in de lijst. Zie het blad Toelichting.',
    };
  }
}

/**
 * Writes a template as CSV (header and example row) or XLSX (also a "Toelichting" sheet that explains each
 * column, and drop-down lists).
 */
export async function writeTemplate(spec: TemplateSpec, format: 'csv' | 'xlsx'): Promise<Buffer> {
  if (format === 'csv') return writeCsv([spec.header, spec.example]);
  const workbook = new ExcelJS.Workbook();
  const data = addTableSheet(workbook, spec.sheetName, [spec.header, spec.example]);
  for (const [column, values] of Object.entries(spec.lists)) {
    if (values) addList(data, Number(column), values);
  }
  const notes = spec.notes.map((n) => [n.column, n.dutch, n.required, n.allowed, n.note]);
  const help = addTableSheet(workbook, 'Toelichting', [
    ['Kolom', 'Ook goed als kop', 'Verplicht', 'Toegestane waarden', 'Toelichting'],
    ...notes,
    [],
    [spec.intro],
  ]);
  for (let column = 1; column <= 5; column += 1) {
    help.getColumn(column).width = column >= 4 ? 60 : 22;
    help.getColumn(column).alignment = { wrapText: true, vertical: 'top' };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

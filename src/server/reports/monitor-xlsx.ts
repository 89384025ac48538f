import ExcelJS from 'exceljs';
import { protectCell } from '../imports/safe-cell';
import { describeSource, type ReportInput } from './report-input';
import { buildReportSheets } from './report-sheets';
import type { CellFormat, ReportCell, ReportSheet, ReportTable } from './report-table';

const NUMBER_FORMATS: Record<CellFormat, string | undefined> = {
  text: undefined,
  int: '#,##0',
  pct: '0%',
  year: '0',
};
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF4' } };

/** Every text goes through protectCell (formula injection, OWASP "CSV Injection"); numbers stay numbers. */
function safe(value: ReportCell): ExcelJS.CellValue {
  return typeof value === 'string' ? protectCell(value) : value;
}

/** Writes one table from `row` on; returns the row after it and the header's row number. */
function writeTable(sheet: ExcelJS.Worksheet, table: ReportTable, row: number) {
  let at = row;
  if (table.caption) {
    sheet.getCell(at, 1).value = safe(table.caption);
    sheet.getCell(at, 1).font = { bold: true };
    at += 1;
  }
  const header = sheet.getRow(at);
  table.columns.forEach((column, i) => {
    const cell = header.getCell(i + 1);
    cell.value = safe(column.header);
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.border = { bottom: { style: 'thin' } };
    cell.alignment = {
      vertical: 'bottom',
      wrapText: true,
      horizontal: column.format === 'text' ? 'left' : 'right',
    };
  });
  const headerRow = at;
  at += 1;
  if (!table.rows.length && table.empty) {
    sheet.getCell(at, 1).value = safe(table.empty);
    sheet.getCell(at, 1).font = { italic: true };
    at += 1;
  }
  table.rows.forEach((cells, r) => {
    const line = sheet.getRow(at);
    table.columns.forEach((column, i) => {
      const cell = line.getCell(i + 1);
      cell.value = safe(cells[i] ?? null);
      const numFmt = NUMBER_FORMATS[column.format];
      if (numFmt) cell.numFmt = numFmt;
      if (column.format === 'text') cell.alignment = { vertical: 'top', wrapText: column.width >= 40 };
      if (table.emphasiseLast && r === table.rows.length - 1) cell.font = { bold: true };
    });
    at += 1;
  });
  return { next: at + 1, headerRow };
}

/** Sets each column to the widest width any table asks for it. */
function setWidths(sheet: ExcelJS.Worksheet, tables: readonly ReportTable[]): void {
  const widths: number[] = [];
  for (const table of tables) {
    table.columns.forEach((column, i) => {
      widths[i] = Math.max(widths[i] ?? 0, column.width);
    });
  }
  widths.forEach((width, i) => {
    sheet.getColumn(i + 1).width = width;
  });
}

/** One worksheet: title, source line, notes, then the tables; the first table's header is frozen. */
function addSheet(workbook: ExcelJS.Workbook, spec: ReportSheet, source: string): void {
  const sheet = workbook.addWorksheet(protectCell(spec.name));
  sheet.getCell(1, 1).value = safe(spec.title);
  sheet.getCell(1, 1).font = { bold: true, size: 14 };
  sheet.getCell(2, 1).value = safe(source);
  sheet.getCell(2, 1).font = { italic: true, color: { argb: 'FF555555' } };
  spec.notes.forEach((note, i) => {
    sheet.getCell(3 + i, 1).value = safe(note);
  });
  let row = 3 + spec.notes.length + 1;
  let frozen = 0;
  for (const table of spec.tables) {
    const written = writeTable(sheet, table, row);
    frozen ||= written.headerRow;
    row = written.next;
  }
  setWidths(sheet, spec.tables);
  sheet.views = [{ state: 'frozen', ySplit: frozen, xSplit: 0, topLeftCell: `A${frozen + 1}` }];
}

/**
 * The monitor as an XLSX workbook: a sheet per table (report-sheets.ts), each with a bold, frozen header, number
 * formats, column widths, the date of generation and the source; every text cell protected.
 * @example await writeMonitorXlsx({ monitor, forecast }) // Buffer starting with "PK"
 */
export async function writeMonitorXlsx(input: ReportInput): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Woonregie';
  workbook.created = new Date(input.monitor.generatedAt);
  workbook.title = protectCell(`Monitor ${input.monitor.regionInfo.name}`);
  const source = describeSource(input.monitor);
  for (const sheet of buildReportSheets(input)) addSheet(workbook, sheet, source);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

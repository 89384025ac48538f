import { formatHomes, formatPercent } from '../../core/monitor';
import { COLORS, contentWidth, MARGIN, type Pdf, toWinAnsi } from './pdf-document';
import type { ReportCell, ReportColumn, ReportTable } from './report-table';

const SIZE = 7.5;
const PAD = 3;

/** A cell as the PDF prints it: Dutch numbers (1.234; 38%), years plain, empty as a dash for numbers. */
export function formatCell(value: ReportCell, column: ReportColumn): string {
  if (value === null || value === '') return column.format === 'text' ? '' : '–';
  if (typeof value === 'string') return toWinAnsi(value);
  if (column.format === 'pct') return formatPercent(value);
  if (column.format === 'year') return String(value);
  return formatHomes(value);
}

/**
 * Column widths in points: the widths in characters scaled to the page, but never narrower than the longest
 * word of the header or the widest number (so "Gerealiseerd" does not break); text columns give way.
 */
function columnWidths(doc: Pdf, table: ReportTable): number[] {
  const { columns } = table;
  const total = columns.reduce((sum, column) => sum + column.width, 0);
  const available = contentWidth(doc);
  const minimum = columns.map((column, i) => {
    doc.font('Helvetica-Bold').fontSize(SIZE);
    const words = toWinAnsi(column.header).split(/\s+/);
    let widest = Math.max(...words.map((word) => doc.widthOfString(word)));
    doc.font('Helvetica');
    for (const row of table.rows) {
      const cell = formatCell(row[i] ?? null, column);
      const parts = column.format === 'text' ? cell.split(/\s+/) : [cell];
      for (const part of parts) widest = Math.max(widest, doc.widthOfString(part));
    }
    // A very long word in a text column may break rather than squeeze every other column.
    return Math.min(widest, available * 0.3) + 2 * PAD + 1;
  });
  const widths = columns.map((column, i) => Math.max((column.width / total) * available, minimum[i] ?? 0));
  const excess = widths.reduce((a, b) => a + b, 0) - available;
  const slack = widths.reduce((sum, w, i) => sum + (w - (minimum[i] ?? 0)), 0);
  return excess > 0 && slack > 0
    ? widths.map((w, i) => w - ((w - (minimum[i] ?? 0)) / slack) * excess)
    : widths;
}

/** The height of a row: its tallest wrapped cell plus padding. */
function rowHeight(doc: Pdf, cells: readonly string[], widths: readonly number[]): number {
  const heights = cells.map((cell, i) =>
    doc.heightOfString(cell || ' ', { width: (widths[i] ?? 0) - 2 * PAD }),
  );
  return Math.max(...heights) + 2 * PAD;
}

/** Draws one row at doc.y; `fill` paints the background first. */
function drawRow(
  doc: Pdf,
  cells: readonly string[],
  columns: readonly ReportColumn[],
  widths: readonly number[],
  options: { bold: boolean; fill?: string },
): void {
  doc.font(options.bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(SIZE);
  const height = rowHeight(doc, cells, widths);
  const y = doc.y;
  const width = contentWidth(doc);
  if (options.fill) doc.rect(MARGIN, y, width, height).fill(options.fill);
  let x = MARGIN;
  cells.forEach((cell, i) => {
    const w = widths[i] ?? 0;
    const format = columns[i]?.format;
    const align = format === 'text' || format === 'year' ? 'left' : 'right';
    doc.fillColor(COLORS.text).text(cell, x + PAD, y + PAD, { width: w - 2 * PAD, align });
    x += w;
  });
  doc
    .moveTo(MARGIN, y + height)
    .lineTo(MARGIN + width, y + height)
    .lineWidth(0.4)
    .strokeColor(COLORS.rule)
    .stroke();
  doc.x = MARGIN;
  doc.y = y + height;
}

/**
 * Prints a table across the content width: a bold header on a tinted row, repeated on every page the table
 * continues on; numbers right-aligned in Dutch notation; the last row bold when it is a total.
 */
export function drawTable(doc: Pdf, table: ReportTable, sectionTitle: string): void {
  const widths = columnWidths(doc, table);
  const header = table.columns.map((column) => toWinAnsi(column.header));
  const printHeader = () => drawRow(doc, header, table.columns, widths, { bold: true, fill: COLORS.header });
  const fits = (height: number) => doc.y + height <= doc.page.height - doc.page.margins.bottom;
  // On a new page the reader is told which section continues.
  const newPage = () => {
    doc.addPage();
    doc.font('Helvetica-Oblique').fontSize(7.5).fillColor(COLORS.muted);
    doc.text(toWinAnsi(`${sectionTitle} (vervolg)`), MARGIN, doc.y, { width: contentWidth(doc) });
    doc.moveDown(0.3).fillColor(COLORS.text);
  };
  if (table.caption) {
    if (!fits(60)) newPage();
    doc.font('Helvetica-Bold').fontSize(8.5).fillColor(COLORS.text);
    doc.text(toWinAnsi(table.caption), MARGIN, doc.y, { width: contentWidth(doc) });
    doc.moveDown(0.2);
  }
  doc.font('Helvetica-Bold').fontSize(SIZE);
  if (!fits(rowHeight(doc, header, widths) + 30)) newPage();
  printHeader();
  if (!table.rows.length) {
    doc.font('Helvetica-Oblique').fontSize(SIZE).fillColor(COLORS.muted);
    doc.text(toWinAnsi(table.empty ?? 'Geen gegevens.'), MARGIN + PAD, doc.y + PAD);
    doc.fillColor(COLORS.text);
  }
  table.rows.forEach((row, r) => {
    const cells = table.columns.map((column, i) => formatCell(row[i] ?? null, column));
    const bold = Boolean(table.emphasiseLast) && r === table.rows.length - 1;
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(SIZE);
    if (!fits(rowHeight(doc, cells, widths))) {
      newPage();
      printHeader();
      doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(SIZE);
    }
    drawRow(doc, cells, table.columns, widths, { bold });
  });
  doc.font('Helvetica').moveDown(0.8);
}

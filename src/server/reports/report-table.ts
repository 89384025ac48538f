/**
 * The tables of the monitor exports as plain data: the XLSX writer turns each sheet into a worksheet and the
 * PDF writer prints the same tables under its charts, so both files always show the same figures.
 */

/** How a column's numbers are shown: whole homes (`#,##0`), a share (`0%`), a year, or text. */
export type CellFormat = 'text' | 'int' | 'pct' | 'year';

/** One column: its Dutch header, format and width (in characters, as Excel measures it). */
export interface ReportColumn {
  header: string;
  format: CellFormat;
  width: number;
}

/** A cell: text, a number, or empty. */
export type ReportCell = string | number | null;

/** A table with an optional caption; `emphasiseLast` prints the last row (a total) bold. */
export interface ReportTable {
  caption?: string;
  columns: ReportColumn[];
  rows: ReportCell[][];
  emphasiseLast?: boolean;
  /** Shown instead of the table when it has no rows. */
  empty?: string;
}

/** A worksheet (and a section of the PDF): name ≤ 31 characters, a title, notes and its tables. */
export interface ReportSheet {
  name: string;
  title: string;
  notes: string[];
  tables: ReportTable[];
}

/** A text column. */
export const text = (header: string, width = 24): ReportColumn => ({ header, format: 'text', width });
/** A column of whole homes. */
export const homes = (header: string, width = 14): ReportColumn => ({ header, format: 'int', width });
/** A column of shares. */
export const share = (header: string, width = 12): ReportColumn => ({ header, format: 'pct', width });
/** A column of years. */
export const year = (header = 'Jaar', width = 8): ReportColumn => ({ header, format: 'year', width });

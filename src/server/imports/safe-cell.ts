/**
 * Protection against formula injection in exported spreadsheets (OWASP, "CSV Injection":
 * https://owasp.org/www-community/attacks/CSV_Injection): text that a spreadsheet could read as a formula
 * gets a leading apostrophe, so it stays text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** An apostrophe before a formula character or before another such apostrophe: one we (would have) added. */
const ADDED_APOSTROPHE = /^'['=+\-@\t\r]/;

/**
 * Makes a cell value safe to export: text starting with `=`, `+`, `-`, `@`, a tab or a carriage return gets a
 * leading `'`; numbers and other values are returned untouched. Text that already starts with such an
 * apostrophe gets one more, so that {@link unprotectCell} restores every text exactly.
 * @example protectCell('=SUM(A1:A2)') // "'=SUM(A1:A2)"
 * @example protectCell(-5) // -5
 */
export function protectCell(value: string): string;
export function protectCell<T>(value: T): T;
export function protectCell(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  return FORMULA_START.test(value) || ADDED_APOSTROPHE.test(value) ? `'${value}` : value;
}

/**
 * Undoes {@link protectCell} when reading a file back: removes one leading `'` only when a formula character or
 * another apostrophe follows it, so Dutch names such as `'t Hofje` keep their apostrophe.
 * @example unprotectCell("'=SUM(A1:A2)") // "=SUM(A1:A2)"
 */
export function unprotectCell(value: string): string {
  return ADDED_APOSTROPHE.test(value) ? value.slice(1) : value;
}

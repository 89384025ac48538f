/** One problem in an imported table: the spreadsheet row (header = 1), the column and a Dutch message. */
export interface TableError {
  row: number;
  column: string;
  message: string;
}

/** The result of a whole-file import: every row, or every error and no rows. */
export type TableResult<T> = { ok: true; rows: T[] } | { ok: false; errors: TableError[] };

/** How many errors an import reports at most; the rest is counted in one closing message. */
export const MAX_ERRORS = 500;

/** Collects the errors of one import, without duplicates and up to a cap. */
export interface ErrorList {
  add(error: TableError): void;
  /** True when an error was added for this row. */
  hasRow(row: number): boolean;
  readonly size: number;
  /** The errors in file order, with a closing message when some were left out. */
  list(): TableError[];
}

/**
 * Creates an error list that keeps the first `cap` distinct errors and counts the rest.
 * @example const errors = createErrorList(); errors.add({ row: 2, column: 'name', message: '…' });
 */
export function createErrorList(cap = MAX_ERRORS): ErrorList {
  const kept: TableError[] = [];
  const seen = new Set<string>();
  const rows = new Set<number>();
  let leftOut = 0;
  return {
    add(error) {
      const key = `${error.row}\u0000${error.column}\u0000${error.message}`;
      if (seen.has(key)) return;
      seen.add(key);
      rows.add(error.row);
      if (kept.length < cap) kept.push(error);
      else leftOut += 1;
    },
    hasRow: (row) => rows.has(row),
    get size() {
      return kept.length + leftOut;
    },
    list() {
      const sorted = [...kept].sort((a, b) => a.row - b.row);
      if (leftOut === 0) return sorted;
      const last = sorted.at(-1)?.row ?? 1;
      return [...sorted, { row: last, column: '', message: leftOutMessage(leftOut, cap) }];
    },
  };
}

/** The closing message when errors were left out. */
function leftOutMessage(leftOut: number, cap: number): string {
  const more = leftOut === 1 ? 'Er is nog 1 fout' : `Er zijn nog ${leftOut.toLocaleString('nl-NL')} fouten`;
  return `${more} die hier niet staan. Herstel eerst deze ${cap} en importeer het bestand opnieuw.`;
}

import type { TableError } from './table-errors';
import { normalizeKey } from './table-fields';

/** One column an import knows: its contract name, the Dutch headers it also accepts, and whether it must be there. */
export interface ColumnSpec<K extends string> {
  key: K;
  dutch: readonly string[];
  required: boolean;
}

/** Where each known column is in the file (0-based) and how its header is written there. */
export interface ColumnMap<K extends string> {
  index: Partial<Record<K, number>>;
  header: Record<K, string>;
}

/**
 * Maps a header row onto the known columns, comparing case-, space- and hyphen-insensitively, so
 * `Sociale huur`, `socialRent` and `SOCIALE-HUUR` all find `socialRent`. Unknown columns are ignored; a missing
 * required column or a column given twice is an error on row 1.
 * @example mapColumns(['Naam'], [{ key: 'name', dutch: ['Naam'], required: true }]).index.name // 0
 */
export function mapColumns<K extends string>(
  header: readonly string[],
  specs: readonly ColumnSpec<K>[],
): { map: ColumnMap<K>; errors: TableError[] } {
  const index: Partial<Record<K, number>> = {};
  const names = {} as Record<K, string>;
  for (const spec of specs) names[spec.key] = spec.key;
  const errors: TableError[] = [];
  header.forEach((text, column) => {
    const key = normalizeKey(text);
    const spec = specs.find((s) => [s.key, ...s.dutch].some((name) => normalizeKey(name) === key));
    if (!spec || key === '') return;
    if (index[spec.key] !== undefined) {
      errors.push({ row: 1, column: text, message: `De kolom "${text}" staat twee keer in de kopregel.` });
      return;
    }
    index[spec.key] = column;
    names[spec.key] = text;
  });
  for (const spec of specs) {
    if (spec.required && index[spec.key] === undefined) {
      const also = spec.dutch.length ? ` (of "${spec.dutch.join('" of "')}")` : '';
      errors.push({
        row: 1,
        column: spec.key,
        message: `De kolom "${spec.key}"${also} ontbreekt in de kopregel.`,
      });
    }
  }
  return { map: { index, header: names }, errors };
}

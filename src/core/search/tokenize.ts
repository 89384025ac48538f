/**
 * The words of a search box, as the user meant them: plain words (all must match), `-woord` (must not match)
 * and `OF`/`OR` between two words (either may match). Quotes and punctuation only separate words.
 */
export interface SearchTerm {
  /** Lower-case letters and digits only, so it is safe inside a tsquery and a LIKE pattern. */
  word: string;
  /** `-woord`: items containing it are left out. */
  exclude: boolean;
  /** Joined to the previous positive term with OR instead of AND. */
  orWithPrevious: boolean;
}

/** At most this many words count; a search box is not a document. */
export const MAX_TERMS = 8;

/** Splits a query into terms; see SearchTerm. Words longer than 60 characters are cut. */
export function tokenizeQuery(query: string): SearchTerm[] {
  const terms: SearchTerm[] = [];
  let pendingOr = false;
  for (const raw of query.normalize('NFC').split(/\s+/)) {
    if (raw === 'OF' || raw === 'OR') {
      pendingOr = terms.some((term) => !term.exclude);
      continue;
    }
    const exclude = raw.startsWith('-') && raw.length > 1;
    const words = raw
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean)
      .map((word) => word.slice(0, 60));
    for (const word of words) {
      if (terms.length >= MAX_TERMS) return terms;
      terms.push({ word, exclude, orWithPrevious: pendingOr && !exclude });
      pendingOr = false;
    }
  }
  return terms;
}

import type { SearchTerm } from './tokenize';

/**
 * A word with the stem PostgreSQL's Dutch snowball stemmer gives it (`ts_lexize('dutch_stem', word)`);
 * `stem` is null for a stop word ("de", "het", "van"), which is then left out.
 */
export interface StemmedTerm extends SearchTerm {
  stem: string | null;
}

/** What a source's SQL needs: a tsquery for the Dutch tsvector, LIKE patterns for compounds, exclusions. */
export interface BuiltQuery {
  /** For `to_tsquery('simple', …)` against a `to_tsvector('dutch', …)`: prefixes of stems, so no re-stemming. */
  tsquery: string | null;
  /** Items matching this are left out (the `-woord` terms), or null. */
  excludeTsquery: string | null;
  /**
   * Substrings every one of which the title must contain (case-insensitive) when the tsquery does not match:
   * the tail of a compound ("bouwplannen" in "woningbouwplannen", "woning" in "huurwoningen"). Already escaped
   * for LIKE. Empty when the query uses OR or has no word of 4 letters or more.
   */
  likePatterns: string[];
}

const CONSONANT = /[bcdfghjklmnpqrstvwxz]/;

/**
 * The prefixes that find every form of a stemmed word. The snowball stemmer is not symmetric, so the stem of
 * one form can be longer than the stem of another, and a prefix must be the shorter one:
 * - "vereveningsfondsen" → 'vereveningsfonds' but "vereveningsfonds" → 'vereveningsfond': drop a final s;
 * - "plannen" → 'plann' but "plan" → 'plan': undouble a final double consonant;
 * - "huizen" → 'huiz' but "huis" → 'huis', "brieven" → 'briev' but "brief" → 'brief': z/s and v/f alternate.
 */
export function stemPrefixes(stem: string): string[] {
  const prefixes = new Set<string>();
  let base = stem;
  if (base.length > 4 && base.endsWith('s')) base = base.slice(0, -1);
  const last = base.at(-1) ?? '';
  if (base.length > 3 && CONSONANT.test(last) && base.at(-2) === last) base = base.slice(0, -1);
  prefixes.add(base);
  const swap: Record<string, string> = { z: 's', s: 'z', v: 'f', f: 'v' };
  const other = swap[base.at(-1) ?? ''];
  if (base.length > 3 && other) prefixes.add(`${base.slice(0, -1)}${other}`);
  return [...prefixes];
}

/** `(a:* | b:*)` for one word; the word itself when it has no stem but is not a stop word (digits). */
function termQuery(term: StemmedTerm): string | null {
  if (!term.stem) return null;
  const parts = stemPrefixes(term.stem).map((prefix) => `'${prefix.replace(/'/g, "''")}':*`);
  return parts.length === 1 ? (parts[0] as string) : `(${parts.join(' | ')})`;
}

/** Escapes `%`, `_` and `\` for a LIKE pattern. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * Builds the tsquery and LIKE patterns of a search from its stemmed terms. Positive terms are ANDed (or ORed
 * where the user wrote OF/OR); excluded terms go into `excludeTsquery`.
 */
export function buildSearchQuery(terms: StemmedTerm[]): BuiltQuery {
  let tsquery = '';
  const excluded: string[] = [];
  const likes: string[] = [];
  let usesOr = false;
  for (const term of terms) {
    const part = termQuery(term);
    if (!part) continue;
    if (term.exclude) {
      excluded.push(part);
      continue;
    }
    const operator = term.orWithPrevious ? ' | ' : ' & ';
    if (term.orWithPrevious) usesOr = true;
    tsquery = tsquery ? `${tsquery}${operator}${part}` : part;
    const shortest = stemPrefixes(term.stem as string)[0] as string;
    if (shortest.length >= 4) likes.push(`%${escapeLike(shortest)}%`);
  }
  return {
    tsquery: tsquery || null,
    excludeTsquery: excluded.length ? excluded.join(' | ') : null,
    likePatterns: usesOr ? [] : likes,
  };
}

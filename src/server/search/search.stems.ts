import { sql } from 'drizzle-orm';
import type { SearchTerm, StemmedTerm } from '../../core/search';
import type { Db } from '../db/client';

/** Stems are a pure function of the word: remembered per process, so a repeated search costs no round trip. */
const cache = new Map<string, string | null>();
const CACHE_LIMIT = 10_000;

/**
 * The Dutch snowball stem of each term, from PostgreSQL itself (`ts_lexize('dutch_stem', …)`), so the query
 * stems exactly like the tsvectors it is matched against; a stop word gets null.
 */
export async function stemTerms(db: Db, terms: SearchTerm[]): Promise<StemmedTerm[]> {
  const missing = [...new Set(terms.map((t) => t.word).filter((word) => !cache.has(word)))];
  if (missing.length) {
    const words = sql.join(
      missing.map((word) => sql`${word}`),
      sql`, `,
    );
    const result = (await db.execute(
      sql`select w as word, (ts_lexize('dutch_stem', w))[1] as stem from unnest(array[${words}]::text[]) as w`,
    )) as unknown as { rows: { word: string; stem: string | null }[] };
    if (cache.size + missing.length > CACHE_LIMIT) cache.clear();
    for (const row of result.rows) cache.set(row.word, row.stem ?? null);
  }
  return terms.map((term) => ({ ...term, stem: cache.get(term.word) ?? null }));
}

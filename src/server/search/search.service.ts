import { sql } from 'drizzle-orm';
import {
  buildSearchQuery,
  parseMarkedSnippet,
  SEARCH_TYPES,
  type SearchType,
  tokenizeQuery,
} from '../../core/search';
import type { Actor } from '../auth/actor';
import type { Db } from '../db/client';
import type { TSearchQuery } from './search.schema';
import { SEARCH_SOURCES, type SourceRow } from './search.sources';
import { stemTerms } from './search.stems';

/**
 * GET /search (api-contract.md): `{ items: [{ type, id, title, snippet }] }` over plans the actor may see,
 * knowledge items, proposals and decisions, in Dutch. Extended with `highlights` (ranges of the matched words
 * in `snippet`, which is plain text), `rank`, `meetingId` (decisions) and `total`. One round trip: the source
 * parts run as one UNION ALL, each ordered by rank and limited before its snippets are made.
 */
export async function search({ db, actor, query }: { db: Db; actor: Actor; query: TSearchQuery }) {
  const built = buildSearchQuery(await stemTerms(db, tokenizeQuery(query.q)));
  if (!built.tsquery) return { query: query.q, items: [], total: 0 };
  const types: SearchType[] = query.type ? [query.type] : [...SEARCH_TYPES];
  const parts = types.map(
    (type) => sql`(${SEARCH_SOURCES[type]({ actor, query: built, limit: query.limit })})`,
  );
  const result = (await db.execute(sql.join(parts, sql` union all `))) as unknown as { rows: SourceRow[] };
  const order = (type: SearchType) => SEARCH_TYPES.indexOf(type);
  const items = result.rows
    .sort((a, b) => order(a.type) - order(b.type) || Number(b.rank) - Number(a.rank))
    .map(({ marked, rank, meetingId, ...row }) => ({
      ...row,
      ...parseMarkedSnippet(marked ?? ''),
      rank: Math.round(Number(rank) * 1000) / 1000,
      ...(row.type === 'decision' ? { meetingId } : {}),
    }));
  return { query: query.q, items, total: items.length };
}

import { and, eq, type SQL, sql } from 'drizzle-orm';
import { type BuiltQuery, MARK_END, MARK_START, type SearchType } from '../../core/search';
import type { Actor } from '../auth/actor';
import { visiblePlans } from '../auth/visibility';
import { plans } from '../db/schema';
import { knowledgeItems } from '../db/schema-knowledge';
import { agendaItems, meetings, proposals } from '../db/schema-meetings';

/** One result row as every source part returns it; the snippet still carries ts_headline's marks. */
export interface SourceRow {
  type: SearchType;
  id: string;
  title: string;
  marked: string;
  rank: number;
  meetingId: string | null;
}

/** What a source needs to build its part: the actor (for visibility), the query and the limit. */
export interface SourceContext {
  actor: Actor;
  query: BuiltQuery;
  limit: number;
}

const HEADLINE_OPTIONS = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=30, MinWords=12, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "`;

/**
 * The snippet is taken from the first this many characters: ts_headline's cost grows with the text, and a long
 * knowledge item's first pages hold its summary and most of its matches.
 */
const HEADLINE_CHARS = 4000;

/**
 * At most this many matches per branch are ranked: a broad word ("woningen") matches most of 30,000 plans, and
 * ranking them all would recompute every tsvector. Titles that contain the words form their own branch (on the
 * trigram index), so they are always among the candidates.
 */
const CANDIDATES = 100;

/** What a source is made of: its rows (FROM … WHERE visibility) and the columns the search reads. */
interface PartSpec {
  from: SQL;
  where: SQL;
  vector: SQL;
  id: SQL;
  title: SQL;
  doc: SQL;
  meetingId: SQL;
}

/**
 * One source's query part: candidates that match the tsquery (prefixes of Dutch stems) or, for compounds, whose
 * title contains every word; ranked (full-text rank, plus 0.2 for the title), limited, and only then given a
 * headline (ts_headline is the expensive step).
 */
function sourcePart(type: SearchType, spec: PartSpec, { query, limit }: SourceContext): SQL {
  const tsquery = sql`to_tsquery('simple', ${query.tsquery})`;
  const fts = sql`${spec.vector} @@ ${tsquery}`;
  const exclude = query.excludeTsquery
    ? sql` and not (${spec.vector} @@ to_tsquery('simple', ${query.excludeTsquery}))`
    : sql``;
  const select = sql`select ${spec.id} as id, ${spec.title} as title, ${spec.doc} as doc,
    ${spec.meetingId} as meeting_id, ts_rank(${spec.vector}, ${tsquery}) as fts_rank from ${spec.from}`;
  const matches = sql.raw(`matches_${type}`);
  let titles = sql``;
  let titleBonus = sql`0`;
  if (query.likePatterns.length) {
    const titleLike = (title: SQL) => and(...query.likePatterns.map((p) => sql`${title} ilike ${p}`)) as SQL;
    // The title branch finds a compound's tail ("blokpaspoort" in "blokpaspoorten"); it only runs when the
    // full-text matches do not fill the page: a broad word would otherwise scan thousands of titles for nothing.
    titles = sql` union all (${select} where (select count(*) from ${matches}) < ${limit} and ${spec.where}
      and ${titleLike(spec.title)} and not (${fts})${exclude} limit ${CANDIDATES})`;
    titleBonus = sql`case when ${titleLike(sql`title`)} then 0.2 else 0 end`;
  }
  return sql`select ${type}::text as type, id, title, rank, meeting_id as "meetingId",
    ts_headline('dutch', left(doc, ${HEADLINE_CHARS}), ${tsquery}, ${HEADLINE_OPTIONS}) as marked
    from (with ${matches} as (${select} where ${spec.where} and ${fts}${exclude} limit ${CANDIDATES})
      select id, title, doc, meeting_id, fts_rank + ${titleBonus} as rank
      from (select * from ${matches}${titles}) as candidates
      order by rank desc, title limit ${limit}) as ${sql.raw(`part_${type}`)}`;
}

/** The plans' Dutch text: the stored, GIN-indexed `plans.search` column (schema.ts). */
export const PLAN_VECTOR = sql`${plans.search}`;

/** Plans, through the same visibility helper as the plan list: another organisation's private plan never shows. */
function planPart(ctx: SourceContext): SQL {
  return sourcePart(
    'plan',
    {
      from: sql`${plans}`,
      where: visiblePlans(ctx.actor),
      vector: PLAN_VECTOR,
      id: sql`${plans.id}`,
      title: sql`${plans.name}`,
      doc: sql`coalesce(${plans.name}, '') || '. ' || coalesce(${plans.address}, '') || '. ' || coalesce(${plans.notes}, '')`,
      meetingId: sql`null::uuid`,
    },
    ctx,
  );
}

/** Knowledge items of the actor's region, on their stored, indexed tsvector. */
function knowledgePart(ctx: SourceContext): SQL {
  return sourcePart(
    'knowledgeItem',
    {
      from: sql`${knowledgeItems}`,
      where: eq(knowledgeItems.regionId, ctx.actor.regionId),
      vector: sql`${knowledgeItems.search}`,
      id: sql`${knowledgeItems.id}`,
      title: sql`${knowledgeItems.title}`,
      doc: sql`${knowledgeItems.summary} || ' ' || ${knowledgeItems.body}`,
      meetingId: sql`null::uuid`,
    },
    ctx,
  );
}

/** Proposals of the region (every member reads them, meetings.policy.ts): reference, title, points, explanation. */
function proposalPart(ctx: SourceContext): SQL {
  const doc = sql`${proposals.reference} || '. ' || ${proposals.title} || '. ' || coalesce((select string_agg(p, ' ') from jsonb_array_elements_text(${proposals.points}) as p), '') || ' ' || ${proposals.explanation}`;
  return sourcePart(
    'proposal',
    {
      from: sql`${proposals}`,
      where: eq(proposals.regionId, ctx.actor.regionId),
      vector: sql`to_tsvector('dutch'::regconfig, ${doc})`,
      id: sql`${proposals.id}`,
      title: sql`${proposals.title}`,
      doc,
      meetingId: sql`null::uuid`,
    },
    ctx,
  );
}

/** Decisions: agenda items of the region's meetings with a decision text; they link to their meeting. */
function decisionPart(ctx: SourceContext): SQL {
  return sourcePart(
    'decision',
    {
      from: sql`${agendaItems} inner join ${meetings} on ${meetings.id} = ${agendaItems.meetingId}`,
      where: and(
        eq(meetings.regionId, ctx.actor.regionId),
        sql`coalesce(${agendaItems.decision}, '') <> ''`,
      ) as SQL,
      vector: sql`to_tsvector('dutch'::regconfig, ${agendaItems.title} || '. ' || ${agendaItems.decision})`,
      id: sql`${agendaItems.id}`,
      title: sql`${agendaItems.title}`,
      doc: sql`${agendaItems.decision}`,
      meetingId: sql`${agendaItems.meetingId}`,
    },
    ctx,
  );
}

/** Every source of the search, one query part each; add a source here and it is searched. */
export const SEARCH_SOURCES: Record<SearchType, (ctx: SourceContext) => SQL> = {
  plan: planPart,
  knowledgeItem: knowledgePart,
  proposal: proposalPart,
  decision: decisionPart,
};

import { and, asc, desc, eq, inArray, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../auth/actor';
import { visiblePlans } from '../auth/visibility';
import type { Db, Tx } from '../db/client';
import { bottlenecks, organisations, plans } from '../db/schema';
import { agendaItems, meetings } from '../db/schema-meetings';

/** Bottlenecks of the actor's region; one about a plan only when the actor may see that plan. */
function visibleBottlenecks(actor: Actor): SQL {
  const planVisible = sql`exists (select 1 from ${plans} where ${plans.id} = ${bottlenecks.planId} and ${visiblePlans(actor)})`;
  return and(eq(bottlenecks.regionId, actor.regionId), or(isNull(bottlenecks.planId), planVisible)) as SQL;
}

/** The bottlenecks the actor may see, open ones first, newest first. */
export function findBottlenecks(
  db: Db | Tx,
  actor: Actor,
  filter: { status?: string; municipality?: string; id?: string },
) {
  const conditions = [visibleBottlenecks(actor)];
  if (filter.status) conditions.push(eq(bottlenecks.status, filter.status));
  if (filter.municipality) conditions.push(eq(bottlenecks.municipalityCode, filter.municipality));
  if (filter.id) conditions.push(eq(bottlenecks.id, filter.id));
  return db
    .select({
      row: bottlenecks,
      planName: plans.name,
      ownerName: organisations.name,
    })
    .from(bottlenecks)
    .leftJoin(plans, eq(plans.id, bottlenecks.planId))
    .leftJoin(organisations, eq(organisations.id, bottlenecks.ownerOrganisationId))
    .where(and(...conditions))
    .orderBy(
      sql`case ${bottlenecks.status} when 'open' then 0 when 'inProgress' then 1 else 2 end`,
      desc(bottlenecks.createdAt),
    );
}

/** Where these bottlenecks are on an agenda (ux.md: Knelpunten answers "where it is on an agenda"), by date. */
export function findAgendaOf(db: Db | Tx, bottleneckIds: string[]) {
  if (bottleneckIds.length === 0) return Promise.resolve([]);
  return db
    .select({
      bottleneckId: agendaItems.bottleneckId,
      meetingId: meetings.id,
      meetingTitle: meetings.title,
      startsAt: meetings.startsAt,
      decision: agendaItems.decision,
    })
    .from(agendaItems)
    .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
    .where(inArray(agendaItems.bottleneckId, bottleneckIds))
    .orderBy(asc(meetings.startsAt));
}

import { and, eq, ne, or, type SQL, sql } from 'drizzle-orm';
import { planParties, plans } from '../db/schema';
import { type Actor, isRegionStaff } from './actor';

/**
 * THE helper every plan read goes through (lists, detail, history, overview, map, exports).
 * - `private`: the owning organisation only (a draft);
 * - `partners`: the owner, the organisations named as parties, and the regional office;
 * - `region`: every organisation of the region.
 * All three are limited to the actor's region.
 */
export function visiblePlans(actor: Actor): SQL {
  const isParty = sql`exists (select 1 from ${planParties} where ${planParties.planId} = ${plans.id} and ${planParties.organisationId} = ${actor.organisationId})`;
  const rules = [
    eq(plans.ownerOrganisationId, actor.organisationId),
    eq(plans.visibility, 'region'),
    and(eq(plans.visibility, 'partners'), isRegionStaff(actor) ? sql`true` : isParty),
  ];
  return and(eq(plans.regionId, actor.regionId), or(...rules)) as SQL;
}

/** Plans that count in regional figures: visible to the actor and not a private draft (api-contract.md). */
export function countedPlans(actor: Actor): SQL {
  return and(visiblePlans(actor), ne(plans.visibility, 'private')) as SQL;
}

/**
 * The business case is shown only to the owner and the organisations the plan names as parties,
 * whatever the visibility (api-contract.md).
 */
export function canSeeBusinessCase(
  actor: Actor,
  plan: { ownerOrganisationId: string; partyIds: string[] },
): boolean {
  return plan.ownerOrganisationId === actor.organisationId || plan.partyIds.includes(actor.organisationId);
}

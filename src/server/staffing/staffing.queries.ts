import { and, asc, eq, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../auth/actor';
import { visiblePlans } from '../auth/visibility';
import type { Db, Tx } from '../db/client';
import { organisations, planParties, planSchedules, plans, staffCapacity } from '../db/schema';

export type OrganisationRow = Pick<typeof organisations.$inferSelect, 'id' | 'name' | 'kind' | 'cbsCode'>;

/** An organisation of the actor's region, or null. */
export async function findRegionOrganisation(
  db: Db,
  actor: Actor,
  id: string,
): Promise<OrganisationRow | null> {
  const [row] = await db
    .select({
      id: organisations.id,
      name: organisations.name,
      kind: organisations.kind,
      cbsCode: organisations.cbsCode,
    })
    .from(organisations)
    .where(and(eq(organisations.id, id), eq(organisations.regionId, actor.regionId)));
  return row ?? null;
}

/** An organisation's plans: it owns them or is a party; a municipality also has the plans in its territory. */
function plansOf(organisation: OrganisationRow): SQL {
  const isParty = sql`exists (select 1 from ${planParties} where ${planParties.planId} = ${plans.id} and ${planParties.organisationId} = ${organisation.id})`;
  const rules = [eq(plans.ownerOrganisationId, organisation.id), isParty];
  if (organisation.kind === 'municipality' && organisation.cbsCode)
    rules.push(eq(plans.municipalityCode, organisation.cbsCode));
  return or(...rules) as SQL;
}

/** The stored schedules (of the given variants) of the organisation's plans that the actor may see. */
export async function findScheduledPlans(
  db: Db,
  actor: Actor,
  organisation: OrganisationRow,
  variants: readonly string[],
) {
  return db
    .select({
      planId: plans.id,
      planName: plans.name,
      municipalityCode: plans.municipalityCode,
      variant: planSchedules.variant,
      startDate: planSchedules.startDate,
      activities: planSchedules.activities,
      route: planSchedules.route,
    })
    .from(plans)
    .innerJoin(planSchedules, eq(planSchedules.planId, plans.id))
    .where(and(visiblePlans(actor), plansOf(organisation), inArray(planSchedules.variant, [...variants])))
    .orderBy(asc(plans.name), asc(plans.id));
}

/** The available FTE per role the organisation recorded. */
export async function findStaffCapacity(db: Db, organisationId: string): Promise<Record<string, number>> {
  const rows = await db
    .select({ role: staffCapacity.role, fte: staffCapacity.fte })
    .from(staffCapacity)
    .where(eq(staffCapacity.organisationId, organisationId));
  return Object.fromEntries(rows.map((row) => [row.role, row.fte]));
}

/** Replaces the organisation's capacity by `roles`, in one transaction with its audit entry. */
export async function replaceStaffCapacity(
  db: Db,
  actor: Actor,
  organisationId: string,
  roles: { role: string; fte: number }[],
  audit: (tx: Tx) => Promise<void>,
) {
  await db.transaction(async (tx) => {
    await tx.delete(staffCapacity).where(eq(staffCapacity.organisationId, organisationId));
    if (roles.length > 0)
      await tx
        .insert(staffCapacity)
        .values(roles.map(({ role, fte }) => ({ organisationId, role, fte, updatedBy: actor.userId })));
    await audit(tx);
  });
}

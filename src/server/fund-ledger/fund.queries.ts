import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '../db/client';
import { compensationRequests, fundEntries, organisations, users } from '../db/schema';

/**
 * Serialises the writers of one key until the transaction ends (PostgreSQL advisory lock; PGlite runs one
 * transaction at a time anyway). Used so that two bookings cannot both pass the balance check, and two requests
 * for one plan cannot both be filed.
 */
export async function lockOn(tx: Tx, key: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${key}, 0))`);
}

/** The lock key of a municipality's fund. */
export const fundKey = (regionId: string, municipalityCode: string) => `fund:${regionId}:${municipalityCode}`;

/** Today in the Netherlands as an ISO date (the booking date of a payment). */
export const todayInAmsterdam = () =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' }).format(new Date());

/** The municipality (organisation) with this CBS code in a region, or undefined. */
export async function findMunicipality(db: Db | Tx, regionId: string, municipalityCode: string) {
  const [row] = await db
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(and(eq(organisations.regionId, regionId), eq(organisations.cbsCode, municipalityCode)));
  return row;
}

/** The entries of a fund, newest first, with who booked them. */
export function ledgerRows(db: Db | Tx, regionId: string, municipalityCode: string) {
  return db
    .select({ entry: fundEntries, by: users.name })
    .from(fundEntries)
    .leftJoin(users, eq(users.id, fundEntries.createdBy))
    .where(and(eq(fundEntries.regionId, regionId), eq(fundEntries.municipalityCode, municipalityCode)))
    .orderBy(desc(fundEntries.bookedOn), desc(fundEntries.createdAt));
}

/** The requests of a plan, newest first, with the requesting organisation; the file only as name and size. */
export function requestRows(db: Db, planId: string) {
  return db
    .select({
      id: compensationRequests.id,
      status: compensationRequests.status,
      motivation: compensationRequests.motivation,
      elsewhereNote: compensationRequests.elsewhereNote,
      attachmentName: compensationRequests.attachmentName,
      attachmentBytes: sql<number | null>`octet_length(${compensationRequests.attachment})`.mapWith(
        (value) => (value == null ? null : Number(value)),
      ),
      amountEur: compensationRequests.amountEur,
      decision: compensationRequests.decision,
      decisionNote: compensationRequests.decisionNote,
      decidedAt: compensationRequests.decidedAt,
      createdAt: compensationRequests.createdAt,
      requester: organisations.name,
      requesterId: organisations.id,
    })
    .from(compensationRequests)
    .leftJoin(users, eq(users.id, compensationRequests.createdBy))
    .leftJoin(organisations, eq(organisations.id, users.organisationId))
    .where(eq(compensationRequests.planId, planId))
    .orderBy(desc(compensationRequests.createdAt));
}

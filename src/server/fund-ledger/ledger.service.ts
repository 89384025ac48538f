import { and, eq, inArray } from 'drizzle-orm';
import {
  FUND_ENTRY_LABELS,
  type FundEntry,
  type FundEntryKind,
  fundBalance,
  fundEntryError,
} from '../../core/instruments';
import { writeAudit } from '../audit/audit';
import type { Actor } from '../auth/actor';
import { visiblePlans } from '../auth/visibility';
import type { Db, Tx } from '../db/client';
import { fundEntries, plans } from '../db/schema';
import { AppError } from '../http/errors';
import { schemeInForce } from '../instruments/compensation.service';
import { canBook } from './fund.policy';
import { findMunicipality, fundKey, ledgerRows, lockOn } from './fund.queries';
import type { TFundEntry } from './fund.schema';

async function requireMunicipality(db: Db, actor: Actor, municipalityCode: string) {
  const municipality = await findMunicipality(db, actor.regionId, municipalityCode);
  if (!municipality) throw new AppError('notFound', 'Deze gemeente hoort niet bij je regio.');
  return municipality;
}

/**
 * GET /municipalities/{code}/fund: the ledger (newest first, who booked what when, what a correction corrects),
 * its balance (the sum of the entries) and the cap per home. Public money: every organisation of the region reads
 * it; the name of a plan only when the reader may see that plan.
 */
export async function getFund({
  db,
  actor,
  municipalityCode,
}: {
  db: Db;
  actor: Actor;
  municipalityCode: string;
}) {
  const municipality = await requireMunicipality(db, actor, municipalityCode);
  const rows = await ledgerRows(db, actor.regionId, municipalityCode);
  const planIds = [...new Set(rows.flatMap((r) => (r.entry.planId ? [r.entry.planId] : [])))];
  const visible = planIds.length
    ? await db
        .select({ id: plans.id, name: plans.name })
        .from(plans)
        .where(and(visiblePlans(actor), inArray(plans.id, planIds)))
    : [];
  const names = new Map(visible.map((p) => [p.id, p.name]));
  const scheme = await schemeInForce(db, actor.regionId, municipalityCode);
  return {
    municipalityCode,
    municipalityName: municipality.name.replace(/^Gemeente /, ''),
    balanceEur: fundBalance(rows.map((r) => r.entry)),
    capPerHomeEur: scheme?.fundCapPerHomeEur ?? null,
    canBook: canBook(actor, municipalityCode),
    entries: rows.map(({ entry, by }) => ({
      id: entry.id,
      bookedOn: entry.bookedOn,
      kind: entry.kind as FundEntryKind,
      kindLabel: FUND_ENTRY_LABELS[entry.kind as FundEntryKind] ?? entry.kind,
      amountEur: entry.amountEur,
      homes: entry.homes,
      plan: entry.planId
        ? { id: entry.planId, name: names.get(entry.planId) ?? 'een plan dat je niet mag zien' }
        : null,
      requestId: entry.requestId,
      correctsId: entry.correctsId,
      description: entry.description,
      by,
      createdAt: entry.createdAt.toISOString(),
    })),
  };
}

/** The field a refused entry's message belongs to, in the order fundEntryError checks. */
function errorPath(entry: FundEntry, knownIds: ReadonlySet<string>): string {
  if (!Number.isFinite(entry.amountEur) || entry.amountEur === 0) return 'amountEur';
  if (entry.kind === 'contribution' && entry.amountEur < 0 && !(entry.homes && entry.homes >= 1))
    return 'homes';
  if (entry.kind === 'correction' && !(entry.correctsId && knownIds.has(entry.correctsId)))
    return 'correctsId';
  return 'amountEur';
}

/** A linked plan must be one of this municipality's plans that the actor may see. */
async function checkPlan(db: Db, actor: Actor, municipalityCode: string, planId: string) {
  const [plan] = await db
    .select({ id: plans.id })
    .from(plans)
    .where(and(eq(plans.id, planId), eq(plans.municipalityCode, municipalityCode), visiblePlans(actor)));
  if (!plan) {
    const message = 'Kies een plan van deze gemeente.';
    throw new AppError('validation', message, [{ path: 'planId', message }]);
  }
}

/**
 * Inserts one entry after checking it against the balance and the cap, under the fund's lock so that two
 * bookings cannot both spend the same balance. Returns the new entry's id.
 */
export async function insertEntry(
  tx: Tx,
  actor: Actor,
  fund: { regionId: string; municipalityCode: string; capPerHomeEur: number | null },
  entry: Omit<TFundEntry, 'planId'> & { planId?: string | null; requestId?: string | null },
): Promise<string> {
  await lockOn(tx, fundKey(fund.regionId, fund.municipalityCode));
  const rows = await ledgerRows(tx, fund.regionId, fund.municipalityCode);
  const knownIds = new Set(rows.map((r) => r.entry.id));
  const error = fundEntryError(entry, {
    balanceEur: fundBalance(rows.map((r) => r.entry)),
    capPerHomeEur: fund.capPerHomeEur,
    knownIds,
  });
  if (error) throw new AppError('validation', error, [{ path: errorPath(entry, knownIds), message: error }]);
  const [inserted] = await tx
    .insert(fundEntries)
    .values({
      regionId: fund.regionId,
      municipalityCode: fund.municipalityCode,
      bookedOn: entry.bookedOn,
      kind: entry.kind,
      amountEur: entry.amountEur,
      homes: entry.homes ?? null,
      planId: entry.planId ?? null,
      requestId: entry.requestId ?? null,
      correctsId: entry.kind === 'correction' ? (entry.correctsId ?? null) : null,
      description: entry.description,
      createdBy: actor.userId,
    })
    .returning({ id: fundEntries.id });
  if (!inserted) throw new Error('fund entry not saved');
  await writeAudit(tx, actor, {
    action: 'create',
    entityType: 'fundEntry',
    entityId: inserted.id,
    summary: `Fonds ${fund.municipalityCode}: ${FUND_ENTRY_LABELS[entry.kind]} € ${entry.amountEur}`,
    after: { municipalityCode: fund.municipalityCode, ...entry },
  });
  return inserted.id;
}

/**
 * POST /municipalities/{code}/fund/entries: a new entry, never an edit (a correction is a new entry that names
 * the entry it corrects). The municipality books; the region's admin may too.
 */
export async function bookEntry({
  db,
  actor,
  municipalityCode,
  body,
}: {
  db: Db;
  actor: Actor;
  municipalityCode: string;
  body: TFundEntry;
}) {
  await requireMunicipality(db, actor, municipalityCode);
  if (!canBook(actor, municipalityCode))
    throw new AppError('forbidden', 'Alleen de gemeente boekt in haar fonds.');
  if (body.planId) await checkPlan(db, actor, municipalityCode, body.planId);
  const scheme = await schemeInForce(db, actor.regionId, municipalityCode);
  const fund = {
    regionId: actor.regionId,
    municipalityCode,
    capPerHomeEur: scheme?.fundCapPerHomeEur ?? null,
  };
  await db.transaction((tx) => insertEntry(tx, actor, fund, body));
  return getFund({ db, actor, municipalityCode });
}

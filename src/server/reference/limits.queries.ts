import { asc } from 'drizzle-orm';
import type { NationalLimits } from '../../core/programme';
import type { Db, Tx } from '../db/client';
import { nationalLimits } from '../db/schema';

/** Every year's national price limits (a handful of rows). */
export async function findNationalLimits(
  db: Db | Tx,
): Promise<(NationalLimits & { sources: Record<string, string | null>; notes: string | null })[]> {
  return db.select().from(nationalLimits).orderBy(asc(nationalLimits.year));
}

import { and, eq, sql } from 'drizzle-orm';
import type { Db } from './client';
import { councilMeetings, organisations } from './schema';

/** The n-th given weekday (0 = Sunday) of a month, as yyyy-mm-dd. */
export function nthWeekday(year: number, month: number, weekday: number, n: number): string {
  const first = new Date(Date.UTC(year, month - 1, 1));
  const day = 1 + ((weekday - first.getUTCDay() + 7) % 7) + (n - 1) * 7;
  return new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);
}

/**
 * Demo council meetings for the member municipalities: no municipality's meeting calendar is in our sources,
 * so each gets a meeting on the third Thursday of every month but July and August, 2025–2032, marked `demo`.
 * Schedules snap council decisions to these dates. Runs once (nothing happens when any meeting exists).
 */
export async function seedDemoCouncilMeetings(db: Db): Promise<number> {
  const [existing] = await db.select({ n: sql<number>`count(*)::int` }).from(councilMeetings);
  if ((existing?.n ?? 0) > 0) return 0;
  const members = await db
    .select({ code: organisations.cbsCode })
    .from(organisations)
    .where(and(eq(organisations.kind, 'municipality'), eq(organisations.member, true)));
  const rows = members.flatMap(({ code }) =>
    code
      ? Array.from({ length: 8 }, (_, y) => 2025 + y).flatMap((year) =>
          [1, 2, 3, 4, 5, 6, 9, 10, 11, 12].map((month) => ({
            municipalityCode: code,
            date: nthWeekday(year, month, 4, 3),
            label: 'Gemeenteraad (demodatum)',
            demo: true,
          })),
        )
      : [],
  );
  for (let i = 0; i < rows.length; i += 500) {
    await db
      .insert(councilMeetings)
      .values(rows.slice(i, i + 500))
      .onConflictDoNothing();
  }
  return rows.length;
}

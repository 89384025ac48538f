import { and, eq, sql } from 'drizzle-orm';
import type { Db } from './client';
import { councilMeetings, holidayPeriods, organisations, regions } from './schema';

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

/**
 * Demo holiday periods for every region: a summer recess (15 July – 31 August) and a Christmas recess
 * (22 December – 4 January), 2025–2032, marked `demo` — no source gives the region's recesses. Decisions in a
 * schedule do not fall in them. Runs once (nothing happens when any period exists).
 */
export async function seedDemoHolidays(db: Db): Promise<number> {
  const [existing] = await db.select({ n: sql<number>`count(*)::int` }).from(holidayPeriods);
  if ((existing?.n ?? 0) > 0) return 0;
  const ids = await db.select({ id: regions.id }).from(regions);
  const rows = ids.flatMap(({ id }) =>
    Array.from({ length: 8 }, (_, y) => 2025 + y).flatMap((year) => [
      {
        regionId: id,
        startsOn: `${year}-07-15`,
        endsOn: `${year}-08-31`,
        label: 'Zomerreces (demodatum)',
        demo: true,
      },
      {
        regionId: id,
        startsOn: `${year}-12-22`,
        endsOn: `${year + 1}-01-04`,
        label: 'Kerstreces (demodatum)',
        demo: true,
      },
    ]),
  );
  if (rows.length > 0) await db.insert(holidayPeriods).values(rows).onConflictDoNothing();
  return rows.length;
}

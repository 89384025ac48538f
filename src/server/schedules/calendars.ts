import { and, asc, eq, gte, inArray } from 'drizzle-orm';
import type { Db } from '../db/client';
import { councilMeetings, holidayPeriods } from '../db/schema';

/** The calendar a decision without its own follows: the weekdays outside the region's holiday periods. */
export const DECISION_CALENDAR = 'besluit';
/** How far ahead the decision calendar reaches from a schedule's start. */
const DECISION_YEARS = 25;
const DAY_MS = 86_400_000;

export interface HolidayPeriod {
  startsOn: string;
  endsOn: string;
}

/** What computeSchedule needs besides the activities: the calendars and which one milestones follow. */
export interface ScheduleCalendars {
  calendars: Record<string, readonly string[]>;
  milestoneCalendar: string;
}

const inPeriod = (day: string, periods: readonly HolidayPeriod[]) =>
  periods.some((period) => period.startsOn <= day && day <= period.endsOn);

/** The weekdays from `from` on, for DECISION_YEARS years, that fall in no holiday period (ISO dates, sorted). */
export function decisionDays(from: string, periods: readonly HolidayPeriod[]): string[] {
  const start = Date.parse(`${from}T00:00:00Z`);
  const end = Date.UTC(new Date(start).getUTCFullYear() + DECISION_YEARS, 0, 1);
  const sorted = [...periods].sort((a, b) => a.startsOn.localeCompare(b.startsOn));
  const days: string[] = [];
  for (let t = start; t < end; t += DAY_MS) {
    const weekday = new Date(t).getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    const day = new Date(t).toISOString().slice(0, 10);
    if (!inPeriod(day, sorted)) days.push(day);
  }
  return days;
}

/**
 * The calendars of the plans of `municipalityCodes` in a region, from `from` on: per municipality its council
 * meetings outside holiday periods, and one decision calendar for all. One query each.
 */
export async function loadScheduleCalendars(
  db: Db,
  regionId: string,
  municipalityCodes: readonly string[],
  from: string,
): Promise<Map<string, ScheduleCalendars>> {
  const periods = await db
    .select({ startsOn: holidayPeriods.startsOn, endsOn: holidayPeriods.endsOn })
    .from(holidayPeriods)
    .where(and(eq(holidayPeriods.regionId, regionId), gte(holidayPeriods.endsOn, from)));
  const meetings =
    municipalityCodes.length === 0
      ? []
      : await db
          .select({ code: councilMeetings.municipalityCode, date: councilMeetings.date })
          .from(councilMeetings)
          .where(
            and(
              inArray(councilMeetings.municipalityCode, [...municipalityCodes]),
              gte(councilMeetings.date, from),
            ),
          )
          .orderBy(asc(councilMeetings.date));
  const besluit = decisionDays(from, periods);
  const result = new Map<string, ScheduleCalendars>();
  for (const code of municipalityCodes) {
    const council = meetings.filter((m) => m.code === code && !inPeriod(m.date, periods)).map((m) => m.date);
    result.set(code, {
      calendars: { council, [DECISION_CALENDAR]: besluit },
      milestoneCalendar: DECISION_CALENDAR,
    });
  }
  return result;
}

/** The calendars of one municipality's plans (see loadScheduleCalendars). */
export async function scheduleCalendars(
  db: Db,
  regionId: string,
  municipalityCode: string,
  from: string,
): Promise<ScheduleCalendars> {
  const calendars = await loadScheduleCalendars(db, regionId, [municipalityCode], from);
  return calendars.get(municipalityCode) as ScheduleCalendars;
}

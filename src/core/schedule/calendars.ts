import { lowerBound, parseIsoDay } from './dates';
import type { ScheduleActivity, ScheduleError, ScheduleOptions } from './types';
import { invalid } from './validate';

/**
 * Per activity, the sorted day numbers (relative to the project start) of its calendar, or undefined when it has
 * none; an unknown calendar counts as one without dates. Parsed once per calendar per call, and only when an
 * activity names one, so schedules without calendars pay nothing.
 */
export function resolveCalendars(
  activities: readonly ScheduleActivity[],
  options: ScheduleOptions,
  projectStart: number,
): (number[] | undefined)[] | ScheduleError | null {
  let perActivity: (number[] | undefined)[] | null = null;
  const parsed = new Map<string, number[]>();
  for (let i = 0; i < activities.length; i += 1) {
    const activity = activities[i];
    const name = activity?.calendar ?? (activity?.milestone ? options.milestoneCalendar : undefined);
    if (name == null) continue;
    let days = parsed.get(name);
    if (!days) {
      const absolute = parseCalendar(options.calendars?.[name] ?? []);
      if (typeof absolute === 'string')
        return invalid(null, 'calendars', `De kalender '${name}' bevat een ongeldige datum: '${absolute}'.`);
      days = absolute.map((day) => day - projectStart);
      parsed.set(name, days);
    }
    perActivity ??= new Array(activities.length);
    perActivity[i] = days;
  }
  return perActivity;
}

// Parsed calendars by list: 30,000 plans share one council calendar, and parsing its dates per plan doubled
// the time of the bench. Calendars are treated as immutable: pass a new list to change one.
const parsedLists = new WeakMap<readonly string[], number[]>();

/** Sorted day numbers of a list of ISO dates, or the first date that is not one. */
function parseCalendar(dates: readonly string[]): number[] | string {
  const cached = parsedLists.get(dates);
  if (cached) return cached;
  const days: number[] = [];
  for (const date of dates) {
    const day = parseIsoDay(date);
    if (day === null) return date;
    days.push(day);
  }
  days.sort((x, y) => x - y);
  parsedLists.set(dates, days);
  return days;
}

/** The first calendar day on or after `day`, or null when the calendar has none. */
export function nextCalendarDay(days: readonly number[], day: number): number | null {
  return days[lowerBound(days, day)] ?? null;
}

/** The last calendar day on or before `day`, or null when the calendar has none. */
export function previousCalendarDay(days: readonly number[], day: number): number | null {
  return days[lowerBound(days, day + 1) - 1] ?? null;
}

/**
 * Calendar dates as whole days since 1970-01-01, computed with integer arithmetic (H. Hinnant, "chrono-compatible
 * low-level date algorithms") instead of `Date`: no time zone or daylight saving can shift a day, and the
 * schedule engine formats tens of thousands of dates per second.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of a proleptic Gregorian date. */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The day number of an ISO date (`YYYY-MM-DD`), or null when it is not a real date (`2027-02-30`). */
export function parseIsoDay(iso: string): number | null {
  const match = ISO_DATE.exec(iso);
  if (!match) return null;
  const day = daysFromCivil(Number(match[1]), Number(match[2]), Number(match[3]));
  return formatIsoDay(day) === iso ? day : null;
}

// Formatted dates of 1970–2109, filled as used: schedules of 30,000 plans then share their date strings
// instead of building 2.4 million of them (issue 4 bench).
const CACHED_DAYS = 51_135;
let cache: string[] | null = null;

/** The ISO date (`YYYY-MM-DD`) of a day number. */
export function formatIsoDay(days: number): string {
  if (days >= 0 && days < CACHED_DAYS && Number.isInteger(days)) {
    cache ??= new Array<string>(CACHED_DAYS).fill('');
    const cached = cache[days];
    if (cached) return cached;
    const formatted = buildIsoDay(days);
    cache[days] = formatted;
    return formatted;
  }
  return buildIsoDay(days);
}

function buildIsoDay(days: number): string {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/** Parses an ISO date the caller has validated; a programming error otherwise. */
export function requireIsoDay(iso: string): number {
  const day = parseIsoDay(iso);
  if (day === null) throw new RangeError(`Not an ISO date (YYYY-MM-DD): ${iso}`);
  return day;
}

/**
 * A date some weeks later (or earlier, when negative); fractional weeks round to whole days. Schedules count in
 * weeks from the project start, the Gantt and the monitor need dates.
 * @example addWeeks('2028-02-26', 1) // '2028-03-04' (2028 is a leap year)
 */
export function addWeeks(isoDate: string, weeks: number): string {
  return formatIsoDay(requireIsoDay(isoDate) + Math.round(weeks * 7));
}

/** Weeks from one ISO date to another (fractional when the days are not a multiple of 7). */
export function weeksBetween(from: string, to: string): number {
  return (requireIsoDay(to) - requireIsoDay(from)) / 7;
}

/** Index of the first entry of a sorted list that is ≥ value, or the list's length when there is none. */
export function lowerBound(sorted: ArrayLike<number | string>, value: number | string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number | string) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The first date on or after `isoDate` in a sorted list of ISO dates, or null when the list has none: a council
 * decision can only be taken at a council meeting (issue 4, item 2).
 * @example snapToCalendar('2027-06-28', ['2027-06-01', '2027-07-08']) // '2027-07-08'
 */
export function snapToCalendar(isoDate: string, dates: readonly string[]): string | null {
  return dates[lowerBound(dates, isoDate)] ?? null;
}

/** Dates and times of meetings in Dutch, always in Europe/Amsterdam (style.md "Time"). */
const ZONE = 'Europe/Amsterdam';
const day = new Intl.DateTimeFormat('nl-NL', {
  timeZone: ZONE,
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
const shortDay = new Intl.DateTimeFormat('nl-NL', {
  timeZone: ZONE,
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
const time = new Intl.DateTimeFormat('nl-NL', { timeZone: ZONE, hour: '2-digit', minute: '2-digit' });
const numeric = new Intl.DateTimeFormat('nl-NL', {
  timeZone: ZONE,
  day: '2-digit',
  month: '2-digit',
  year: '2-digit',
});

/** `donderdag 21 januari 2027, 14:00–16:00 uur`. */
export function formatMeetingTime(startsAt: string, endsAt: string): string {
  return `${day.format(new Date(startsAt))}, ${time.format(new Date(startsAt))}–${time.format(new Date(endsAt))} uur`;
}

/** `21 januari 2027`. */
export function formatMeetingDay(startsAt: string): string {
  return shortDay.format(new Date(startsAt));
}

/** The cover sheet's date column: `05-12-24`. */
export function formatSheetDate(date: string | null): string {
  if (!date) return '–';
  return numeric.format(new Date(`${date}T12:00:00Z`)).replaceAll('/', '-');
}

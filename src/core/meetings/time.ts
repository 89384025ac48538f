/**
 * Meeting times: stored in UTC, entered and shown in Europe/Amsterdam (style.md "Time"). Uses Intl, which both
 * Node and the browser carry with the time-zone database, so daylight saving follows the real rules.
 */
const ZONE = 'Europe/Amsterdam';

const partsFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** The wall-clock date (`2025-02-20`) and time (`14:00`) in Amsterdam of an instant. */
export function toAmsterdam(instant: Date): { date: string; time: string } {
  const part = (type: string) =>
    partsFormat.formatToParts(instant).find((p) => p.type === type)?.value ?? '00';
  return {
    date: `${part('year')}-${part('month')}-${part('day')}`,
    time: `${part('hour')}:${part('minute')}`,
  };
}

/** Minutes Amsterdam is ahead of UTC at an instant (60 in winter, 120 in summer). */
function offsetMinutes(instant: Date): number {
  const { date, time } = toAmsterdam(instant);
  const wall = Date.parse(`${date}T${time}:00Z`);
  return Math.round((wall - Math.floor(instant.getTime() / 60_000) * 60_000) / 60_000);
}

/** The instant of an Amsterdam wall-clock date and time (`2025-02-20`, `14:00` → 13:00 UTC). */
export function fromAmsterdam(date: string, time: string): Date {
  const asUtc = Date.parse(`${date}T${time}:00Z`);
  const first = offsetMinutes(new Date(asUtc));
  const instant = new Date(asUtc - first * 60_000);
  const second = offsetMinutes(instant);
  return second === first ? instant : new Date(asUtc - second * 60_000);
}

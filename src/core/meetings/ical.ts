/**
 * iCalendar (RFC 5545) for meetings: one event as an invitation, or a table's meetings as a calendar feed.
 * Pure: the caller passes the clock (`now`) and the events.
 * https://www.rfc-editor.org/rfc/rfc5545 — lines end in CRLF (§3.1), are folded at 75 octets (§3.1), TEXT values
 * escape backslash, semicolon, comma and newline (§3.3.11); times are UTC ("Z", §3.3.5 form #2).
 */

/** One meeting as a VEVENT. */
export interface CalendarEvent {
  /** Globally unique and stable across exports (§3.8.4.7), e.g. `<meeting id>@woonregie`. */
  uid: string;
  start: Date;
  end: Date;
  summary: string;
  description?: string;
  location?: string;
  url?: string;
  /** Raised on every change, so calendars replace the earlier copy (§3.8.7.4). */
  sequence?: number;
  lastModified?: Date;
}

export interface Calendar {
  /** The product that wrote it (§3.7.3). */
  prodId: string;
  /** Shown as the calendar's name by most clients (X-WR-CALNAME). */
  name?: string;
  events: readonly CalendarEvent[];
  /** DTSTAMP of every event: when this file was written. */
  now: Date;
}

const encoder = new TextEncoder();

/** Escapes a TEXT value (§3.3.11): `\` `;` `,` and newlines. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** A UTC DATE-TIME: `20250220T130000Z`. */
export function formatUtc(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/**
 * Folds a content line so no line exceeds 75 octets (§3.1): continuation lines start with one space, which
 * counts towards their 75. A multi-byte UTF-8 character is never split.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function eventLines(event: CalendarEvent, now: Date): string[] {
  const lines = [
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${formatUtc(now)}`,
    `DTSTART:${formatUtc(event.start)}`,
    `DTEND:${formatUtc(event.end)}`,
    `SUMMARY:${escapeText(event.summary)}`,
  ];
  if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  if (event.url) lines.push(`URL:${event.url}`);
  if (event.lastModified) lines.push(`LAST-MODIFIED:${formatUtc(event.lastModified)}`);
  lines.push(`SEQUENCE:${event.sequence ?? 0}`, 'STATUS:CONFIRMED', 'END:VEVENT');
  return lines;
}

/** The whole VCALENDAR as text, CRLF line endings, folded. */
export function formatCalendar(calendar: Calendar): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${calendar.prodId}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  if (calendar.name) lines.push(`X-WR-CALNAME:${escapeText(calendar.name)}`);
  lines.push('X-WR-TIMEZONE:Europe/Amsterdam');
  for (const event of calendar.events) lines.push(...eventLines(event, calendar.now));
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

import { describe, expect, test } from 'vitest';
import { escapeText, foldLine, formatCalendar, formatUtc } from './ical';

const octets = (s: string) => new TextEncoder().encode(s).length;

describe('escapeText (RFC 5545 §3.3.11)', () => {
  test.each([
    ['BO Bouwen en Wonen', 'BO Bouwen en Wonen'],
    ['Gooi, Vecht; regio', 'Gooi\\, Vecht\\; regio'],
    ['pad\\map', 'pad\\\\map'],
    ['regel 1\nregel 2', 'regel 1\\nregel 2'],
    ['regel 1\r\nregel 2', 'regel 1\\nregel 2'],
  ])('%j → %j', (input, expected) => {
    expect(escapeText(input)).toBe(expected);
  });
});

describe('formatUtc (§3.3.5, form #2)', () => {
  test.each([
    ['2025-02-20T13:00:00.000Z', '20250220T130000Z'],
    ['2026-12-31T23:59:59.999Z', '20261231T235959Z'],
  ])('%s → %s', (iso, expected) => {
    expect(formatUtc(new Date(iso))).toBe(expected);
  });
});

describe('foldLine (§3.1: at most 75 octets a line)', () => {
  test.each([
    ['short', 10, 1],
    ['exactly 75', 75, 1],
    ['76 octets', 76, 2],
    ['long', 300, 5],
  ])('%s (%i ASCII octets) → %i line(s)', (_label, length, lines) => {
    const folded = foldLine('x'.repeat(length));
    const parts = folded.split('\r\n');
    expect(parts).toHaveLength(lines);
    for (const part of parts) expect(octets(part)).toBeLessThanOrEqual(75);
    expect(parts.slice(1).every((part) => part.startsWith(' '))).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe('x'.repeat(length));
  });

  test('never splits a multi-byte character (é is 2 octets, € is 3)', () => {
    const line = `SUMMARY:${'é€'.repeat(40)}`;
    const parts = foldLine(line).split('\r\n');
    for (const part of parts) expect(octets(part)).toBeLessThanOrEqual(75);
    expect(parts.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line);
  });
});

describe('formatCalendar', () => {
  const now = new Date('2026-11-23T10:00:00Z');
  const event = {
    uid: 'abc@woonregie',
    start: new Date('2027-01-14T13:00:00Z'),
    end: new Date('2027-01-14T15:00:00Z'),
    summary: 'BO Bouwen en Wonen',
    location: 'Regiokantoor, Hilversum',
    description: `Agenda:\n1. ${'Knelpunt netcongestie Stationsgebied Hilversum, '.repeat(3)}`,
    sequence: 2,
  };
  const text = formatCalendar({ prodId: '-//Woonregie//NL', name: 'BO; feed', events: [event], now });
  const lines = text.split('\r\n');

  test('CRLF everywhere, ends with CRLF, no bare LF, every line ≤ 75 octets', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of lines) expect(octets(line)).toBeLessThanOrEqual(75);
  });

  test('the required properties, escaped, in a VCALENDAR', () => {
    const unfolded = text.replace(/\r\n /g, '');
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(unfolded).toContain('VERSION:2.0\r\nPRODID:-//Woonregie//NL');
    expect(unfolded).toContain('X-WR-CALNAME:BO\\; feed');
    expect(unfolded).toContain('UID:abc@woonregie');
    expect(unfolded).toContain('DTSTAMP:20261123T100000Z');
    expect(unfolded).toContain('DTSTART:20270114T130000Z');
    expect(unfolded).toContain('DTEND:20270114T150000Z');
    expect(unfolded).toContain('LOCATION:Regiokantoor\\, Hilversum');
    expect(unfolded).toContain('DESCRIPTION:Agenda:\\n1. Knelpunt netcongestie');
    expect(unfolded).toContain('SEQUENCE:2');
    expect(lines.at(-2)).toBe('END:VCALENDAR');
  });

  test('a feed without events is still a valid calendar', () => {
    const empty = formatCalendar({ prodId: '-//Woonregie//NL', events: [], now });
    expect(empty).toBe(
      'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Woonregie//NL\r\nCALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\nX-WR-TIMEZONE:Europe/Amsterdam\r\nEND:VCALENDAR\r\n',
    );
  });
});

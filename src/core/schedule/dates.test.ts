import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { addWeeks, formatIsoDay, parseIsoDay, snapToCalendar, weeksBetween } from './dates';

describe('schedule dates', () => {
  test.each([
    ['2027-01-04', 0, '2027-01-04'],
    ['2027-01-04', 4, '2027-02-01'],
    ['2027-01-04', 25, '2027-06-28'],
    ['2028-02-26', 1, '2028-03-04'], // 2028 is a leap year
    ['2027-02-26', 1, '2027-03-05'],
    ['2026-12-28', 1, '2027-01-04'],
    ['2027-01-04', -1, '2026-12-28'],
    ['2027-01-04', 1.5, '2027-01-15'], // 10.5 days round to 11
  ])('addWeeks(%s, %d) = %s', (from, weeks, to) => {
    expect(addWeeks(from, weeks)).toBe(to);
  });

  test.each(['2027-02-29', '2027-13-01', '2027-1-4', '04-01-2027', '', '2027-01-04T00:00:00Z'])(
    '%j is not an ISO date',
    (text) => {
      expect(parseIsoDay(text)).toBeNull();
      expect(() => addWeeks(text, 1)).toThrow(RangeError);
    },
  );

  test('day numbers agree with Date in UTC, 1900–2200', () => {
    fc.assert(
      fc.property(fc.integer({ min: -25_567, max: 84_000 }), (day) => {
        const iso = new Date(day * 86_400_000).toISOString().slice(0, 10);
        expect(formatIsoDay(day)).toBe(iso);
        expect(parseIsoDay(iso)).toBe(day);
      }),
    );
  });

  test('weeksBetween counts days / 7', () => {
    expect(weeksBetween('2027-01-04', '2027-06-28')).toBe(25);
    expect(weeksBetween('2027-01-04', '2027-01-07')).toBeCloseTo(3 / 7);
  });

  const council = ['2027-01-28', '2027-03-11', '2027-04-22'];
  test.each([
    ['2027-01-01', '2027-01-28'],
    ['2027-01-28', '2027-01-28'], // on the day itself
    ['2027-01-29', '2027-03-11'],
    ['2027-04-22', '2027-04-22'],
    ['2027-04-23', null], // no meeting known yet
  ])('snapToCalendar(%s) = %s', (date, expected) => {
    expect(snapToCalendar(date, council)).toBe(expected);
  });

  test('snapToCalendar on an empty calendar is null', () => {
    expect(snapToCalendar('2027-01-01', [])).toBeNull();
  });
});

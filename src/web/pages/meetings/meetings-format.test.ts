import { expect, test } from 'vitest';
import { formatMeetingTime, formatSheetDate } from './meetings-format';

test.each([
  ['2027-01-21T13:00:00.000Z', '2027-01-21T15:00:00.000Z', 'donderdag 21 januari 2027, 14:00–16:00 uur'],
  ['2026-06-11T07:30:00.000Z', '2026-06-11T09:00:00.000Z', 'donderdag 11 juni 2026, 09:30–11:00 uur'],
])('%s → %s', (start, end, expected) => {
  expect(formatMeetingTime(start, end)).toBe(expected);
});

test('the cover sheet writes dates as on the memo', () => {
  expect(formatSheetDate('2024-12-05')).toBe('05-12-24');
  expect(formatSheetDate(null)).toBe('–');
});

import { describe, expect, test } from 'vitest';
import { nthWeekday } from './demo-calendar';

describe('demo council calendar', () => {
  test.each([
    [2026, 11, '2026-11-19'],
    [2026, 1, '2026-01-15'],
    [2027, 9, '2027-09-16'],
  ])('the third Thursday of %i-%i is %s', (year, month, expected) => {
    expect(nthWeekday(year, month, 4, 3)).toBe(expected);
    expect(new Date(`${expected}T00:00:00Z`).getUTCDay()).toBe(4);
  });
});

import { expect, test } from 'vitest';
import { fromAmsterdam, toAmsterdam } from './time';

test.each([
  ['winter (CET, +1)', '2025-02-20', '14:00', '2025-02-20T13:00:00.000Z'],
  ['summer (CEST, +2)', '2026-06-11', '09:30', '2026-06-11T07:30:00.000Z'],
  ['just after the spring change', '2026-03-29', '03:00', '2026-03-29T01:00:00.000Z'],
  ['late evening crosses the UTC date', '2026-12-31', '23:30', '2026-12-31T22:30:00.000Z'],
])('%s: %s %s ⇄ %s', (_label, date, time, iso) => {
  expect(fromAmsterdam(date, time).toISOString()).toBe(iso);
  expect(toAmsterdam(new Date(iso))).toEqual({ date, time });
});

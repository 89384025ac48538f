import { describe, expect, test } from 'vitest';
import { compareSchedules, formatWeeks } from './compare';
import { computeSchedule } from './compute';
import { EXAMPLE } from './test-data';
import type { ScheduleActivity, ScheduleOk } from './types';

const names = { a: 'de planning van de gemeente', b: 'de planning van de corporatie' };

/** The corporation's version: Participatie 10 weeks, Aanbesteding gone, Intentieovereenkomst SS on a, a Bouwteam. */
const corporation: ScheduleActivity[] = [
  ...EXAMPLE.filter((a) => a.key !== 'f').map((a) => {
    if (a.key === 'c') return { ...a, durationWeeks: 10 };
    if (a.key === 'b') return { ...a, dependsOn: [{ key: 'a', type: 'SS' as const, lagWeeks: 2 }] };
    return a;
  }),
  {
    key: 'g',
    name: 'Bouwteam',
    phase: 'elaboration',
    durationWeeks: 12,
    dependsOn: [{ key: 'e', type: 'FS', lagWeeks: 0 }],
  },
];

describe('compareSchedules: two plannings side by side (issue 4, item 4)', () => {
  test('missing activities, durations and dependencies, with Dutch labels', () => {
    expect(compareSchedules(EXAMPLE, corporation, { names }).map((d) => [d.kind, d.key, d.label])).toEqual([
      [
        'dependencies',
        'b',
        "Afhankelijkheden van 'Intentieovereenkomst' verschillen; alleen in de planning van de gemeente: na 'Principeverzoek'; alleen in de planning van de corporatie: 2 weken na de start van 'Principeverzoek'.",
      ],
      [
        'duration',
        'c',
        "Duur van 'Participatie': 8 weken in de planning van de gemeente, 10 weken in de planning van de corporatie.",
      ],
      ['missing', 'f', "'Aanbesteding' ontbreekt in de planning van de corporatie."],
      ['missing', 'g', "'Bouwteam' ontbreekt in de planning van de gemeente."],
    ]);
  });

  test('computed schedules add the dates that diverge by more than the tolerance', () => {
    const a = computeSchedule(EXAMPLE, { start: '2027-01-04' }) as ScheduleOk;
    const b = computeSchedule(corporation, { start: '2027-01-04' }) as ScheduleOk;
    // Corporation: b 2–8, c 2–12, d 13–25, e 27; so d and e end 2 weeks later, b 2 weeks earlier, c 2 later.
    const dates = compareSchedules(a, b, { names, toleranceWeeks: 1 }).filter((d) => d.kind === 'dates');
    expect(dates.map((d) => d.kind === 'dates' && [d.key, d.startWeeks, d.endWeeks])).toEqual([
      ['b', -2, -2],
      ['c', 0, 2],
      ['d', 2, 2],
      ['e', 2, 2],
    ]);
    expect(dates[3]?.label).toBe(
      "Data van 'Raadsbesluit' wijken af: 28 juni 2027 – 28 juni 2027 in de planning van de gemeente, 12 juli 2027 – 12 juli 2027 in de planning van de corporatie (einde 2 weken later in de planning van de corporatie).",
    );
    expect(compareSchedules(a, b, { toleranceWeeks: 2 }).some((d) => d.kind === 'dates')).toBe(false);
  });

  test('identical plannings have no differences', () => {
    expect(compareSchedules(EXAMPLE, EXAMPLE)).toEqual([]);
  });

  test.each([
    [1, '1 week'],
    [2, '2 weken'],
    [-2.5, '2,5 weken'],
    [10 / 7, '1,4 weken'],
  ])('formatWeeks(%d) = %s', (weeks, text) => {
    expect(formatWeeks(weeks)).toBe(text);
  });
});

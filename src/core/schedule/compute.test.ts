import { describe, expect, test } from 'vitest';
import { computeSchedule } from './compute';
import { EXAMPLE, withActivity } from './test-data';
import type { ScheduleOk, ScheduleResult } from './types';

const START = { start: '2027-01-04' };

function ok(result: ScheduleResult): ScheduleOk {
  if (!result.ok) throw new Error(result.message);
  return result;
}
const row = (s: ScheduleOk, key: string) => s.activities.find((a) => a.key === key);

describe('computeSchedule: the hand-checked example (test-data.ts)', () => {
  const schedule = ok(computeSchedule(EXAMPLE, START));

  test.each([
    // key, start week, end week, start, end, total float, critical
    ['a', 0, 4, '2027-01-04', '2027-02-01', 0, true],
    ['b', 4, 10, '2027-02-01', '2027-03-15', 1, false],
    ['c', 2, 10, '2027-01-18', '2027-03-15', 0, true],
    ['d', 11, 23, '2027-03-22', '2027-06-14', 0, true],
    ['e', 25, 25, '2027-06-28', '2027-06-28', 0, true],
    ['f', 10, 20, '2027-03-15', '2027-05-24', 5, false],
  ])('%s: weeks %d–%d, %s – %s, float %d', (key, startWeek, endWeek, start, end, float, critical) => {
    expect(row(schedule, key)).toMatchObject({
      startWeek,
      endWeek,
      start,
      end,
      totalFloatWeeks: float,
      critical,
    });
  });

  test('project dates, duration and critical path', () => {
    expect(schedule).toMatchObject({ start: '2027-01-04', end: '2027-06-28', durationWeeks: 25 });
    expect(schedule.criticalPath).toEqual(['a', 'c', 'd', 'e']);
    expect(schedule.activities.map((a) => a.key)).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
  });

  test('the input order does not matter', () => {
    const reversed = ok(computeSchedule([...EXAMPLE].reverse(), START));
    expect([...reversed.activities].reverse()).toEqual(schedule.activities);
    expect(reversed.criticalPath).toEqual(schedule.criticalPath);
  });

  test('optional fields are filled in', () => {
    expect(row(schedule, 'a')).toMatchObject({
      party: null,
      roles: [],
      milestone: false,
      calendar: null,
      snap: null,
    });
  });

  test('an empty schedule ends where it starts', () => {
    expect(computeSchedule([], START)).toEqual({
      ok: true,
      activities: [],
      start: '2027-01-04',
      end: '2027-01-04',
      durationWeeks: 0,
      criticalPath: [],
    });
  });
});

describe('computeSchedule refuses what it cannot plan, in Dutch', () => {
  test('a cycle, with the activities in dependency order', () => {
    const result = computeSchedule(
      withActivity('a', { dependsOn: [{ key: 'd', type: 'FS', lagWeeks: 0 }] }),
      START,
    );
    expect(result).toEqual({
      ok: false,
      error: 'cycle',
      cycle: [
        { key: 'b', name: 'Intentieovereenkomst' },
        { key: 'd', name: 'Ontwerp omgevingsplan' },
        { key: 'a', name: 'Principeverzoek' },
      ],
      message:
        'De afhankelijkheden vormen een kring: Intentieovereenkomst → Ontwerp omgevingsplan → Principeverzoek → Intentieovereenkomst.',
    });
  });

  test('an activity depending on itself', () => {
    const result = computeSchedule(
      withActivity('f', { dependsOn: [{ key: 'f', type: 'SS', lagWeeks: 0 }] }),
      START,
    );
    expect(result).toMatchObject({
      error: 'cycle',
      message: 'De afhankelijkheden vormen een kring: Aanbesteding → Aanbesteding.',
    });
  });

  test('an unknown dependency', () => {
    const result = computeSchedule(
      withActivity('f', { dependsOn: [{ key: 'x', type: 'FS', lagWeeks: 0 }] }),
      START,
    );
    expect(result).toEqual({
      ok: false,
      error: 'unknownDependency',
      activity: 'f',
      dependency: 'x',
      message: "'Aanbesteding' hangt af van 'x', maar die activiteit staat niet in de planning.",
    });
  });

  test('a duplicate key', () => {
    const twice = [...EXAMPLE, { ...EXAMPLE[0], key: 'a', name: 'Tweede principeverzoek' }];
    expect(computeSchedule(twice as typeof EXAMPLE, START)).toEqual({
      ok: false,
      error: 'duplicateKey',
      activity: 'a',
      message:
        "'Principeverzoek' en 'Tweede principeverzoek' hebben dezelfde sleutel 'a'; elke activiteit heeft een eigen sleutel.",
    });
  });

  test.each([
    ['a fractional duration', withActivity('b', { durationWeeks: 2.5 }), 'b', 'durationWeeks'],
    ['a negative duration', withActivity('b', { durationWeeks: -1 }), 'b', 'durationWeeks'],
    [
      'a negative lag',
      withActivity('b', { dependsOn: [{ key: 'a', type: 'FS', lagWeeks: -2 }] }),
      'b',
      'lagWeeks',
    ],
    ['an actual end without start', withActivity('a', { actualEnd: '2027-02-01' }), 'a', 'actualStart'],
    ['an impossible date', withActivity('a', { actualStart: '2027-02-30' }), 'a', 'actualStart'],
    [
      'an end before the start',
      withActivity('a', { actualStart: '2027-02-01', actualEnd: '2027-01-31' }),
      'a',
      'actualEnd',
    ],
  ])('%s', (_, activities, activity, field) => {
    const result = computeSchedule(activities, START);
    expect(result).toMatchObject({ ok: false, error: 'invalidValue', activity, field });
    expect(!result.ok && result.message).toMatch(/'(Principeverzoek|Intentieovereenkomst)'/);
  });

  test.each([
    [{ start: '4-1-2027' }, 'start', 'De startdatum van de planning is geen geldige datum (JJJJ-MM-DD).'],
    [{ ...START, today: 'vandaag' }, 'today', 'De peildatum is geen geldige datum (JJJJ-MM-DD).'],
  ])('invalid options %j', (options, field, message) => {
    expect(computeSchedule(EXAMPLE, options)).toEqual({
      ok: false,
      error: 'invalidValue',
      activity: null,
      field,
      message,
    });
  });
});

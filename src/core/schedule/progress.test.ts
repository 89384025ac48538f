import { describe, expect, test } from 'vitest';
import { computeSchedule } from './compute';
import { compareWithBaseline, findCriticalDelays, isCriticalDelay } from './progress';
import { EXAMPLE, withActivity } from './test-data';
import type { ScheduleOk, ScheduleResult } from './types';

function ok(result: ScheduleResult): ScheduleOk {
  if (!result.ok) throw new Error(result.message);
  return result;
}
const weeks = (s: ScheduleOk) =>
  Object.fromEntries(s.activities.map((a) => [a.key, [a.startWeek, a.endWeek]]));
const baseline = ok(computeSchedule(EXAMPLE, { start: '2027-01-04' }));

describe('progress: actual dates push the successors (issue 4, item 7)', () => {
  // Principeverzoek took 6 weeks instead of 4: b 6–12, d 12–24, e 26, f 12–22; c (SS a + 2) keeps 2–10.
  const late = withActivity('a', { actualStart: '2027-01-04', actualEnd: '2027-02-15' });
  const current = ok(computeSchedule(late, { start: '2027-01-04' }));

  test('the dates', () => {
    expect(weeks(current)).toEqual({
      a: [0, 6],
      b: [6, 12],
      c: [2, 10],
      d: [12, 24],
      e: [26, 26],
      f: [12, 22],
    });
    expect(current.end).toBe('2027-07-05');
    expect(current.criticalPath).toEqual(['a', 'b', 'd', 'e']);
  });

  test('slip against the baseline, and which delays are critical', () => {
    const comparison = compareWithBaseline(baseline, current);
    expect(comparison.projectSlipWeeks).toBe(1);
    expect(comparison.activities.map((a) => [a.key, a.slipWeeks, a.critical])).toEqual([
      ['a', 2, true],
      ['b', 2, true],
      ['c', 0, false],
      ['d', 1, true],
      ['e', 1, true],
      ['f', 2, false],
    ]);
    expect(findCriticalDelays(comparison).map((a) => a.key)).toEqual(['a', 'b', 'd', 'e']);
    expect(comparison.activities.filter(isCriticalDelay)).toHaveLength(4);
    expect(comparison).toMatchObject({
      added: [],
      removed: [],
      baselineEnd: '2027-06-28',
      end: '2027-07-05',
    });
  });

  test('added and removed activities are listed, not compared', () => {
    const fewer = ok(
      computeSchedule(
        EXAMPLE.filter((a) => a.key !== 'f'),
        { start: '2027-01-04' },
      ),
    );
    expect(compareWithBaseline(baseline, fewer)).toMatchObject({
      added: [],
      removed: ['f'],
      projectSlipWeeks: 0,
    });
    expect(compareWithBaseline(fewer, baseline)).toMatchObject({ added: ['f'], removed: [] });
  });

  test('started without an actual end: runs its duration, or until today', () => {
    const started = withActivity('a', { actualStart: '2027-01-04' });
    const early = ok(computeSchedule(started, { start: '2027-01-04', today: '2027-01-18' }));
    expect(early.activities[0]).toMatchObject({ startWeek: 0, endWeek: 4 });
    // On 15 February (week 6) it is still running, and Participatie has not started: it starts today.
    const now = ok(computeSchedule(started, { start: '2027-01-04', today: '2027-02-15' }));
    expect(weeks(now)).toEqual({ a: [0, 6], b: [6, 12], c: [6, 14], d: [15, 27], e: [29, 29], f: [12, 22] });
    expect(now.criticalPath).toEqual(['c', 'd', 'e']); // c's start is fixed by today, not by a link
  });

  test('a successor that started early no longer waits for its predecessor', () => {
    const started = withActivity('d', { actualStart: '2027-03-15' }); // week 10, before c allows (11)
    const current2 = ok(computeSchedule(started, { start: '2027-01-04' }));
    expect(weeks(current2).d).toEqual([10, 22]);
    expect(current2.activities.every((a) => a.totalFloatWeeks >= 0)).toBe(true);
    expect(current2.criticalPath).toEqual(['d', 'e']);
  });
});

describe('calendars: a council decision waits for the next council meeting (issue 4, item 2)', () => {
  const council = ['2027-06-01', '2027-07-08', '2027-09-30'];
  const decision = withActivity('e', { calendar: 'council' });

  test('moves to the next meeting; its predecessors gain the waiting time as float', () => {
    const s = ok(computeSchedule(decision, { start: '2027-01-04', calendars: { council } }));
    const e = s.activities.find((a) => a.key === 'e');
    expect(e).toMatchObject({
      start: '2027-07-08',
      end: '2027-07-08',
      critical: true,
      snap: { calendar: 'council', earliest: '2027-06-28', date: '2027-07-08' },
    });
    expect(e?.startWeek).toBeCloseTo(185 / 7);
    expect(s.end).toBe('2027-07-08');
    expect(s.activities.find((a) => a.key === 'd')?.totalFloatWeeks).toBeCloseTo(10 / 7);
    expect(s.criticalPath).toEqual(['e']);
  });

  test.each([
    ['no later meeting', { council: ['2027-06-01'] }],
    ['an unknown calendar', {}],
  ])('%s: stays at its earliest start', (_, calendars) => {
    const s = ok(computeSchedule(decision, { start: '2027-01-04', calendars }));
    expect(s.activities.find((a) => a.key === 'e')).toMatchObject({
      start: '2027-06-28',
      snap: { calendar: 'council', earliest: '2027-06-28', date: null },
    });
    expect(s.criticalPath).toEqual(['a', 'c', 'd', 'e']);
  });

  test('an invalid meeting date is refused', () => {
    expect(computeSchedule(decision, { start: '2027-01-04', calendars: { council: ['8 juli'] } })).toEqual({
      ok: false,
      error: 'invalidValue',
      activity: null,
      field: 'calendars',
      message: "De kalender 'council' bevat een ongeldige datum: '8 juli'.",
    });
  });
});

describe('holiday periods: a decision without its own calendar follows the milestone calendar', () => {
  // The days outside a summer recess of 2027-06-26 up to and including 2027-08-31.
  const besluit = ['2027-06-21', '2027-06-22', '2027-06-25', '2027-09-01', '2027-09-02'];

  test('a milestone whose earliest day falls in the recess moves to the first day after it', () => {
    const milestone = withActivity('e', { milestone: true });
    const s = ok(
      computeSchedule(milestone, {
        start: '2027-01-04',
        calendars: { besluit },
        milestoneCalendar: 'besluit',
      }),
    );
    expect(s.activities.find((a) => a.key === 'e')).toMatchObject({
      start: '2027-09-01',
      snap: { calendar: 'besluit', earliest: '2027-06-28', date: '2027-09-01' },
    });
    // Without the option, or for an activity that is no milestone, nothing moves.
    const plain = ok(computeSchedule(milestone, { start: '2027-01-04', calendars: { besluit } }));
    expect(plain.activities.find((a) => a.key === 'e')?.start).toBe('2027-06-28');
    const work = ok(
      computeSchedule(withActivity('e', { milestone: false }), {
        start: '2027-01-04',
        calendars: { besluit },
        milestoneCalendar: 'besluit',
      }),
    );
    expect(work.activities.find((a) => a.key === 'e')?.start).toBe('2027-06-28');
  });

  test("a milestone's own calendar wins over the milestone calendar", () => {
    const council = ['2027-07-08'];
    const s = ok(
      computeSchedule(withActivity('e', { milestone: true, calendar: 'council' }), {
        start: '2027-01-04',
        calendars: { council, besluit },
        milestoneCalendar: 'besluit',
      }),
    );
    expect(s.activities.find((a) => a.key === 'e')?.start).toBe('2027-07-08');
  });
});

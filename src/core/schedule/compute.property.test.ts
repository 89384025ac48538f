import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { computeSchedule } from './compute';
import type { Link, ScheduleActivity, ScheduledActivity, ScheduleOk } from './types';

/** A random acyclic schedule: activity i depends on up to 3 earlier ones, FS or SS, lag 0–4; given shuffled. */
const dag = fc.integer({ min: 1, max: 25 }).chain((n) =>
  fc
    .tuple(
      ...Array.from({ length: n }, (_, i) =>
        fc.record({
          durationWeeks: fc.integer({ min: 0, max: 30 }),
          dependsOn:
            i === 0
              ? fc.constant([] as Link[])
              : fc.uniqueArray(
                  fc.record({
                    key: fc.integer({ min: 0, max: i - 1 }).map((p) => `a${p}`),
                    type: fc.constantFrom('FS' as const, 'SS' as const),
                    lagWeeks: fc.integer({ min: 0, max: 4 }),
                  }),
                  { selector: (l) => l.key, maxLength: 3 },
                ),
        }),
      ),
    )
    .map((parts) =>
      parts.map(
        (p, i): ScheduleActivity => ({ key: `a${i}`, name: `Activiteit ${i}`, phase: 'planning', ...p }),
      ),
    )
    .chain((activities) => fc.shuffledSubarray(activities, { minLength: n, maxLength: n })),
);

const START = { start: '2027-01-04' };
function schedule(activities: ScheduleActivity[]): ScheduleOk {
  const result = computeSchedule(activities, START);
  if (!result.ok) throw new Error(result.message);
  return result;
}
const byKey = (s: ScheduleOk) => new Map<string, ScheduledActivity>(s.activities.map((a) => [a.key, a]));
const allowedStart = (link: Link, p: ScheduledActivity) =>
  (link.type === 'FS' ? p.endWeek : p.startWeek) + link.lagWeeks;

describe('computeSchedule on random schedules (issue 4, done when)', () => {
  test('no activity starts before its predecessors allow', () => {
    fc.assert(
      fc.property(dag, (activities) => {
        const s = schedule(activities);
        const keyed = byKey(s);
        for (const a of s.activities) {
          expect(a.startWeek).toBeGreaterThanOrEqual(0);
          expect(a.endWeek).toBe(a.startWeek + a.durationWeeks);
          expect(a.totalFloatWeeks).toBeGreaterThanOrEqual(0);
          for (const link of a.dependsOn)
            expect(a.startWeek).toBeGreaterThanOrEqual(
              allowedStart(link, keyed.get(link.key) as ScheduledActivity),
            );
        }
      }),
    );
  });

  test("the critical path's length equals the schedule's duration", () => {
    fc.assert(
      fc.property(dag, (activities) => {
        const s = schedule(activities);
        const keyed = byKey(s);
        const chain = s.criticalPath.map((key) => keyed.get(key) as ScheduledActivity);
        // Walk the chain honouring its links: week 0, then each start from the previous activity's link.
        let start = 0;
        let end = 0;
        chain.forEach((a, i) => {
          const previous = chain[i - 1];
          if (previous) {
            const link = a.dependsOn.find((l) => l.key === previous.key) as Link;
            start = (link.type === 'FS' ? end : start) + link.lagWeeks;
          }
          expect(a.critical).toBe(true);
          expect(a.startWeek).toBe(start);
          end = start + a.durationWeeks;
        });
        expect(end).toBe(s.durationWeeks);
        expect(chain.at(-1)?.end).toBe(s.end);
        expect(Math.max(...s.activities.map((a) => a.endWeek))).toBe(s.durationWeeks);
      }),
    );
  });

  test('shortening a non-critical activity never changes the end date', () => {
    fc.assert(
      fc.property(dag, fc.nat(), fc.nat(), (activities, pick, cut) => {
        const s = schedule(activities);
        const floating = s.activities.filter((a) => !a.critical && a.durationWeeks > 0);
        fc.pre(floating.length > 0);
        const target = floating[pick % floating.length] as ScheduledActivity;
        const shorter = activities.map((a) =>
          a.key === target.key ? { ...a, durationWeeks: a.durationWeeks - 1 - (cut % a.durationWeeks) } : a,
        );
        expect(schedule(shorter).end).toBe(s.end);
        // Lengthening it within its float does not either.
        const longer = activities.map((a) =>
          a.key === target.key ? { ...a, durationWeeks: a.durationWeeks + target.totalFloatWeeks } : a,
        );
        expect(schedule(longer).end).toBe(s.end);
      }),
    );
  });

  test('a cycle is refused with the activities named', () => {
    fc.assert(
      fc.property(
        dag,
        fc.nat(),
        fc.array(fc.nat(), { minLength: 1, maxLength: 10 }),
        (activities, from, steps) => {
          // Walk back from an activity over random predecessors, then make the first depend on the last.
          const keyed = new Map(activities.map((a) => [a.key, a]));
          let last = activities[from % activities.length] as ScheduleActivity;
          for (const step of steps) {
            const links = last.dependsOn;
            if (links.length === 0) break;
            last = keyed.get((links[step % links.length] as Link).key) as ScheduleActivity;
          }
          const first = activities[from % activities.length] as ScheduleActivity;
          const backEdge: Link = { key: first.key, type: 'FS', lagWeeks: 0 };
          const cyclic = activities.map((a) =>
            a.key === last.key ? { ...a, dependsOn: [...a.dependsOn, backEdge] } : a,
          );
          const result = computeSchedule(cyclic, START);
          if (result.ok || result.error !== 'cycle') throw new Error('expected a cycle');
          const ring = result.cycle;
          expect(ring.length).toBeGreaterThan(0);
          ring.forEach((a, i) => {
            const next = ring[(i + 1) % ring.length] as { key: string };
            const dependent = cyclic.find((x) => x.key === next.key) as ScheduleActivity;
            expect(dependent.dependsOn.some((l) => l.key === a.key)).toBe(true);
            expect(result.message).toContain(a.name);
            expect(a.name).toBe(keyed.get(a.key)?.name);
          });
          expect(result.message).toMatch(/^De afhankelijkheden vormen een kring: .+ → .+\.$/);
        },
      ),
    );
  });

  test('sequential is never shorter than parallel (FS links become SS with lag ≤ the predecessor)', () => {
    fc.assert(
      fc.property(dag, fc.infiniteStream(fc.tuple(fc.boolean(), fc.nat())), (activities, choices) => {
        const durations = new Map(activities.map((a) => [a.key, a.durationWeeks]));
        const parallel = activities.map((a) => ({
          ...a,
          dependsOn: a.dependsOn.map((link): Link => {
            const [overlap, lag] = choices.next().value as [boolean, number];
            if (link.type !== 'FS' || !overlap) return link;
            return { key: link.key, type: 'SS', lagWeeks: lag % ((durations.get(link.key) as number) + 1) };
          }),
        }));
        expect(schedule(parallel).durationWeeks).toBeLessThanOrEqual(schedule(activities).durationWeeks);
      }),
    );
  });
});

import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { computeSchedule } from '../schedule';
import { ALL_ROUTE_MAP_ANSWERS, chooseTemplate, type RouteMapAnswers } from './templates';
import {
  applyScheduleChanges,
  describeChange,
  EXTRA_PARTICIPATION_KEY,
  type ScheduleChange,
  templateActivityChoices,
  templateToActivity,
  ZScheduleChanges,
} from './what-if';

const START = '2027-01-04';
const SITE_ZONING: RouteMapAnswers = {
  development: 'site',
  procedure: 'zoningPlanChange',
  preparation: 'sequential',
};

function fromTemplate(route: RouteMapAnswers) {
  return { route, activities: chooseTemplate(route).activities.map(templateToActivity) };
}

function endOf(activities: Parameters<typeof computeSchedule>[0]): number {
  const result = computeSchedule(activities, { start: START });
  if (!result.ok) throw new Error(result.message);
  return result.durationWeeks;
}

describe('what-if on a schedule', () => {
  test('switching the procedure rebuilds the schedule from the template of the new route', () => {
    const input = fromTemplate(SITE_ZONING);
    const result = applyScheduleChanges(input, [{ kind: 'procedure', procedure: 'outOfPlanPermit' }]);
    expect(result.route).toEqual({ ...SITE_ZONING, procedure: 'outOfPlanPermit' });
    const keys = result.activities.map((a) => a.key);
    expect(keys).toContain('besluit-bopa');
    expect(keys).not.toContain('raadsbesluit-omgevingsplan');
    expect(result.applied[0]).toMatch(/wijziging van het omgevingsplan naar buitenplanse/);
    expect(result.applied.join(' ')).toMatch(/Vervalt bij de nieuwe route: .*Raadsbesluit/i);
    // Unchanged plan = the template of the new route, so the end equals that template's.
    expect(endOf(result.activities)).toBe(endOf(fromTemplate(result.route as RouteMapAnswers).activities));
    expect(input.activities.map((a) => a.key)).toContain('raadsbesluit-omgevingsplan');
  });

  test("the plan's own durations, actual dates and added activities survive a switch", () => {
    const input = fromTemplate(SITE_ZONING);
    const activities = input.activities.map((a) =>
      a.key === 'realisatie'
        ? { ...a, durationWeeks: a.durationWeeks + 20 }
        : a.key === 'initiatief'
          ? { ...a, actualStart: '2027-01-04', actualEnd: '2027-03-01' }
          : a,
    );
    activities.push({
      key: 'bodemsanering',
      name: 'Bodemsanering',
      phase: 'elaboration',
      durationWeeks: 10,
      dependsOn: [
        { key: 'ontwerp', type: 'FS', lagWeeks: 0 },
        { key: 'terinzage-omgevingsplan', type: 'FS', lagWeeks: 0 },
      ],
      milestone: false,
    });
    const result = applyScheduleChanges({ ...input, activities }, [
      { kind: 'preparation', preparation: 'parallel' },
    ]);
    const byKey = new Map(result.activities.map((a) => [a.key, a]));
    const template = chooseTemplate(SITE_ZONING).activities.find((a) => a.key === 'realisatie');
    expect(byKey.get('realisatie')?.durationWeeks).toBe((template?.durationWeeks ?? 0) + 20);
    expect(byKey.get('initiatief')).toMatchObject({ actualStart: '2027-01-04', actualEnd: '2027-03-01' });
    expect(byKey.get('bodemsanering')?.dependsOn).toHaveLength(2);

    const toBopa = applyScheduleChanges({ ...input, activities }, [
      { kind: 'procedure', procedure: 'outOfPlanPermit' },
    ]);
    const kept = toBopa.activities.find((a) => a.key === 'bodemsanering');
    expect(kept?.dependsOn.map((l) => l.key)).toEqual(['ontwerp']);
    expect(toBopa.applied.join(' ')).toMatch(/Bodemsanering: afhankelijkheden .* weggelaten/);
    expect(computeSchedule(toBopa.activities, { start: START }).ok).toBe(true);
  });

  test('a switch to what the plan already uses, or without a route, changes nothing and says why', () => {
    const input = fromTemplate(SITE_ZONING);
    const same = applyScheduleChanges(input, [{ kind: 'procedure', procedure: 'zoningPlanChange' }]);
    expect(same.activities).toEqual(input.activities);
    expect(same.skipped).toEqual(['Deze planning gaat al uit van wijziging van het omgevingsplan.']);
    const bare = applyScheduleChanges({ ...input, route: null }, [
      { kind: 'preparation', preparation: 'parallel' },
    ]);
    expect(bare.skipped[0]).toMatch(/niet met de routekaart gemaakt/);
  });

  test('an extra participation round comes after the participation, before all that waited for it', () => {
    const input = fromTemplate(SITE_ZONING);
    const result = applyScheduleChanges(input, [{ kind: 'participationRound', weeks: 8 }]);
    const round = result.activities.find((a) => a.key === EXTRA_PARTICIPATION_KEY);
    expect(round).toMatchObject({
      durationWeeks: 8,
      dependsOn: [{ key: 'participatie', type: 'FS', lagWeeks: 0 }],
    });
    for (const activity of result.activities) {
      const waited = activity.dependsOn.some((l) => l.key === 'participatie' && l.type === 'FS');
      if (waited && activity.key !== EXTRA_PARTICIPATION_KEY) {
        expect(activity.dependsOn.map((l) => l.key)).toContain(EXTRA_PARTICIPATION_KEY);
      }
    }
    // Participation is on the critical path of this template: eight weeks more, eight weeks later.
    expect(endOf(result.activities)).toBe(endOf(input.activities) + 8);
    const twice = applyScheduleChanges(result, [{ kind: 'participationRound', weeks: 4 }]);
    expect(twice.activities.filter((a) => a.key === EXTRA_PARTICIPATION_KEY)).toHaveLength(1);
    expect(twice.activities.find((a) => a.key === EXTRA_PARTICIPATION_KEY)?.durationWeeks).toBe(12);
  });

  test('a longer activity lengthens it; a plan without that activity is not affected', () => {
    const input = fromTemplate(SITE_ZONING);
    const longer = applyScheduleChanges(input, [
      { kind: 'duration', activityKey: 'raadsvoorstel-omgevingsplan', deltaWeeks: 6 },
    ]);
    expect(longer.applied[0]).toMatch(/^Zienswijzen verwerken.*: 6 weken langer \(10 → 16 weken\)\.$/);
    expect(endOf(longer.activities)).toBeGreaterThan(endOf(input.activities));
    const permit = fromTemplate({ ...SITE_ZONING, procedure: 'buildingPermit' });
    const none = applyScheduleChanges(permit, [
      { kind: 'duration', activityKey: 'raadsvoorstel-omgevingsplan', deltaWeeks: 6 },
    ]);
    expect(none.activities).toEqual(permit.activities);
    expect(none.skipped[0]).toMatch(/geen activiteit 'raadsvoorstel-omgevingsplan'/);
    const shorter = applyScheduleChanges(input, [
      { kind: 'duration', activityKey: 'initiatief', deltaWeeks: -100 },
    ]);
    expect(shorter.activities.find((a) => a.key === 'initiatief')?.durationWeeks).toBe(0);
  });

  test('property: more weeks for any activity or participation never makes any template end earlier', () => {
    const choices = templateActivityChoices();
    fc.assert(
      fc.property(
        fc.constantFrom(...ALL_ROUTE_MAP_ANSWERS),
        fc.constantFrom(...choices.map((c) => c.key)),
        fc.integer({ min: 1, max: 52 }),
        (route, activityKey, weeks) => {
          const input = fromTemplate(route);
          const changes: ScheduleChange[] = [
            { kind: 'duration', activityKey, deltaWeeks: weeks },
            { kind: 'participationRound', weeks },
          ];
          const result = applyScheduleChanges(input, changes);
          return endOf(result.activities) >= endOf(input.activities);
        },
      ),
      { numRuns: 200 },
    );
  });

  test('changes are validated: at least one, each once, with Dutch messages', () => {
    expect(ZScheduleChanges.safeParse([]).error?.issues[0]?.message).toBe(
      'Kies minstens één wijziging om door te rekenen.',
    );
    const twice = ZScheduleChanges.safeParse([
      { kind: 'participationRound', weeks: 4 },
      { kind: 'participationRound', weeks: 6 },
    ]);
    expect(twice.error?.issues[0]?.message).toMatch(/maar één keer/);
    expect(
      ZScheduleChanges.safeParse([{ kind: 'duration', activityKey: 'ontwerp', deltaWeeks: 0 }]).error
        ?.issues[0]?.message,
    ).toMatch(/niet 0/);
    expect(
      describeChange(
        { kind: 'duration', activityKey: 'ontwerp', deltaWeeks: -3 },
        new Map([['ontwerp', 'Ontwerp']]),
      ),
    ).toBe('Ontwerp: 3 weken korter');
    expect(
      describeChange({ kind: 'duration', activityKey: 'raadsvoorstel-omgevingsplan', deltaWeeks: 8 }),
    ).toBe('Zienswijzen verwerken en raadsvoorstel: 8 weken langer');
  });
});

import { z } from 'zod';
import type { Link, ScheduleActivity } from '../schedule';
import {
  DEVELOPMENTS,
  PREPARATIONS,
  PROCEDURES,
  type Preparation,
  type Procedure,
  ROUTE_MAP_PHASES,
} from './schema';
import { chooseTemplate, type RouteMapAnswers, type TemplateActivity } from './templates';

/**
 * What-if changes to a plan's schedule (issue 4, item 5): a policy or template parameter changed, to see the
 * effect on the end date before anything is saved.
 * - `procedure`: the plan switches procedure (e.g. omgevingsplanwijziging → BOPA): the schedule is rebuilt from
 *   the route map's template for the new procedure, keeping what the plan's own schedule says.
 * - `preparation`: sequential ↔ parallel preparation, rebuilt the same way.
 * - `participationRound`: an extra participation round of `weeks` after the participation, before everything
 *   that waits for the participation.
 * - `duration`: an activity of the templates takes `deltaWeeks` longer (or shorter), e.g. a longer decision
 *   on the omgevingsplan. Plans without that activity are not affected.
 */
export const ZScheduleChange = z.discriminatedUnion(
  'kind',
  [
    z.object({
      kind: z.literal('procedure'),
      procedure: z.enum(PROCEDURES, {
        error: 'Kies omgevingsplanwijziging, BOPA of vergunning binnen het plan.',
      }),
    }),
    z.object({
      kind: z.literal('preparation'),
      preparation: z.enum(PREPARATIONS, { error: 'Kies volgordelijk of parallel.' }),
    }),
    z.object({
      kind: z.literal('participationRound'),
      weeks: z
        .number({ error: 'De duur van de participatieronde is een getal (weken).' })
        .int({ error: 'De duur is een heel aantal weken.' })
        .min(1, { error: 'Een participatieronde duurt minstens 1 week.' })
        .max(104, { error: 'Een participatieronde duurt hoogstens 104 weken.' }),
    }),
    z.object({
      kind: z.literal('duration'),
      activityKey: z
        .string({ error: 'Kies een activiteit.' })
        .min(1, { error: 'Kies een activiteit.' })
        .max(60),
      deltaWeeks: z
        .number({ error: 'Het aantal weken is een getal.' })
        .int({ error: 'Het aantal weken is een heel getal.' })
        .min(-260, { error: 'Hoogstens 260 weken korter.' })
        .max(260, { error: 'Hoogstens 260 weken langer.' })
        .refine((weeks) => weeks !== 0, { error: 'Vul een aantal weken langer of korter in (niet 0).' }),
    }),
  ],
  { error: 'Kies wat er verandert.' },
);
export type ScheduleChange = z.infer<typeof ZScheduleChange>;

export const ZScheduleChanges = z
  .array(ZScheduleChange)
  .min(1, { error: 'Kies minstens één wijziging om door te rekenen.' })
  .max(10, { error: 'Hoogstens 10 wijzigingen tegelijk.' })
  .refine((changes) => new Set(changes.map(changeSlot)).size === changes.length, {
    error: 'Elke wijziging mag maar één keer voorkomen (per activiteit één duurwijziging).',
  });

function changeSlot(change: ScheduleChange): string {
  return change.kind === 'duration' ? `duration:${change.activityKey}` : change.kind;
}

const PROCEDURE_NAMES: Record<Procedure, string> = {
  zoningPlanChange: 'wijziging van het omgevingsplan',
  outOfPlanPermit: 'buitenplanse omgevingsplanactiviteit (BOPA)',
  buildingPermit: 'vergunning binnen het omgevingsplan',
};
const PREPARATION_NAMES: Record<Preparation, string> = {
  sequential: 'volgordelijke voorbereiding',
  parallel: 'parallelle voorbereiding',
};

/** The key of the activity an extra participation round adds. */
export const EXTRA_PARTICIPATION_KEY = 'extra-participatieronde';
const PARTICIPATION_KEY = 'participatie';

/** A schedule activity with the hours per role the staff capacity counts (saved schedules carry them). */
export type WhatIfActivity = ScheduleActivity & { staffing?: { role: string; hoursPerWeek: number }[] };

/** A schedule as the what-if takes it: its activities and the route map answers it came from (null: none). */
export interface WhatIfInput {
  route: RouteMapAnswers | null;
  activities: readonly WhatIfActivity[];
}

/** The changed schedule, with per change a Dutch sentence on what was done or why it did not apply. */
export interface WhatIfApplied {
  route: RouteMapAnswers | null;
  activities: WhatIfActivity[];
  applied: string[];
  skipped: string[];
}

/** Applies the changes in order; the input is never modified. */
export function applyScheduleChanges(input: WhatIfInput, changes: readonly ScheduleChange[]): WhatIfApplied {
  let state: WhatIfApplied = {
    route: input.route,
    activities: input.activities.map(copyActivity),
    applied: [],
    skipped: [],
  };
  for (const change of changes) state = applyOne(state, change);
  return state;
}

function applyOne(state: WhatIfApplied, change: ScheduleChange): WhatIfApplied {
  switch (change.kind) {
    case 'procedure':
    case 'preparation': {
      if (!state.route) {
        return skip(
          state,
          'Deze planning is niet met de routekaart gemaakt; een andere procedure of voorbereiding kan niet worden doorgerekend.',
        );
      }
      const route =
        change.kind === 'procedure'
          ? { ...state.route, procedure: change.procedure }
          : { ...state.route, preparation: change.preparation };
      if (route.procedure === state.route.procedure && route.preparation === state.route.preparation) {
        const name =
          change.kind === 'procedure'
            ? PROCEDURE_NAMES[change.procedure]
            : PREPARATION_NAMES[change.preparation];
        return skip(state, `Deze planning gaat al uit van ${name}.`);
      }
      const rebuilt = rebuild(state.activities, state.route, route);
      const sentence =
        change.kind === 'procedure'
          ? `Procedure gewisseld van ${PROCEDURE_NAMES[state.route.procedure]} naar ${PROCEDURE_NAMES[change.procedure]}.`
          : `Voorbereiding gewisseld van ${PREPARATION_NAMES[state.route.preparation]} naar ${PREPARATION_NAMES[change.preparation]}.`;
      return {
        route,
        activities: rebuilt.activities,
        applied: [...state.applied, sentence, ...rebuilt.notes],
        skipped: state.skipped,
      };
    }
    case 'participationRound':
      return addParticipationRound(state, change.weeks);
    case 'duration': {
      const target = state.activities.find((activity) => activity.key === change.activityKey);
      if (!target) return skip(state, `Deze planning heeft geen activiteit '${change.activityKey}'.`);
      const weeks = Math.max(0, target.durationWeeks + change.deltaWeeks);
      const activities = state.activities.map((activity) =>
        activity === target ? { ...activity, durationWeeks: weeks } : activity,
      );
      const how =
        change.deltaWeeks > 0 ? `${change.deltaWeeks} weken langer` : `${-change.deltaWeeks} weken korter`;
      return {
        ...state,
        activities,
        applied: [...state.applied, `${target.name}: ${how} (${target.durationWeeks} → ${weeks} weken).`],
      };
    }
  }
}

function skip(state: WhatIfApplied, sentence: string): WhatIfApplied {
  return { ...state, skipped: [...state.skipped, sentence] };
}

/** The engine's input for a template activity. */
export function templateToActivity(activity: TemplateActivity): WhatIfActivity {
  return {
    key: activity.key,
    name: activity.name,
    phase: activity.phase,
    durationWeeks: activity.durationWeeks,
    dependsOn: activity.dependsOn.map((link) => ({ ...link })),
    party: activity.party,
    roles: [...activity.roles],
    staffing: activity.staffing.map((line) => ({ ...line })),
    milestone: activity.milestone,
    ...(activity.calendar ? { calendar: activity.calendar } : {}),
  };
}

/**
 * The template of the new route, keeping the plan's own choices: a duration the plan changed from its old
 * template, actual dates, staffing, and activities the plan added itself (with the dependencies that still
 * exist). Activities the new procedure does not have are dropped.
 */
function rebuild(current: readonly WhatIfActivity[], from: RouteMapAnswers, to: RouteMapAnswers) {
  const oldTemplate = new Map(chooseTemplate(from).activities.map((a) => [a.key, a]));
  const own = new Map(current.map((a) => [a.key, a]));
  const notes: string[] = [];
  const activities: WhatIfActivity[] = chooseTemplate(to).activities.map((template) => {
    const next = templateToActivity(template);
    const mine = own.get(template.key);
    if (!mine) return next;
    const before = oldTemplate.get(template.key);
    const edited = before !== undefined && before.durationWeeks !== mine.durationWeeks;
    return {
      ...next,
      durationWeeks: edited ? mine.durationWeeks : next.durationWeeks,
      ...(mine.staffing ? { staffing: mine.staffing } : {}),
      actualStart: mine.actualStart ?? null,
      actualEnd: mine.actualEnd ?? null,
    };
  });
  const keys = new Set(activities.map((a) => a.key));
  const dropped = current.filter((a) => oldTemplate.has(a.key) && !keys.has(a.key)).map((a) => a.name);
  if (dropped.length) notes.push(`Vervalt bij de nieuwe route: ${dropped.join(', ')}.`);
  for (const added of current.filter((a) => !oldTemplate.has(a.key) && !keys.has(a.key))) {
    const dependsOn = added.dependsOn.filter((link) => keys.has(link.key));
    if (dependsOn.length < added.dependsOn.length) {
      notes.push(`${added.name}: afhankelijkheden van activiteiten die vervallen zijn weggelaten.`);
    }
    activities.push({ ...copyActivity(added), dependsOn });
    keys.add(added.key);
  }
  return { activities, notes };
}

/**
 * An extra participation round right after the participation: everything that waited for the participation
 * (finish-to-start) now waits for the extra round as well. A second round on top of an existing one lengthens it.
 */
function addParticipationRound(state: WhatIfApplied, weeks: number): WhatIfApplied {
  const existing = state.activities.find((a) => a.key === EXTRA_PARTICIPATION_KEY);
  if (existing) {
    return {
      ...state,
      activities: state.activities.map((a) =>
        a === existing ? { ...a, durationWeeks: a.durationWeeks + weeks } : a,
      ),
      applied: [...state.applied, `Extra participatieronde ${weeks} weken langer.`],
    };
  }
  const index = state.activities.findIndex((a) => a.key === PARTICIPATION_KEY);
  const anchor = state.activities[index];
  if (!anchor)
    return skip(state, 'Deze planning heeft geen participatie-activiteit om een ronde aan toe te voegen.');
  const round: WhatIfActivity = {
    key: EXTRA_PARTICIPATION_KEY,
    name: 'Extra participatieronde',
    phase: ROUTE_MAP_PHASES.includes(anchor.phase as never) ? anchor.phase : 'planning',
    durationWeeks: weeks,
    dependsOn: [{ key: anchor.key, type: 'FS', lagWeeks: 0 }],
    party: 'gezamenlijk',
    // The same people as the participation itself.
    roles: [...(anchor.roles ?? ['participatieadviseur'])],
    ...(anchor.staffing ? { staffing: anchor.staffing.map((line) => ({ ...line })) } : {}),
    milestone: false,
  };
  const activities = state.activities.map((activity): WhatIfActivity => {
    const waits = activity.dependsOn.filter((link) => link.key === anchor.key && link.type === 'FS');
    if (waits.length === 0) return activity;
    const extra: Link[] = waits.map((link) => ({
      key: EXTRA_PARTICIPATION_KEY,
      type: 'FS',
      lagWeeks: link.lagWeeks,
    }));
    return { ...activity, dependsOn: [...activity.dependsOn, ...extra] };
  });
  activities.splice(index + 1, 0, round);
  return {
    ...state,
    activities,
    applied: [...state.applied, `Extra participatieronde van ${weeks} weken na ${anchor.name}.`],
  };
}

function copyActivity(activity: WhatIfActivity): WhatIfActivity {
  return { ...activity, dependsOn: activity.dependsOn.map((link) => ({ ...link })) };
}

let templateNames: ReadonlyMap<string, string> | null = null;

/** Describes a change in Dutch, for scenario lists and the page (activities by their template name). */
export function describeChange(change: ScheduleChange, activityNames?: ReadonlyMap<string, string>): string {
  switch (change.kind) {
    case 'procedure':
      return `Procedure: ${PROCEDURE_NAMES[change.procedure]}`;
    case 'preparation':
      return `Voorbereiding: ${PREPARATION_NAMES[change.preparation]}`;
    case 'participationRound':
      return `Extra participatieronde van ${change.weeks} weken`;
    case 'duration': {
      templateNames ??= new Map(templateActivityChoices().map((a) => [a.key, a.name]));
      const name = (activityNames ?? templateNames).get(change.activityKey) ?? change.activityKey;
      return `${name}: ${change.deltaWeeks > 0 ? `${change.deltaWeeks} weken langer` : `${-change.deltaWeeks} weken korter`}`;
    }
  }
}

/** Every activity of the twelve templates by key (the first name found), for the duration choice. */
export function templateActivityChoices(): { key: string; name: string }[] {
  const seen = new Map<string, string>();
  for (const procedure of PROCEDURES) {
    for (const development of DEVELOPMENTS) {
      for (const activity of chooseTemplate({ development, procedure, preparation: 'sequential' })
        .activities) {
        if (!seen.has(activity.key) && activity.durationWeeks > 0) seen.set(activity.key, activity.name);
      }
    }
  }
  return [...seen].map(([key, name]) => ({ key, name }));
}

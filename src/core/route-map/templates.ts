import areaBuildingPermit from '../../../data/route-map/area-buildingPermit.json' with { type: 'json' };
import areaOutOfPlanPermit from '../../../data/route-map/area-outOfPlanPermit.json' with { type: 'json' };
import areaZoningPlanChange from '../../../data/route-map/area-zoningPlanChange.json' with { type: 'json' };
import procedures from '../../../data/route-map/procedures.json' with { type: 'json' };
import siteBuildingPermit from '../../../data/route-map/site-buildingPermit.json' with { type: 'json' };
import siteOutOfPlanPermit from '../../../data/route-map/site-outOfPlanPermit.json' with { type: 'json' };
import siteZoningPlanChange from '../../../data/route-map/site-zoningPlanChange.json' with { type: 'json' };
import {
  DEVELOPMENTS,
  type Development,
  PREPARATIONS,
  PROCEDURES,
  type Preparation,
  type Procedure,
  type RouteMapFile,
  type RouteMapPhase,
  type StatutoryProcedures,
  ZRouteMapFile,
  ZStatutoryProcedures,
} from './schema';

/** The statutory decision periods (data/route-map/procedures.json), validated at load. */
export const STATUTORY_PROCEDURES: StatutoryProcedures = ZStatutoryProcedures.parse(procedures);

/** A dependency as the schedule engine (src/core/schedule) takes it. */
export interface TemplateLink {
  key: string;
  type: 'FS' | 'SS';
  lagWeeks: number;
}
/** An activity of a chosen template: directly an input of the schedule engine, plus staffing and range. */
export interface TemplateActivity {
  key: string;
  name: string;
  phase: RouteMapPhase;
  durationWeeks: number;
  durationRangeWeeks: { shortest: number; longest: number };
  dependsOn: TemplateLink[];
  party: string;
  roles: string[];
  staffing: { role: string; hoursPerWeek: number }[];
  milestone: boolean;
  decision?: 'council' | 'board';
  calendar?: 'council';
}
/** A source cited by a template: code and text (M(003) or an S-code of facts-region.md §9). */
export interface TemplateSource {
  code: string;
  text: string;
}
export interface RouteMapTemplate {
  key: string;
  label: string;
  development: Development;
  procedure: Procedure;
  preparation: Preparation;
  activities: TemplateActivity[];
  sources: TemplateSource[];
  assumptions: string[];
}
export interface RouteMapAnswers {
  development: Development;
  procedure: Procedure;
  preparation: Preparation;
}

/** The links of an activity under one preparation: parallel uses a link's `parallel` variant where it has one. */
export function resolveLinks(
  activity: RouteMapFile['activities'][number],
  preparation: Preparation,
): TemplateLink[] {
  return activity.dependsOn.map((link) =>
    preparation === 'parallel' && link.parallel
      ? { key: link.parallel.key ?? link.key, type: link.parallel.type, lagWeeks: link.parallel.lagWeeks }
      : { key: link.key, type: link.type, lagWeeks: link.lagWeeks },
  );
}

/** The activities (named) that lie on or behind a cycle, or [] (Kahn's algorithm). */
function findCycle(activities: { key: string; dependsOn: TemplateLink[] }[]): string[] {
  const indegree = new Map(activities.map((a) => [a.key, a.dependsOn.length]));
  const successors = new Map<string, string[]>();
  for (const a of activities)
    for (const l of a.dependsOn) successors.set(l.key, [...(successors.get(l.key) ?? []), a.key]);
  const queue = activities.filter((a) => a.dependsOn.length === 0).map((a) => a.key);
  for (let key = queue.shift(); key !== undefined; key = queue.shift()) {
    for (const next of successors.get(key) ?? []) {
      const left = (indegree.get(next) ?? 0) - 1;
      indegree.set(next, left);
      if (left === 0) queue.push(next);
    }
  }
  return [...indegree].filter(([, n]) => n > 0).map(([key]) => key);
}

/** Checks what zod cannot: unique keys, known predecessors, statutory periods, no cycle in either preparation. */
export function checkRouteMapFile(file: RouteMapFile): string[] {
  const where = `${file.development}-${file.procedure}`;
  const errors: string[] = [];
  const keys = new Set<string>();
  for (const a of file.activities) {
    if (keys.has(a.key)) errors.push(`${where}: activiteit ${a.key} komt twee keer voor.`);
    keys.add(a.key);
  }
  for (const a of file.activities) {
    for (const l of a.dependsOn) {
      for (const key of [l.key, l.parallel?.key].filter((k): k is string => !!k))
        if (!keys.has(key)) errors.push(`${where}: ${a.name} hangt af van onbekende activiteit ${key}.`);
    }
    if (a.statutory) {
      const { decisionWeeks, extensionWeeks } = STATUTORY_PROCEDURES[a.statutory];
      const d = a.durationWeeks;
      if (
        d.typical !== decisionWeeks ||
        d.shortest !== decisionWeeks ||
        d.longest !== decisionWeeks + extensionWeeks
      )
        errors.push(
          `${where}: ${a.name} duurt wettelijk ${decisionWeeks} weken, met verlenging ${decisionWeeks + extensionWeeks}.`,
        );
    }
  }
  if (errors.length > 0) return errors;
  for (const preparation of PREPARATIONS) {
    const cycle = findCycle(
      file.activities.map((a) => ({ key: a.key, dependsOn: resolveLinks(a, preparation) })),
    );
    if (cycle.length > 0)
      errors.push(`${where} (${preparation}): kringverwijzing tussen ${cycle.join(', ')}.`);
  }
  return errors;
}

function load(data: unknown): RouteMapFile {
  const file = ZRouteMapFile.parse(data);
  const errors = checkRouteMapFile(file);
  if (errors.length > 0) throw new Error(`Routekaart ongeldig: ${errors.join(' ')}`);
  return file;
}

/** The six data files, one per development × procedure, validated when this module loads. */
export const ROUTE_MAP_FILES: readonly RouteMapFile[] = [
  siteZoningPlanChange,
  siteOutOfPlanPermit,
  siteBuildingPermit,
  areaZoningPlanChange,
  areaOutOfPlanPermit,
  areaBuildingPermit,
].map(load);

export const PREPARATION_LABELS: Record<Preparation, string> = {
  sequential: 'volgordelijke bouwvoorbereiding',
  parallel: 'parallelle bouwvoorbereiding',
};

/** The template key, e.g. `site-zoningPlanChange-parallel`. */
export const templateKey = ({ development, procedure, preparation }: RouteMapAnswers) =>
  `${development}-${procedure}-${preparation}`;

/** All twelve answer combinations, in the order of the questions. */
export const ALL_ROUTE_MAP_ANSWERS: readonly RouteMapAnswers[] = DEVELOPMENTS.flatMap((development) =>
  PROCEDURES.flatMap((procedure) =>
    PREPARATIONS.map((preparation) => ({ development, procedure, preparation })),
  ),
);

/**
 * The schedule template for the three answers of the route map: the file of development × procedure, with each
 * link's parallel variant where preparation is parallel.
 * @example chooseTemplate({ development: 'site', procedure: 'buildingPermit', preparation: 'parallel' }).activities
 */
export function chooseTemplate(answers: RouteMapAnswers): RouteMapTemplate {
  const file = ROUTE_MAP_FILES.find(
    (f) => f.development === answers.development && f.procedure === answers.procedure,
  );
  if (!file) throw new Error(`Geen sjabloon voor ${answers.development} en ${answers.procedure}.`);
  const sources = new Map<string, TemplateSource>();
  const assumptions = new Set<string>([file.staffingAssumption]);
  const note = (p: { source?: TemplateSource; assumption?: string }) => {
    if (p.source) sources.set(`${p.source.code} ${p.source.text}`, p.source);
    if (p.assumption) assumptions.add(p.assumption);
  };
  const activities = file.activities.map((a): TemplateActivity => {
    note(a.durationWeeks);
    if (answers.preparation === 'parallel') for (const l of a.dependsOn) if (l.parallel) note(l.parallel);
    if (a.statutory) note(STATUTORY_PROCEDURES[a.statutory]);
    return {
      key: a.key,
      name: a.name,
      phase: a.phase,
      durationWeeks: a.durationWeeks.typical,
      durationRangeWeeks: { shortest: a.durationWeeks.shortest, longest: a.durationWeeks.longest },
      dependsOn: resolveLinks(a, answers.preparation),
      party: a.party,
      roles: a.roles.map((r) => r.role),
      staffing: a.roles.map((r) => ({ ...r })),
      milestone: a.milestone,
      ...(a.decision ? { decision: a.decision } : {}),
      ...(a.calendar ? { calendar: a.calendar } : {}),
    };
  });
  return {
    key: templateKey(answers),
    label: `${file.label}, ${PREPARATION_LABELS[answers.preparation]}`,
    ...answers,
    activities,
    sources: [...sources.values()].sort((a, b) => a.code.localeCompare(b.code)),
    assumptions: [...assumptions],
  };
}

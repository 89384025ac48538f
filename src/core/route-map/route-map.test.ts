import { describe, expect, test } from 'vitest';
import { QUESTIONNAIRE } from './questionnaire';
import { ROUTE_MAP_QUESTIONS } from './questions';
import { DEVELOPMENTS, PROCEDURES, ROUTE_MAP_PHASES, ZQuestionnaire, ZRouteMapFile } from './schema';
import {
  ALL_ROUTE_MAP_ANSWERS,
  checkRouteMapFile,
  chooseTemplate,
  ROUTE_MAP_FILES,
  STATUTORY_PROCEDURES,
  type TemplateActivity,
} from './templates';

/** Earliest finish of every activity (FS: start ≥ pred. end + lag; SS: start ≥ pred. start + lag); throws on a cycle. */
function longestPath(activities: TemplateActivity[]): number {
  const byKey = new Map(activities.map((a) => [a.key, a]));
  const start = new Map<string, number>();
  const visiting = new Set<string>();
  const startOf = (key: string): number => {
    const known = start.get(key);
    if (known !== undefined) return known;
    if (visiting.has(key)) throw new Error(`cycle at ${key}`);
    visiting.add(key);
    const a = byKey.get(key);
    if (!a) throw new Error(`unknown ${key}`);
    const s = Math.max(
      0,
      ...a.dependsOn.map((l) => {
        const p = byKey.get(l.key);
        if (!p) throw new Error(`unknown ${l.key}`);
        return startOf(l.key) + (l.type === 'FS' ? p.durationWeeks : 0) + l.lagWeeks;
      }),
    );
    visiting.delete(key);
    start.set(key, s);
    return s;
  };
  return Math.max(...activities.map((a) => startOf(a.key) + a.durationWeeks));
}

const ALL = ALL_ROUTE_MAP_ANSWERS.map((answers) => chooseTemplate(answers));
const pairs = DEVELOPMENTS.flatMap((development) =>
  PROCEDURES.map((procedure) => ({
    development,
    procedure,
    sequential: chooseTemplate({ development, procedure, preparation: 'sequential' }),
    parallel: chooseTemplate({ development, procedure, preparation: 'parallel' }),
  })),
);

describe('route map templates', () => {
  test('there are twelve templates, one per answer combination, all from data', () => {
    expect(ALL.map((t) => t.key)).toEqual([
      'site-zoningPlanChange-sequential',
      'site-zoningPlanChange-parallel',
      'site-outOfPlanPermit-sequential',
      'site-outOfPlanPermit-parallel',
      'site-buildingPermit-sequential',
      'site-buildingPermit-parallel',
      'area-zoningPlanChange-sequential',
      'area-zoningPlanChange-parallel',
      'area-outOfPlanPermit-sequential',
      'area-outOfPlanPermit-parallel',
      'area-buildingPermit-sequential',
      'area-buildingPermit-parallel',
    ]);
    expect(ROUTE_MAP_FILES).toHaveLength(6);
  });

  test.each(ALL.map((t) => [t.key, t] as const))(
    '%s is acyclic and every predecessor exists',
    (_, template) => {
      expect(() => longestPath(template.activities)).not.toThrow();
      expect(template.activities.every((a) => ROUTE_MAP_PHASES.includes(a.phase))).toBe(true);
    },
  );

  test('every duration and every parallel link names a source or an assumption', () => {
    for (const file of ROUTE_MAP_FILES)
      for (const a of file.activities) {
        expect(a.durationWeeks.source ?? a.durationWeeks.assumption, a.key).toBeTruthy();
        for (const l of a.dependsOn)
          if (l.parallel) expect(l.parallel.source ?? l.parallel.assumption).toBeTruthy();
      }
  });

  test('statutory periods are those of facts-region §3.5: regular 8 (+6), extended 26 (+6) weeks', () => {
    expect(STATUTORY_PROCEDURES.regular).toMatchObject({ decisionWeeks: 8, extensionWeeks: 6 });
    expect(STATUTORY_PROCEDURES.extended).toMatchObject({ decisionWeeks: 26, extensionWeeks: 6 });
    const statutory = ROUTE_MAP_FILES.flatMap((f) => f.activities.filter((a) => a.statutory));
    expect(statutory.some((a) => a.statutory === 'extended')).toBe(true);
    for (const a of statutory) {
      const weeks = a.statutory === 'regular' ? [8, 8, 14] : [26, 26, 32];
      expect([a.durationWeeks.typical, a.durationWeeks.shortest, a.durationWeeks.longest], a.key).toEqual(
        weeks,
      );
    }
  });

  test('a wrong statutory period or a cycle is refused with the activities named', () => {
    const file = structuredClone(ROUTE_MAP_FILES[0]);
    if (!file) throw new Error('no file');
    const permit = file.activities.find((a) => a.key === 'vergunning');
    if (!permit) throw new Error('no permit');
    permit.durationWeeks.typical = 6;
    expect(checkRouteMapFile(file).join(' ')).toMatch(/wettelijk 8 weken, met verlenging 14/);
    permit.durationWeeks.typical = 8;
    file.activities[0]?.dependsOn.push({ key: 'realisatie', type: 'FS', lagWeeks: 0 });
    expect(checkRouteMapFile(file).join(' ')).toMatch(/kringverwijzing tussen .*initiatief/);
  });

  test.each(pairs.map((p) => [`${p.development}-${p.procedure}`, p] as const))(
    '%s: parallel differs from sequential only in links with a parallel variant',
    (_, { development, procedure, sequential, parallel }) => {
      const file = ROUTE_MAP_FILES.find((f) => f.development === development && f.procedure === procedure);
      expect(parallel.activities.map((a) => a.key)).toEqual(sequential.activities.map((a) => a.key));
      let changed = 0;
      sequential.activities.forEach((seq, i) => {
        const par = parallel.activities[i];
        const source = file?.activities[i];
        expect({ ...par, dependsOn: [] }).toEqual({ ...seq, dependsOn: [] });
        seq.dependsOn.forEach((link, j) => {
          if (JSON.stringify(link) === JSON.stringify(par?.dependsOn[j])) return;
          changed += 1;
          expect(source?.dependsOn[j]?.parallel, `${seq.key} ← ${link.key}`).toBeDefined();
        });
      });
      expect(changed).toBeGreaterThan(0);
    },
  );

  test('parallel is never longer than sequential, and the saving is no flat discount', () => {
    const ratios = pairs.map(({ sequential, parallel }) => {
      const seq = longestPath(sequential.activities);
      const par = longestPath(parallel.activities);
      expect(par).toBeLessThanOrEqual(seq);
      expect(par).toBeGreaterThan(0);
      return par / seq;
    });
    const spread = Math.max(...ratios) - Math.min(...ratios);
    expect(spread).toBeGreaterThan(0.05);
  });

  test('milestones: the board investment decision always, the council where the procedure or the area needs it', () => {
    for (const t of ALL) {
      const decisions = t.activities.filter((a) => a.milestone);
      expect(decisions.every((a) => a.durationWeeks === 0)).toBe(true);
      expect(decisions.filter((a) => a.decision === 'board').map((a) => a.key)).toEqual([
        'investeringsbesluit',
      ]);
      const council = decisions.filter((a) => a.decision === 'council');
      const needsCouncil = t.procedure === 'zoningPlanChange' || t.development === 'area';
      expect(council.length > 0, t.key).toBe(needsCouncil);
      expect(council.every((a) => a.calendar === 'council')).toBe(true);
    }
  });

  test('the output fits the schedule engine input: roles as names, staffing as hours per week', () => {
    const template = chooseTemplate({
      development: 'site',
      procedure: 'zoningPlanChange',
      preparation: 'parallel',
    });
    const a = template.activities.find((x) => x.key === 'ontwerp');
    expect(a?.roles).toEqual(a?.staffing.map((s) => s.role));
    expect(a?.dependsOn.find((l) => l.key === 'ontwerp-omgevingsplan')).toEqual({
      key: 'ontwerp-omgevingsplan',
      type: 'SS',
      lagWeeks: 4,
    });
    expect(template.sources.map((s) => s.code)).toContain('S29j');
    expect(template.label).toBe(
      'Locatieontwikkeling met wijziging van het omgevingsplan, parallelle bouwvoorbereiding',
    );
  });

  test('the three questions have Dutch labels and offer every answer', () => {
    expect(ROUTE_MAP_QUESTIONS.development.options.map((o) => o.value)).toEqual([...DEVELOPMENTS]);
    expect(ROUTE_MAP_QUESTIONS.procedure.options.map((o) => o.value)).toEqual([...PROCEDURES]);
    expect(ROUTE_MAP_QUESTIONS.preparation.options.map((o) => o.value)).toEqual(['sequential', 'parallel']);
  });

  test('a file without a source or assumption on a duration is refused in Dutch', () => {
    const file = structuredClone(ROUTE_MAP_FILES[0]) as { activities: { durationWeeks: object }[] };
    const first = file.activities[0];
    if (first) first.durationWeeks = { typical: 4, shortest: 2, longest: 6 };
    const parsed = ZRouteMapFile.safeParse(file);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.message)).toContain(
      'Noem de bron of leg uit waarom de waarde een aanname is.',
    );
  });
});

describe('questionnaire', () => {
  test('loads, 4 to 8 closed questions per phase, each with a source or an assumption', () => {
    for (const phase of ROUTE_MAP_PHASES) {
      const n = QUESTIONNAIRE.questions.filter((q) => q.phase === phase).length;
      expect(n).toBeGreaterThanOrEqual(4);
      expect(n).toBeLessThanOrEqual(8);
    }
    expect(QUESTIONNAIRE.answers).toEqual(['ja', 'nee', 'nvt']);
    for (const q of QUESTIONNAIRE.questions) expect(q.source ?? q.assumption).toBeTruthy();
    expect(QUESTIONNAIRE.questions.some((q) => q.blocksNextPhase)).toBe(true);
  });

  test('a duplicate key is refused', () => {
    const q = structuredClone(QUESTIONNAIRE);
    q.questions.push({ ...(q.questions[0] as (typeof q.questions)[number]) });
    expect(ZQuestionnaire.safeParse(q).success).toBe(false);
  });
});

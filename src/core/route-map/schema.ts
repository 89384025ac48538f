import { z } from 'zod';

/** Development phases of the memo (seed 003, session 1), as in src/core/programme/phases.ts, without delivered. */
export const ROUTE_MAP_PHASES = ['initiative', 'planning', 'elaboration', 'construction'] as const;
export type RouteMapPhase = (typeof ROUTE_MAP_PHASES)[number];
export const PARTIES = ['gemeente', 'corporatie', 'ontwikkelaar', 'gezamenlijk'] as const;
export type Party = (typeof PARTIES)[number];
/** The roles of issue 4 item 6, plus omgevingsadviseur, architect, civiel-technicus and bouwmanager (README). */
export const ROLES = [
  'projectleider',
  'jurist',
  'stedenbouwkundige',
  'planeconoom',
  'participatieadviseur',
  'vergunningverlener',
  'corporatie-projectontwikkelaar',
  'omgevingsadviseur',
  'architect',
  'civiel-technicus',
  'bouwmanager',
] as const;
export type Role = (typeof ROLES)[number];
export const DEPENDENCY_TYPES = ['FS', 'SS'] as const;

const ZText = z.string().trim().min(3, { error: 'Vul een tekst in van minstens 3 tekens.' });
const ZKey = z
  .string()
  .regex(/^[a-z][a-z0-9-]*$/, { error: 'Een sleutel bestaat uit kleine letters, cijfers en streepjes.' });
const ZWeeks = z
  .number({ error: 'Een aantal weken is een getal.' })
  .int({ error: 'Een aantal weken is een heel getal.' })
  .min(0, { error: 'Een aantal weken is 0 of meer.' })
  .max(520, { error: 'Een aantal weken is hoogstens 520 (10 jaar).' });

/** Where a value comes from: a source of facts-region.md §9 (S-code) or the memo (M(003)), and/or why it is assumed. */
export const ZProvenance = z.object({
  source: z
    .object({
      code: z
        .string()
        .regex(/^(S\d{2}[a-z]?\d?|M\(\d{3}\))$/, { error: 'Een broncode is bijvoorbeeld S29a of M(003).' }),
      text: ZText,
    })
    .optional(),
  assumption: ZText.optional(),
});
const needsProvenance = (value: z.infer<typeof ZProvenance>) => !!value.source || !!value.assumption;
const provenanceError = { error: 'Noem de bron of leg uit waarom de waarde een aanname is.' };

export const ZDuration = ZProvenance.extend({ typical: ZWeeks, shortest: ZWeeks, longest: ZWeeks })
  .refine(needsProvenance, provenanceError)
  .refine((d) => d.shortest <= d.typical && d.typical <= d.longest, {
    error: 'De kortste duur ≤ de gebruikelijke duur ≤ de langste duur.',
  });

/** How a link looks with parallel preparation: another type and lag, optionally on an earlier activity. */
export const ZParallelLink = ZProvenance.extend({
  key: ZKey.optional(),
  type: z.enum(DEPENDENCY_TYPES, { error: 'Een afhankelijkheid is FS of SS.' }),
  lagWeeks: ZWeeks,
}).refine(needsProvenance, provenanceError);

export const ZLink = z.object({
  key: ZKey,
  type: z.enum(DEPENDENCY_TYPES, { error: 'Een afhankelijkheid is FS of SS.' }),
  lagWeeks: ZWeeks,
  parallel: ZParallelLink.optional(),
});

export const ZActivity = z
  .object({
    key: ZKey,
    name: ZText,
    phase: z.enum(ROUTE_MAP_PHASES, {
      error: 'Een fase is initiative, planning, elaboration of construction.',
    }),
    party: z.enum(PARTIES, { error: 'Een partij is gemeente, corporatie, ontwikkelaar of gezamenlijk.' }),
    durationWeeks: ZDuration,
    dependsOn: z.array(ZLink),
    roles: z.array(
      z.object({
        role: z.enum(ROLES, { error: 'Onbekende rol.' }),
        hoursPerWeek: z.number().min(0).max(40, { error: 'Hoogstens 40 uur per week per rol.' }),
      }),
    ),
    milestone: z.boolean(),
    decision: z.enum(['council', 'board']).optional(),
    calendar: z.literal('council').optional(),
    statutory: z.enum(['regular', 'extended']).optional(),
  })
  .refine((a) => !a.milestone || (a.durationWeeks.longest === 0 && !!a.decision), {
    error: 'Een mijlpaal is een besluit (raad of bestuur) en duurt 0 weken.',
  })
  .refine((a) => a.calendar !== 'council' || a.decision === 'council', {
    error: 'Alleen een raadsbesluit volgt de vergaderkalender van de raad.',
  });

export const DEVELOPMENTS = ['site', 'area'] as const;
export type Development = (typeof DEVELOPMENTS)[number];
export const PROCEDURES = ['zoningPlanChange', 'outOfPlanPermit', 'buildingPermit'] as const;
export type Procedure = (typeof PROCEDURES)[number];
export const PREPARATIONS = ['sequential', 'parallel'] as const;
export type Preparation = (typeof PREPARATIONS)[number];

/** One file data/route-map/{development}-{procedure}.json: the activities of both preparations. */
export const ZRouteMapFile = z.object({
  development: z.enum(DEVELOPMENTS),
  procedure: z.enum(PROCEDURES),
  label: ZText,
  description: z.string().optional(),
  staffingAssumption: ZText,
  activities: z.array(ZActivity).min(1),
});
export type RouteMapFile = z.infer<typeof ZRouteMapFile>;
export type RouteMapActivity = z.infer<typeof ZActivity>;
export type RouteMapLink = z.infer<typeof ZLink>;

const ZStatutoryProcedure = z.object({
  label: ZText,
  decisionWeeks: ZWeeks,
  extensionWeeks: ZWeeks,
  source: ZProvenance.shape.source.unwrap(),
});
/** data/route-map/procedures.json: the statutory decision periods. */
export const ZStatutoryProcedures = z.object({
  description: z.string().optional(),
  regular: ZStatutoryProcedure,
  extended: ZStatutoryProcedure,
});
export type StatutoryProcedures = z.infer<typeof ZStatutoryProcedures>;

export const ANSWERS = ['ja', 'nee', 'nvt'] as const;
/** data/route-map/questionnaire.json: the closed questions per phase. */
export const ZQuestionnaire = z.object({
  description: z.string().optional(),
  answers: z.tuple([z.literal('ja'), z.literal('nee'), z.literal('nvt')]),
  questions: z
    .array(
      ZProvenance.extend({
        key: ZKey,
        phase: z.enum(ROUTE_MAP_PHASES, {
          error: 'Een fase is initiative, planning, elaboration of construction.',
        }),
        question: ZText.refine((q) => q.endsWith('?'), { error: 'Een vraag eindigt op een vraagteken.' }),
        blocksNextPhase: z.boolean(),
      }).refine(needsProvenance, provenanceError),
    )
    .refine((qs) => new Set(qs.map((q) => q.key)).size === qs.length, {
      error: 'Elke vraag heeft een eigen sleutel.',
    }),
});
export type Questionnaire = z.infer<typeof ZQuestionnaire>;

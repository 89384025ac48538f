import { z } from 'zod';

/**
 * Default parameters of the forecast, as data: per phase and hardness the chance that a plan goes ahead and the
 * distribution of its delay in whole years; per phase the typical lead time to a first delivery for plans
 * without a delivery planning; and the demand scenarios. Every value names its source (facts-region.md §4) or
 * says why it is an assumption. A region's admin may replace them (PUT /regions/{id}/forecast-parameters).
 */
const FORECAST_PHASES = ['initiative', 'planning', 'elaboration', 'construction'] as const;
const FORECAST_HARDNESSES = ['hard', 'soft'] as const;

const ZProbability = z
  .number({ error: 'Een kans moet een getal zijn.' })
  .min(0, { error: 'Een kans ligt tussen 0 en 1.' })
  .max(1, { error: 'Een kans ligt tussen 0 en 1.' });

const ZRule = z.object({
  goAhead: ZProbability,
  /** delay[d] = chance of d years delay, d = 0, 1, 2, …; sums to 1. */
  delay: z
    .array(ZProbability)
    .min(1, { error: 'Geef minstens één kans voor de vertraging.' })
    .max(10, { error: 'Hoogstens 10 jaar vertraging.' })
    .refine((list) => Math.abs(list.reduce((a, b) => a + b, 0) - 1) < 1e-6, {
      error: 'De kansen op vertraging tellen samen op tot 1.',
    }),
  source: z.string().min(3, { error: 'Noem de bron of waarom het een aanname is.' }),
});

export const ZForecastParameters = z.object({
  rules: z.record(z.enum(FORECAST_PHASES), z.record(z.enum(FORECAST_HARDNESSES), ZRule)),
  leadTimeYears: z.record(
    z.enum(FORECAST_PHASES),
    z.number().int({ error: 'Een doorlooptijd is een heel aantal jaren.' }).min(0).max(15),
  ),
  leadTimeSource: z.string().min(3),
  scenarios: z.object({
    low: z.object({
      label: z.string(),
      targetFactor: z.number().min(0.5).max(1.5),
      source: z.string().min(3),
    }),
    middle: z.object({
      label: z.string(),
      targetFactor: z.number().min(0.5).max(1.5),
      source: z.string().min(3),
    }),
    high: z.object({
      label: z.string(),
      targetFactor: z.number().min(0.5).max(1.5),
      source: z.string().min(3),
    }),
  }),
});
export type ForecastParameters = z.infer<typeof ZForecastParameters>;
export type ForecastPhase = (typeof FORECAST_PHASES)[number];

const TASKFORCE = 'Taskforce 2021 (S29f): corporaties verwachten 59% binnen de planning te realiseren';
export const DEFAULT_FORECAST_PARAMETERS: ForecastParameters = {
  rules: {
    construction: {
      hard: {
        goAhead: 0.97,
        delay: [0.7, 0.25, 0.05],
        source:
          'PBL 2018 (S29a): 7% van vergunde woningen na jaren niet opgeleverd; in de bouw is de uitval kleiner (aanname 3%). Bouwtijd 21–24 maanden (S29a).',
      },
      soft: {
        goAhead: 0.93,
        delay: [0.6, 0.3, 0.1],
        source: 'Aanname: in aanbouw zonder onherroepelijk plan; uitval als PBL 2018 (S29a, 7%).',
      },
    },
    elaboration: {
      hard: {
        goAhead: 0.9,
        delay: [0.59, 0.25, 0.1, 0.06],
        source: `ABN AMRO 2019 (S29d): circa 10% van de vergunningen leidt niet tot woningen. ${TASKFORCE}.`,
      },
      soft: {
        goAhead: 0.75,
        delay: [0.45, 0.3, 0.15, 0.1],
        source: `Aanname: zachte plannen vallen vaker uit; vertraging zwaarder dan ${TASKFORCE}.`,
      },
    },
    planning: {
      hard: {
        goAhead: 0.85,
        delay: [0.5, 0.25, 0.15, 0.1],
        source: `Aanname op basis van ${TASKFORCE}; plancapaciteit-vuistregel 130% vanwege planuitval en vertraging (S28g).`,
      },
      soft: {
        goAhead: 0.6,
        delay: [0.35, 0.3, 0.2, 0.1, 0.05],
        source: 'Aanname: de 130%-regel (S28f, S28g) veronderstelt forse uitval van zachte plannen.',
      },
    },
    initiative: {
      hard: {
        goAhead: 0.75,
        delay: [0.4, 0.3, 0.15, 0.1, 0.05],
        source: 'Aanname: initiatieffase duurt gemiddeld jaren (planontwikkeling ≈6 jaar, S29j).',
      },
      soft: {
        goAhead: 0.45,
        delay: [0.3, 0.25, 0.2, 0.15, 0.1],
        source:
          'Aanname: vroege, zachte plannen; 72% van RVV-projecten had geen onherroepelijke vergunning (S29e).',
      },
    },
  },
  leadTimeYears: { initiative: 8, planning: 6, elaboration: 3, construction: 1 },
  leadTimeSource:
    'Afgeleid (facts-region §4.5): initiatief → oplevering ≈10 jaar (S29g), planontwikkeling ≈6 jaar (S29j), vergunning → oplevering 21–24 maanden (S29a).',
  scenarios: {
    low: {
      label: 'Lage groei',
      targetFactor: 0.9,
      source:
        'Aanname: 10% minder huishoudensgroei; de bandbreedte 8,5–11,5 mln huishoudens in 2070 (seed 003, Adaptief programmeren).',
    },
    middle: { label: 'Midden', targetFactor: 1, source: 'De afgesproken opgave (Woondeal, S01).' },
    high: {
      label: 'Hoge groei',
      targetFactor: 1.1,
      source: 'Aanname: 10% meer huishoudensgroei; bandbreedte als bij lage groei (seed 003).',
    },
  },
};

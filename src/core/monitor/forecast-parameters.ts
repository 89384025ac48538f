import { z } from 'zod';
import data from '../../../data/forecast-parameters.json' with { type: 'json' };

/** The phases a forecast simulates (delivered plans are counted through the realisations). */
export const FORECAST_PHASES = ['initiative', 'planning', 'elaboration', 'construction'] as const;
/** A phase with forecast rules: every phase but delivered. */
export type ForecastPhase = (typeof FORECAST_PHASES)[number];
/** Hard and soft plans are plan capacity; internal plans (5A/5B) are not, and are not simulated. */
export const FORECAST_HARDNESSES = ['hard', 'soft'] as const;
/** A hardness that counts as plan capacity. */
export type ForecastHardness = (typeof FORECAST_HARDNESSES)[number];
/** Demand scenarios: the target times a factor (Lage groei, Midden, Hoge groei). */
export const DEMAND_SCENARIOS = ['low', 'middle', 'high'] as const;
/** One of DEMAND_SCENARIOS. */
export type DemandScenario = (typeof DEMAND_SCENARIOS)[number];

const ZText = z.string().trim().min(3, { error: 'Vul een tekst in van minstens 3 tekens.' });
/** Where a value comes from: a source of facts-region.md (S-code and text), or why it is an assumption. */
const ZProvenance = z.object({
  source: z
    .object({
      code: z
        .string()
        .regex(/^(S\d{2}[a-z]?|M\(\d{3}\))$/, { error: 'Een broncode is bijvoorbeeld S29a of M(003).' }),
      text: ZText,
    })
    .optional(),
  assumption: ZText.optional(),
});
const needsProvenance = (value: z.infer<typeof ZProvenance>) => !!value.source || !!value.assumption;
const provenanceError = { error: 'Noem de bron of leg uit waarom de waarde een aanname is.' };

const ZProbability = z
  .number({ error: 'Een kans is een getal.' })
  .min(0, { error: 'Een kans ligt tussen 0 en 1.' })
  .max(1, { error: 'Een kans ligt tussen 0 en 1.' });

/** Chance per whole year of delay ("0" … "10"); missing years have chance 0; together they make 1 (± 1e-6). */
const delayYearsError = 'Een vertraging is 0 tot en met 10 jaar.';
const ZDelayDistribution = z
  .record(z.string().regex(/^(\d|10)$/, { error: delayYearsError }), ZProbability, {
    error: (issue) => (issue.code === 'invalid_key' ? delayYearsError : undefined),
  })
  .refine((d) => Math.abs(Object.values(d).reduce((a, b) => a + b, 0) - 1) <= 1e-6, {
    error: 'De kansen op vertraging tellen samen op tot 1.',
  });

const ZRule = z.object({
  goAhead: ZProvenance.extend({ value: ZProbability }).refine(needsProvenance, provenanceError),
  delayYears: ZProvenance.extend({ value: ZDelayDistribution }).refine(needsProvenance, provenanceError),
});

const ZLeadTime = ZProvenance.extend({
  value: z
    .number({ error: 'Een doorlooptijd is een getal.' })
    .int({ error: 'Een doorlooptijd is een heel aantal jaren.' })
    .min(0, { error: 'Een doorlooptijd is 0 tot 15 jaar.' })
    .max(15, { error: 'Een doorlooptijd is 0 tot 15 jaar.' }),
}).refine(needsProvenance, provenanceError);

const ZScenario = ZProvenance.extend({
  label: ZText,
  targetFactor: z
    .number({ error: 'Een factor is een getal.' })
    .min(0.5, { error: 'De factor op de opgave ligt tussen 0,5 en 1,5.' })
    .max(1.5, { error: 'De factor op de opgave ligt tussen 0,5 en 1,5.' }),
}).refine(needsProvenance, provenanceError);

/** The parameters of the forecast, as data/forecast-parameters.json holds them and a region admin may replace them. */
export const ZForecastParameters = z.object({
  description: z.string().optional(),
  rules: z.record(z.enum(FORECAST_PHASES), z.record(z.enum(FORECAST_HARDNESSES), ZRule)),
  leadTimeYears: z.record(z.enum(FORECAST_PHASES), ZLeadTime),
  extraCapacityPhase: ZProvenance.extend({ value: z.enum(FORECAST_PHASES) }).refine(
    needsProvenance,
    provenanceError,
  ),
  scenarios: z.record(z.enum(DEMAND_SCENARIOS), ZScenario),
});
/** The forecast's parameters, validated (TForecastParameters in the zod naming of style.md). */
export type ForecastParameters = z.infer<typeof ZForecastParameters>;
/** The chance of going ahead and the delay distribution of one phase and hardness. */
export type ForecastRule = ForecastParameters['rules'][ForecastPhase][ForecastHardness];

/**
 * The default parameters: data/forecast-parameters.json, validated when this module loads (a broken file fails
 * at start and in forecast-parameters.test.ts, never halfway through a forecast).
 */
export const DEFAULT_FORECAST_PARAMETERS: ForecastParameters = ZForecastParameters.parse(data);

/** The longest delay any rule allows, in years. */
export function findMaxDelay(parameters: ForecastParameters): number {
  const years = Object.values(parameters.rules).flatMap((byHardness) =>
    Object.values(byHardness).flatMap((rule) => Object.keys(rule.delayYears.value).map(Number)),
  );
  return Math.max(0, ...years);
}

/**
 * The cumulative delay distribution of a rule over 0 … maxDelay years; the last entry is exactly 1, so rounding
 * in the data can never let a plan that goes ahead fall through all delays.
 */
export function toDelayCdf(rule: ForecastRule, maxDelay: number): number[] {
  const cdf: number[] = [];
  let total = 0;
  for (let d = 0; d <= maxDelay; d += 1) {
    total += rule.delayYears.value[String(d)] ?? 0;
    cdf.push(d === maxDelay ? 1 : Math.min(1, total));
  }
  return cdf;
}

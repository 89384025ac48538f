import { z } from 'zod';
import { ADVICE_KINDS } from '../../core/instruments';

const ZScore = z.object({
  score: z
    .number({ error: 'Een score is 1 tot en met 5.' })
    .int({ error: 'Een score is een heel getal van 1 tot en met 5.' })
    .min(1, { error: 'Een score is 1 tot en met 5.' })
    .max(5, { error: 'Een score is 1 tot en met 5.' })
    .nullable(),
  note: z
    .string()
    .trim()
    .max(2000, { error: 'De toelichting is te lang (maximaal 2000 tekens).' })
    .nullable()
    .default(null),
});

/** PUT /plans/{id}/review: scores and notes per criterion key, with the version last read. */
export const ZScoreReview = z.object({
  version: z.number().int().min(1),
  scores: z.record(z.string().max(60), ZScore),
});
export type TScoreReview = z.infer<typeof ZScoreReview>;

/** POST /plans/{id}/review/advice: the advice and its text. */
export const ZAdviseReview = z.object({
  version: z.number().int().min(1),
  advice: z.enum(ADVICE_KINDS, { error: 'Kies positief, positief onder voorwaarden of negatief.' }),
  text: z
    .string({ error: 'Schrijf het advies.' })
    .trim()
    .min(20, { error: 'Schrijf het advies in minstens 20 tekens.' })
    .max(8000, { error: 'Het advies is te lang (maximaal 8000 tekens).' }),
});

/** PUT /regions/{regionId}/review-framework: the criteria, weights and guidance. */
export const ZFramework = z.object({
  criteria: z
    .array(
      z.object({
        key: z
          .string()
          .regex(/^[a-zA-Z][a-zA-Z0-9]{1,40}$/, { error: 'Een sleutel bestaat uit letters en cijfers.' }),
        label: z.string().trim().min(3, { error: 'Geef het criterium een naam.' }).max(120),
        weight: z
          .number({ error: 'Het gewicht is een getal.' })
          .min(0.5, { error: 'Het gewicht is minstens 0,5.' })
          .max(10),
        guidance: z.object({
          1: z.string().trim().min(3, { error: 'Beschrijf wanneer een 1 past.' }).max(500),
          3: z.string().trim().min(3, { error: 'Beschrijf wanneer een 3 past.' }).max(500),
          5: z.string().trim().min(3, { error: 'Beschrijf wanneer een 5 past.' }).max(500),
        }),
      }),
    )
    .min(3, { error: 'Een toetsingskader heeft minstens drie criteria.' })
    .max(15)
    .refine((list) => new Set(list.map((c) => c.key)).size === list.length, {
      error: 'Elke sleutel komt één keer voor.',
    })
    .refine(
      (list) =>
        ['woonWerkBalans', 'ovBereikbaarheid', 'betaalbaarheid'].every((key) =>
          list.some((c) => c.key === key),
        ),
      {
        error:
          'Woon-werkbalans, OV-bereikbaarheid en betaalbaarheid horen er altijd bij (de regionale afspraak).',
      },
    ),
});

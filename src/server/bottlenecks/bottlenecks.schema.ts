import { z } from 'zod';

/** Statuses of a bottleneck ("knelpunt"), with their Dutch labels in the web app. */
export const BOTTLENECK_STATUSES = ['open', 'inProgress', 'resolved'] as const;
export type BottleneckStatus = (typeof BOTTLENECK_STATUSES)[number];

/** Kinds: the four monitor signals of issue 3, plus what a person records by hand. */
export const BOTTLENECK_KINDS = [
  'behindTrajectory',
  'shareBelowNorm',
  'stalePlan',
  'lowForecast',
  'scheduleDelay',
  'manual',
] as const;

export const ZBottleneckId = z.object({ id: z.uuid({ error: 'Dit is geen geldig knelpunt-id.' }) });

export const ZListBottlenecksQuery = z.object({
  status: z.enum(BOTTLENECK_STATUSES).optional(),
  municipality: z
    .string()
    .regex(/^GM\d{4}$/)
    .optional(),
});

export const ZCreateBottleneckRequest = z.object({
  title: z.string().trim().min(5, { error: 'Geef een titel van minstens 5 tekens.' }).max(200, {
    error: 'De titel is te lang (maximaal 200 tekens).',
  }),
  detail: z
    .string()
    .trim()
    .max(4000, { error: 'De toelichting is te lang (maximaal 4000 tekens).' })
    .default(''),
  municipalityCode: z
    .string()
    .regex(/^GM\d{4}$/, { error: 'Kies een gemeente.' })
    .nullable()
    .default(null),
  planId: z.uuid({ error: 'Kies een plan.' }).nullable().default(null),
});
export type TCreateBottleneckRequest = z.infer<typeof ZCreateBottleneckRequest>;

export const ZUpdateBottleneckRequest = z.object({
  status: z.enum(BOTTLENECK_STATUSES, { error: 'Kies een status.' }).optional(),
  ownerOrganisationId: z.uuid({ error: 'Kies een organisatie.' }).nullable().optional(),
  note: z
    .string()
    .max(4000, { error: 'De notitie is te lang (maximaal 4000 tekens).' })
    .nullable()
    .optional(),
});
export type TUpdateBottleneckRequest = z.infer<typeof ZUpdateBottleneckRequest>;

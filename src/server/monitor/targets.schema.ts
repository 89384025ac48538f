import { z } from 'zod';
import { SEGMENTS } from '../../core/programme';

const homes = (label: string) =>
  z
    .number({ error: `${label} moet een getal zijn.` })
    .int({ error: `${label} moet een heel getal zijn.` })
    .min(0, { error: `${label} mag niet negatief zijn.` })
    .max(10_000_000, { error: `${label} is te groot.` });

const year = z
  .number({ error: 'Jaar moet een getal zijn.' })
  .int({ error: 'Jaar moet een heel getal zijn.' })
  .min(2000, { error: 'Kies een jaar vanaf 2000.' })
  .max(2060, { error: 'Kies een jaar tot en met 2060.' });

export const ZTargetParams = z.object({
  regionId: z.string().min(1).max(100),
  code: z.string().regex(/^GM\d{4}$/, { error: 'Dit is geen gemeentecode (GM0000).' }),
});

/** A municipality's target over a period, with homes per segment where the target sets them. */
export const ZPutTargetRequest = z
  .object({
    periodStart: year,
    periodEnd: year,
    homes: homes('Aantal woningen'),
    bySegment: z.partialRecord(z.enum(SEGMENTS), homes('Aantal woningen per segment')).default({}),
    source: z.string().trim().max(500, { error: 'De bron is te lang.' }).nullable().default(null),
    demo: z.boolean().default(false),
  })
  .superRefine((target, ctx) => {
    if (target.periodEnd < target.periodStart) {
      ctx.addIssue({ code: 'custom', path: ['periodEnd'], message: 'Het eindjaar ligt voor het beginjaar.' });
    }
    const sum = Object.values(target.bySegment).reduce((a, b) => a + (b ?? 0), 0);
    if (sum > target.homes) {
      ctx.addIssue({
        code: 'custom',
        path: ['bySegment'],
        message: `De segmenten tellen op tot ${sum} woningen, meer dan het doel van ${target.homes}.`,
      });
    }
  });
export type TPutTargetRequest = z.infer<typeof ZPutTargetRequest>;

/** Realised homes of one municipality, year and segment (entered; imports use the same rules). */
export const ZPutRealisationRequest = z.object({
  municipalityCode: z.string().regex(/^GM\d{4}$/, { error: 'Kies een gemeente.' }),
  year,
  segment: z.enum(SEGMENTS, { error: 'Kies een segment.' }),
  homes: homes('Aantal woningen'),
  source: z.string().trim().max(500, { error: 'De bron is te lang.' }).nullable().default(null),
});
export type TPutRealisationRequest = z.infer<typeof ZPutRealisationRequest>;

export const ZMonitorSettingsRequest = z.object({
  reserveMargin: z
    .number({ error: 'De reservemarge moet een getal zijn.' })
    .min(1, { error: 'De reservemarge is minstens 100%.' })
    .max(3, { error: 'De reservemarge is hoogstens 300%.' }),
  staleAfterMonths: z
    .number({ error: 'Vul een aantal maanden in.' })
    .int({ error: 'Vul een heel aantal maanden in.' })
    .min(1, { error: 'Minstens 1 maand.' })
    .max(60, { error: 'Hoogstens 60 maanden.' }),
});
export type TMonitorSettingsRequest = z.infer<typeof ZMonitorSettingsRequest>;

import { z } from 'zod';

/** The fields of a compensation request (multipart form fields or JSON). */
export const ZRequestFields = z.object({
  motivation: z
    .string({ error: 'Motiveer het verzoek.' })
    .trim()
    .min(20, { error: 'Motiveer waarom 30% sociale huur in dit plan niet haalbaar is (minstens 20 tekens).' })
    .max(8000, { error: 'Hoogstens 8.000 tekens.' }),
  elsewhereChecked: z.literal(true, {
    error: 'Onderzoek eerst of de sociale huurwoningen elders gebouwd kunnen worden, en vink dat aan.',
  }),
  elsewhereNote: z
    .string({ error: 'Beschrijf wat het onderzoek naar bouwen elders opleverde.' })
    .trim()
    .min(10, { error: 'Beschrijf wat het onderzoek naar bouwen elders opleverde (minstens 10 tekens).' })
    .max(4000, { error: 'Hoogstens 4.000 tekens.' }),
});

/** The id of a compensation request in a path. */
export const ZRequestId = z.object({ id: z.uuid({ error: 'Dit is geen geldig verzoek-id.' }) });

/** The municipality's decision on a request, always motivated. */
export const ZDecision = z.object({
  decision: z.enum(['approved', 'rejected'], { error: 'Kies toekennen of afwijzen.' }),
  note: z
    .string({ error: 'Motiveer het besluit.' })
    .trim()
    .min(10, { error: 'Motiveer het besluit (minstens 10 tekens).' })
    .max(4000, { error: 'Hoogstens 4.000 tekens.' }),
});

/** A new entry of the fund's ledger; the sign of the amount follows the kind (see fundEntryError). */
export const ZFundEntry = z.object({
  kind: z.enum(['payment', 'contribution', 'correction'], { error: 'Kies afdracht, bijdrage of correctie.' }),
  amountEur: z
    .number({ error: 'Het bedrag is een getal.' })
    .min(-100_000_000, { error: 'Hoogstens € 100.000.000.' })
    .max(100_000_000, { error: 'Hoogstens € 100.000.000.' })
    .refine((value) => Math.abs(value * 100 - Math.round(value * 100)) < 1e-6, {
      error: 'Een bedrag heeft hoogstens twee cijfers achter de komma.',
    }),
  homes: z
    .number({ error: 'Het aantal woningen is een heel getal.' })
    .int({ error: 'Het aantal woningen is een heel getal.' })
    .min(1, { error: 'Minstens 1 woning.' })
    .max(100_000)
    .nullable()
    .optional(),
  planId: z.uuid({ error: 'Kies een plan van deze gemeente.' }).nullable().optional(),
  correctsId: z.uuid({ error: 'Kies de boeking die je corrigeert.' }).nullable().optional(),
  bookedOn: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Vul een datum in als jjjj-mm-dd.' })
    .refine(isCalendarDate, { error: 'Deze datum bestaat niet.' }),
  description: z
    .string({ error: 'Omschrijf de boeking.' })
    .trim()
    .min(5, { error: 'Omschrijf de boeking (minstens 5 tekens).' })
    .max(500, { error: 'Hoogstens 500 tekens.' }),
});
export type TFundEntry = z.infer<typeof ZFundEntry>;

/** True for a date that exists (not 31 February), between 2000 and 2100. */
function isCalendarDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return (
    !Number.isNaN(date.getTime()) &&
    date.toISOString().slice(0, 10) === value &&
    value >= '2000-01-01' &&
    value < '2100-01-01'
  );
}

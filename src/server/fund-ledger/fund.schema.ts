import { z } from 'zod';

export const ZRequestFields = z.object({
  motivation: z
    .string({ error: 'Motiveer het verzoek.' })
    .trim()
    .min(20, { error: 'Motiveer waarom 30% sociale huur in dit plan niet haalbaar is (minstens 20 tekens).' })
    .max(8000),
  elsewhereChecked: z.literal(true, {
    error: 'Onderzoek eerst of de sociale huurwoningen elders gebouwd kunnen worden, en vink dat aan.',
  }),
  elsewhereNote: z
    .string({ error: 'Beschrijf wat het onderzoek naar bouwen elders opleverde.' })
    .trim()
    .min(10, { error: 'Beschrijf wat het onderzoek naar bouwen elders opleverde (minstens 10 tekens).' })
    .max(4000),
});

export const ZRequestId = z.object({ id: z.uuid({ error: 'Dit is geen geldig verzoek-id.' }) });

export const ZDecision = z.object({
  decision: z.enum(['approved', 'rejected'], { error: 'Kies toekennen of afwijzen.' }),
  note: z.string().trim().min(10, { error: 'Motiveer het besluit (minstens 10 tekens).' }).max(4000),
});

export const ZFundEntry = z.object({
  kind: z.enum(['payment', 'contribution', 'correction'], { error: 'Kies afdracht, bijdrage of correctie.' }),
  amountEur: z.number({ error: 'Het bedrag is een getal.' }).finite().min(-100_000_000).max(100_000_000),
  homes: z.number().int().min(1).max(100_000).nullable().optional(),
  planId: z.uuid().nullable().optional(),
  correctsId: z.uuid().nullable().optional(),
  bookedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Vul een datum in als jjjj-mm-dd.' }),
  description: z.string().trim().min(5, { error: 'Omschrijf de boeking (minstens 5 tekens).' }).max(500),
});

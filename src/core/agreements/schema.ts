import { z } from 'zod';
import { AGREEMENT_KINDS, COMMITMENT_STATUSES } from './labels';
import { COMMITMENT_TYPES, TOPIC_KEYS } from './topics';

const optionalText = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, { error: message })
    .nullable()
    .default(null)
    .transform((v) => (v ? v : null));

const amount = (what: string) =>
  z
    .number({ error: `${what} is een getal.` })
    .min(0, { error: `${what} kan niet negatief zijn.` })
    .max(1_000_000_000, { error: `${what} is te groot.` })
    .nullable()
    .default(null);

/** A commitment as a form sends it (create and edit). */
export const ZCommitmentInput = z.object({
  partyOrganisationId: z.uuid({ error: 'Kies de partij die deze afspraak nakomt.' }),
  topic: z.enum(TOPIC_KEYS, { error: 'Kies een onderwerp.' }),
  type: z.enum(COMMITMENT_TYPES, { error: 'Kies aantallen, samenwerking of geld.' }),
  description: z
    .string({ error: 'Beschrijf de afspraak.' })
    .trim()
    .min(5, { error: 'Beschrijf de afspraak in minstens 5 tekens.' })
    .max(1000, { error: 'De beschrijving is te lang (maximaal 1000 tekens).' }),
  target: amount('Het doel'),
  actual: amount('De realisatie'),
  unit: z.string().trim().max(40, { error: 'De eenheid is te lang (maximaal 40 tekens).' }).default(''),
  dueDate: z.iso.date({ error: 'Vul een datum in als 31-12-2026.' }).nullable().default(null),
  status: z
    .enum(COMMITMENT_STATUSES, { error: 'Kies op koers, risico, achter of gehaald.' })
    .default('onTrack'),
  evidence: optionalText(2000, 'Het bewijs is te lang (maximaal 2000 tekens).'),
  planIds: z
    .array(z.uuid({ error: 'Dit is geen geldig plan.' }))
    .max(50)
    .default([]),
});
export type TCommitmentInput = z.infer<typeof ZCommitmentInput>;

/** An agreement with its parties (and, when drawn up at once, its commitments). */
export const ZAgreementInput = z.object({
  kind: z.enum(AGREEMENT_KINDS, { error: 'Kies de soort afspraak.' }),
  year: z
    .number({ error: 'Vul een jaar in.' })
    .int({ error: 'Vul een jaar in.' })
    .min(2015, { error: 'Het jaar ligt tussen 2015 en 2040.' })
    .max(2040, { error: 'Het jaar ligt tussen 2015 en 2040.' }),
  municipalityCode: z
    .string()
    .regex(/^GM\d{4}$/, { error: 'Kies een gemeente.' })
    .nullable()
    .default(null),
  title: z
    .string({ error: 'Geef de afspraak een titel.' })
    .trim()
    .min(5, { error: 'Geef de afspraak een titel van minstens 5 tekens.' })
    .max(200, { error: 'De titel is te lang (maximaal 200 tekens).' }),
  partyIds: z
    .array(z.uuid({ error: 'Dit is geen geldige partij.' }))
    .min(1, { error: 'Kies minstens één partij.' })
    .max(30),
  source: optionalText(500, 'De bron is te lang (maximaal 500 tekens).'),
  notes: optionalText(4000, 'De toelichting is te lang (maximaal 4000 tekens).'),
  commitments: z.array(ZCommitmentInput).max(100).default([]),
});
export type TAgreementInput = z.infer<typeof ZAgreementInput>;

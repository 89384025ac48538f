import { z } from 'zod';
import { AGREEMENT_KINDS, ZAgreementInput, ZCommitmentInput } from '../../core/agreements';

const year = z.coerce
  .number({ error: 'Kies een jaar.' })
  .int({ error: 'Kies een jaar.' })
  .min(2015, { error: 'Het jaar ligt tussen 2015 en 2040.' })
  .max(2040, { error: 'Het jaar ligt tussen 2015 en 2040.' });
const code = z.string().regex(/^GM\d{4}$/, { error: 'Een gemeentecode is GM gevolgd door vier cijfers.' });

/** GET /agreements?municipality=&year=&kind= (api-contract.md). */
export const ZListAgreementsQuery = z.object({
  municipality: code.optional(),
  year: year.optional(),
  kind: z.enum(AGREEMENT_KINDS, { error: 'Onbekende soort afspraak.' }).optional(),
});
export type TListAgreementsQuery = z.infer<typeof ZListAgreementsQuery>;

/** GET /agreements/comparison?year=&municipalities=GM0402,GM1942 */
export const ZComparisonQuery = z.object({
  year,
  municipalities: z
    .string()
    .optional()
    .transform((text) => (text ? text.split(',').filter(Boolean) : undefined))
    .pipe(z.array(code).max(50).optional()),
});

/** POST /agreements/regional-draft: which year and municipalities, and how many must share a topic. */
export const ZRegionalDraftRequest = z.object({
  year: year,
  municipalities: z.array(code).max(50).optional(),
  minShare: z.number().min(0).max(1).default(0.5),
});

export const ZAgreementId = z.object({ id: z.uuid({ error: 'Dit is geen geldige afspraak.' }) });
export const ZCommitmentId = z.object({ id: z.uuid({ error: 'Dit is geen geldige toezegging.' }) });

export const ZCreateAgreement = ZAgreementInput;
/** PATCH /agreements/{id}: title, year, parties, source, notes (kind and municipality stay). */
export const ZUpdateAgreement = ZAgreementInput.pick({
  title: true,
  year: true,
  partyIds: true,
  source: true,
  notes: true,
}).partial();
export type TUpdateAgreement = z.infer<typeof ZUpdateAgreement>;

export const ZCreateCommitment = ZCommitmentInput;
/** PATCH /commitments/{id}: any field, with the version last read (a stale version is a 409). */
export const ZUpdateCommitment = ZCommitmentInput.partial().extend({
  version: z.number({ error: 'De versie ontbreekt.' }).int().min(1),
});
export type TUpdateCommitment = z.infer<typeof ZUpdateCommitment>;

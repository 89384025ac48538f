import { z } from 'zod';
import { ORDINANCE_SEGMENTS, ZCompensationMethod, ZOrdinanceRule } from '../../core/instruments';
import { ZDeliveryInput, ZSegmentInput } from '../../core/programme';

export const ZMunicipalityCode = z.object({
  code: z.string().regex(/^GM\d{4}$/, { error: 'Een gemeentecode is GM gevolgd door vier cijfers.' }),
});

/** The segments as in a plan (for the live check on the plan form and the calculator). */
const ZSegments = z.array(ZSegmentInput).min(1, { error: 'Vul minstens één segment in.' }).max(20);

/** POST /municipalities/{code}/compliance: the plan form's unsaved segments against the ordinance in force. */
export const ZComplianceRequest = z.object({
  segments: ZSegments,
  deliveries: z.array(ZDeliveryInput).max(40).default([]),
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
});

/** POST /municipalities/{code}/compensation (api-contract.md): `{ segments }`, optionally the place. */
export const ZCompensationRequest = z.object({
  segments: ZSegments,
  deliveries: z.array(ZDeliveryInput).max(40).default([]),
  area: z.string().trim().max(100).nullable().optional(),
});

/** POST /plans/{id}/hardship-exceptions: an exception under the hardship clause, motivated and approved. */
export const ZHardshipException = z.object({
  segment: z.enum(ORDINANCE_SEGMENTS, { error: 'Kies het segment.' }),
  rule: z.enum(['minUsableArea', 'maxMonthlyRent', 'maxPrice'], { error: 'Kies de regel.' }),
  motivation: z
    .string({ error: 'Motiveer de uitzondering.' })
    .trim()
    .min(20, { error: 'Motiveer de uitzondering in minstens 20 tekens.' })
    .max(4000, { error: 'De motivering is te lang (maximaal 4000 tekens).' }),
  approvedBy: z
    .string({ error: 'Wie keurde de uitzondering goed?' })
    .trim()
    .min(3, { error: 'Noem wie de uitzondering goedkeurde (bijvoorbeeld het college, met datum).' })
    .max(200),
});

/** POST /municipalities/{code}/ordinances: a new version, in force from its date. */
export const ZNewOrdinance = z.object({
  effectiveFrom: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Vul een datum in als jjjj-mm-dd.' }),
  title: z.string().trim().min(3, { error: 'Geef de verordening een titel.' }).max(200),
  rules: z.array(ZOrdinanceRule).max(3),
  hardshipClause: z.string().trim().min(3, { error: 'Beschrijf de hardheidsclausule.' }).max(2000),
  source: z.string().trim().min(3, { error: 'Noem de bron (besluit, datum).' }).max(500),
});

/** POST /municipalities/{code}/instruments/what-if: an ordinance or scheme as it could be, not saved. */
export const ZPolicyWhatIf = z
  .object({
    ordinanceRules: z.array(ZOrdinanceRule).max(3).optional(),
    schemeMethod: ZCompensationMethod.optional(),
  })
  .refine((body) => body.ordinanceRules || body.schemeMethod, {
    error: 'Verander een regel van de verordening of de compensatieregeling.',
  });

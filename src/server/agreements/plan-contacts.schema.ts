import { z } from 'zod';

/** A contact of a plan: which organisation, which role, for what; a role mailbox or number, never a person. */
export const ZPlanContactInput = z.object({
  organisationId: z.uuid({ error: 'Kies de organisatie.' }),
  roleLabel: z
    .string({ error: 'Noem de rol, bijvoorbeeld "Projectleider gemeente".' })
    .trim()
    .min(3, { error: 'Noem de rol, bijvoorbeeld "Projectleider gemeente".' })
    .max(120, { error: 'De rol is te lang (maximaal 120 tekens).' }),
  topic: z
    .string({ error: 'Noem waarvoor je belt, bijvoorbeeld "vergunning".' })
    .trim()
    .min(3, { error: 'Noem waarvoor je belt, bijvoorbeeld "vergunning".' })
    .max(60, { error: 'Het onderwerp is te lang (maximaal 60 tekens).' }),
  phone: z
    .string()
    .trim()
    .max(30, { error: 'Het telefoonnummer is te lang.' })
    .regex(/^(|[+0-9][0-9 ()-]{5,})$/, { error: 'Vul een telefoonnummer in als 035 123 45 67.' })
    .nullable()
    .default(null)
    .transform((v) => v || null),
  email: z
    .union([z.literal(''), z.email({ error: 'Vul een e-mailadres in als wonen@gemeente.nl.' })])
    .nullable()
    .default(null)
    .transform((v) => v || null),
});
export type TPlanContactInput = z.infer<typeof ZPlanContactInput>;

export const ZPlanContactParams = z.object({
  id: z.uuid({ error: 'Dit is geen geldig plan-id.' }),
  contactId: z.uuid({ error: 'Dit is geen geldig contact.' }),
});

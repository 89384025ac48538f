import { z } from 'zod';
import { ROLES } from '../../core/route-map/schema';
import { isMonth } from '../../core/staffing';

/** The current month in Amsterdam, `YYYY-MM`. */
export function currentMonth(now = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit' })
    .format(now)
    .slice(0, 7);
}

export const ZOrganisationParams = z.object({
  id: z.uuid({ error: 'Dit is geen geldig organisatie-id.' }),
});

/** GET /organisations/{id}/staffing?from=YYYY-MM&months=24 */
export const ZStaffingQuery = z.object({
  from: z
    .string()
    .refine(isMonth, { error: 'Vul een maand in als jjjj-mm.' })
    .refine((month) => month >= '2000-01' && month <= '2100-12', {
      error: 'Kies een maand tussen 2000 en 2100.',
    })
    .optional(),
  months: z.coerce
    .number({ error: 'Het aantal maanden is een getal.' })
    .int({ error: 'Het aantal maanden is een heel getal.' })
    .min(1, { error: 'Kies minstens 1 maand.' })
    .max(120, { error: 'Kies hoogstens 120 maanden (10 jaar).' })
    .default(24),
});
export type TStaffingQuery = z.infer<typeof ZStaffingQuery>;

/** PUT /organisations/{id}/staff-capacity: the whole set; a role left out has no recorded capacity. */
export const ZPutStaffCapacityRequest = z.object({
  roles: z
    .array(
      z.object({
        role: z.enum(ROLES, { error: 'Onbekende rol.' }),
        fte: z
          .number({ error: 'Vul het aantal fte in als getal.' })
          .min(0, { error: 'Het aantal fte kan niet negatief zijn.' })
          .max(1000, { error: 'Hoogstens 1000 fte per rol.' }),
      }),
    )
    .max(ROLES.length)
    .refine((roles) => new Set(roles.map((r) => r.role)).size === roles.length, {
      error: 'Elke rol komt hoogstens één keer voor.',
    }),
});
export type TPutStaffCapacityRequest = z.infer<typeof ZPutStaffCapacityRequest>;

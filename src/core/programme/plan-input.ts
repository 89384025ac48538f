import { z } from 'zod';
import { BOTTLENECK_CATEGORIES, PARTY_ROLES, PHASES, PLAN_TYPES, VISIBILITIES } from './phases';
import { PLANNING_STATUSES } from './planning-status';
import { isBuySegment, isRentSegment, SEGMENTS } from './segments';

/**
 * The plan as a user enters it: one definition for the form (live validation) and the server (before it saves).
 * Every message is Dutch and fit to show next to its field.
 */
const wholeNumber = (label: string, max: number) =>
  z
    .number({ error: `${label} moet een getal zijn.` })
    .int({ error: `${label} moet een heel getal zijn.` })
    .min(0, { error: `${label} mag niet negatief zijn.` })
    .max(max, { error: `${label} mag niet groter zijn dan ${max.toLocaleString('nl-NL')}.` });

const optionalAmount = (label: string, max: number) => wholeNumber(label, max).nullable().optional();

/** A calendar date `YYYY-MM-DD` that exists (2026-02-31 does not). */
const isoDate = z.string().superRefine((value, ctx) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    ctx.addIssue({ code: 'custom', message: 'Vul een datum in als jjjj-mm-dd.' });
    return;
  }
  const date = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    ctx.addIssue({ code: 'custom', message: 'Dit is geen bestaande datum.' });
  }
});

export const ZSegmentInput = z
  .object({
    segment: z.enum(SEGMENTS, { error: 'Kies een segment.' }),
    homes: wholeNumber('Aantal woningen', 100_000).refine((n) => n > 0, {
      error: 'Vul minstens 1 woning in.',
    }),
    usableAreaM2: optionalAmount('GBO', 10_000),
    monthlyRentEur: optionalAmount('Huur per maand', 100_000),
    priceEur: optionalAmount('Koopprijs', 100_000_000),
  })
  .superRefine((line, ctx) => {
    if (line.monthlyRentEur != null && !isRentSegment(line.segment)) {
      ctx.addIssue({
        code: 'custom',
        path: ['monthlyRentEur'],
        message: 'Een huur hoort alleen bij een huursegment.',
      });
    }
    if (line.priceEur != null && !isBuySegment(line.segment)) {
      ctx.addIssue({
        code: 'custom',
        path: ['priceEur'],
        message: 'Een koopprijs hoort alleen bij een koopsegment.',
      });
    }
  });
export type TSegmentInput = z.infer<typeof ZSegmentInput>;

export const ZDeliveryInput = z.object({
  year: z
    .number({ error: 'Jaar moet een getal zijn.' })
    .int({ error: 'Jaar moet een heel getal zijn.' })
    .min(2000, { error: 'Kies een jaar vanaf 2000.' })
    .max(2060, { error: 'Kies een jaar tot en met 2060.' }),
  homes: wholeNumber('Aantal woningen', 100_000).refine((n) => n > 0, { error: 'Vul minstens 1 woning in.' }),
});

export const ZPartyInput = z.object({
  organisationId: z.uuid({ error: 'Kies een organisatie.' }),
  role: z.enum(PARTY_ROLES, { error: 'Kies een rol.' }),
});

export const ZBusinessCase = z.object({
  investmentEur: optionalAmount('Investering', 10_000_000_000),
  revenueEur: optionalAmount('Opbrengsten', 10_000_000_000),
  unprofitableTopEur: z
    .number({ error: 'Onrendabele top moet een getal zijn.' })
    .int({ error: 'Onrendabele top moet een heel bedrag zijn.' })
    .nullable()
    .optional(),
  notes: z
    .string()
    .max(4000, { error: 'Toelichting is te lang (maximaal 4000 tekens).' })
    .nullable()
    .optional(),
});
export type TBusinessCase = z.infer<typeof ZBusinessCase>;

export const ZPlanInput = z
  .object({
    name: z
      .string({ error: 'Vul een naam in.' })
      .trim()
      .min(3, { error: 'Een naam heeft minstens 3 tekens.' })
      .max(200, { error: 'Een naam heeft hoogstens 200 tekens.' }),
    municipalityCode: z.string().regex(/^GM\d{4}$/, { error: 'Kies een gemeente.' }),
    phase: z.enum(PHASES, { error: 'Kies een planfase.' }),
    planningStatus: z.enum(PLANNING_STATUSES, { error: 'Kies een planologische status.' }),
    planType: z.enum(PLAN_TYPES, { error: 'Kies een plantype.' }).nullable().optional(),
    bottlenecks: z
      .array(z.enum(BOTTLENECK_CATEGORIES, { error: 'Onbekend knelpunt.' }))
      .max(10)
      .default([]),
    location: z
      .object({
        lat: z.number().min(50.7, { error: 'Deze plek ligt niet in Nederland.' }).max(53.7, {
          error: 'Deze plek ligt niet in Nederland.',
        }),
        lon: z.number().min(3.2, { error: 'Deze plek ligt niet in Nederland.' }).max(7.3, {
          error: 'Deze plek ligt niet in Nederland.',
        }),
      })
      .nullable()
      .optional(),
    address: z.string().trim().max(300, { error: 'Adres is te lang.' }).nullable().optional(),
    segments: z.array(ZSegmentInput).min(1, { error: 'Vul minstens één segment in.' }).max(20),
    deliveries: z.array(ZDeliveryInput).max(40).default([]),
    parties: z.array(ZPartyInput).max(20).default([]),
    visibility: z.enum(VISIBILITIES, { error: 'Kies wie het plan mag zien.' }),
    businessCase: ZBusinessCase.nullable().optional(),
    deadline: isoDate.nullable().optional(),
    nextMilestone: z
      .object({
        label: z.string().trim().min(2, { error: 'Beschrijf de mijlpaal.' }).max(200),
        date: isoDate,
      })
      .nullable()
      .optional(),
    notes: z
      .string()
      .max(4000, { error: 'Toelichting is te lang (maximaal 4000 tekens).' })
      .nullable()
      .optional(),
  })
  .superRefine((plan, ctx) => {
    const homes = plan.segments.reduce((sum, line) => sum + line.homes, 0);
    const delivered = plan.deliveries.reduce((sum, line) => sum + line.homes, 0);
    if (plan.deliveries.length > 0 && delivered !== homes) {
      ctx.addIssue({
        code: 'custom',
        path: ['deliveries'],
        message: `De oplevering per jaar telt op tot ${delivered} woningen, de segmenten tot ${homes}. Maak ze gelijk.`,
      });
    }
    const years = plan.deliveries.map((line) => line.year);
    if (new Set(years).size !== years.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['deliveries'],
        message: 'Elk jaar mag maar één keer voorkomen.',
      });
    }
    const seen = new Set<string>();
    plan.parties.forEach((party, index) => {
      const key = `${party.organisationId}:${party.role}`;
      if (seen.has(key)) {
        ctx.addIssue({
          code: 'custom',
          path: ['parties', index],
          message: 'Deze partij staat er al in met deze rol.',
        });
      }
      seen.add(key);
    });
  });
export type TPlanInput = z.infer<typeof ZPlanInput>;
/** What the form holds before validation. */
export type TPlanInputRaw = z.input<typeof ZPlanInput>;

/** Sums the homes of a plan's segment lines. */
export function sumHomes(lines: readonly { homes: number }[]): number {
  return lines.reduce((sum, line) => sum + line.homes, 0);
}

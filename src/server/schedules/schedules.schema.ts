import { z } from 'zod';

const isoDate = z
  .string({ error: 'Vul een datum in als jjjj-mm-dd.' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Vul een datum in als jjjj-mm-dd.' })
  .refine((value) => new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value, {
    error: 'Dit is geen bestaande datum.',
  });

/** The three questions of the route map (api-contract.md, "Schedules"). */
export const ZRouteMapRequest = z.object({
  development: z.enum(['site', 'area'], { error: 'Kies locatie- of gebiedsontwikkeling.' }),
  procedure: z.enum(['zoningPlanChange', 'outOfPlanPermit', 'buildingPermit'], {
    error: 'Kies omgevingsplanwijziging, BOPA of een vergunning binnen het plan.',
  }),
  preparation: z.enum(['sequential', 'parallel'], { error: 'Kies volgtijdelijk of parallel.' }),
});
export type TRouteMapRequest = z.infer<typeof ZRouteMapRequest>;

/** A dependency as the contract writes it (a key: finish-to-start) or in full (type and lag). */
const ZLinkInput = z.union([
  z.string().min(1).max(60),
  z.object({
    key: z.string().min(1).max(60),
    type: z.enum(['FS', 'SS'], { error: 'Kies einde-begin (FS) of begin-begin (SS).' }),
    lagWeeks: z
      .number({ error: 'De wachttijd is een getal (weken).' })
      .int({ error: 'De wachttijd is een heel aantal weken.' })
      .min(0, { error: 'De wachttijd kan niet negatief zijn.' })
      .max(260, { error: 'De wachttijd is hoogstens 260 weken.' })
      .default(0),
  }),
]);

export const ZScheduleActivityInput = z.object({
  key: z.string({ error: 'Elke activiteit heeft een sleutel.' }).regex(/^[a-z0-9][a-z0-9-]{0,59}$/, {
    error: 'Een sleutel bestaat uit kleine letters, cijfers en streepjes.',
  }),
  name: z
    .string({ error: 'Geef de activiteit een naam.' })
    .trim()
    .min(2, { error: 'Geef de activiteit een naam.' })
    .max(200),
  phase: z.string().trim().min(1, { error: 'Kies een fase.' }).max(60),
  durationWeeks: z
    .number({ error: 'De duur is een getal (weken).' })
    .int({ error: 'De duur is een heel aantal weken.' })
    .min(0, { error: 'De duur kan niet negatief zijn.' })
    .max(520, { error: 'De duur is hoogstens 520 weken (10 jaar).' }),
  dependsOn: z.array(ZLinkInput).max(40).default([]),
  party: z.string().max(60).nullable().optional(),
  roles: z.array(z.string().max(60)).max(20).optional(),
  /** Hours per week per role while the activity runs (staff capacity); absent: the template's. */
  staffing: z
    .array(
      z.object({
        role: z.string().min(1).max(60),
        hoursPerWeek: z
          .number({ error: 'Uren per week is een getal.' })
          .min(0, { error: 'Uren per week kan niet negatief zijn.' })
          .max(40, { error: 'Hoogstens 40 uur per week per rol.' }),
      }),
    )
    .max(20)
    .optional(),
  milestone: z.boolean().optional(),
  calendar: z.string().max(30).optional(),
  actualStart: isoDate.nullable().optional(),
  actualEnd: isoDate.nullable().optional(),
});

/** PUT /plans/{id}/schedule: the activities as edited, the start date, and the route they came from. */
export const ZPutScheduleRequest = z.object({
  startDate: isoDate,
  activities: z
    .array(ZScheduleActivityInput)
    .min(1, { error: 'Een planning heeft minstens één activiteit.' })
    .max(200, { error: 'Een planning heeft hoogstens 200 activiteiten.' }),
  route: ZRouteMapRequest.nullable().optional(),
  templateKey: z.string().max(100).nullable().optional(),
  /** The version last read; a stale one is refused (409). Absent: the first save. */
  version: z.number().int().min(1).optional(),
});
export type TPutScheduleRequest = z.infer<typeof ZPutScheduleRequest>;

/** POST /plans/{id}/logbook: one answer to a question of the questionnaire. */
export const ZLogbookAnswer = z.object({
  questionKey: z.string({ error: 'Kies een vraag.' }).min(1).max(100),
  answer: z.enum(['ja', 'nee', 'nvt'], { error: 'Antwoord ja, nee of niet van toepassing.' }),
  note: z
    .string()
    .max(2000, { error: 'De toelichting is te lang (maximaal 2000 tekens).' })
    .nullable()
    .optional(),
});

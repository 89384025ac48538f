import { z } from 'zod';
import { ZScheduleChanges } from '../../core/route-map';

/** POST /plans/{id}/schedule/what-if and POST /municipalities/{code}/schedule/what-if. */
export const ZWhatIfRequest = z.object({ changes: ZScheduleChanges });
export type TWhatIfRequest = z.infer<typeof ZWhatIfRequest>;

export const ZMunicipalityParams = z.object({
  code: z.string().regex(/^GM\d{4}$/, { error: 'Een gemeentecode is GM gevolgd door vier cijfers.' }),
});

/** POST /schedule-scenarios: a what-if saved under a name, for one plan or every plan of a municipality. */
export const ZSaveScenarioRequest = z
  .object({
    name: z
      .string({ error: 'Geef het scenario een naam.' })
      .trim()
      .min(3, { error: 'Geef het scenario een naam van minstens 3 tekens.' })
      .max(120, { error: 'De naam is te lang (maximaal 120 tekens).' }),
    planId: z.uuid({ error: 'Dit is geen geldig plan-id.' }).optional(),
    municipalityCode: ZMunicipalityParams.shape.code.optional(),
    changes: ZScheduleChanges,
  })
  .refine((body) => (body.planId === undefined) !== (body.municipalityCode === undefined), {
    error: 'Kies één plan of één gemeente.',
    path: ['planId'],
  });
export type TSaveScenarioRequest = z.infer<typeof ZSaveScenarioRequest>;

export const ZScenarioQuery = z.object({
  municipality: ZMunicipalityParams.shape.code.optional(),
  plan: z.uuid({ error: 'Dit is geen geldig plan-id.' }).optional(),
});

export const ZScenarioId = z.object({ id: z.uuid({ error: 'Dit is geen geldig scenario-id.' }) });

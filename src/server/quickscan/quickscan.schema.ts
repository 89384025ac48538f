import { z } from 'zod';
import { ZQuickScanAnswers } from '../../core/instruments';
import { ROUTE_MAP_PHASES } from '../../core/route-map/schema';

/** PUT /plans/{id}/quickscan: the four answers; the procedure only for a plan without a planning. */
export const ZPutQuickScan = z.object({
  answers: ZQuickScanAnswers,
  designated: z.boolean().default(false),
  procedure: z
    .enum(['zoningPlanChange', 'outOfPlanPermit', 'buildingPermit'], {
      error: 'Kies omgevingsplanwijziging, BOPA of een vergunning binnen het plan.',
    })
    .nullable()
    .optional(),
});

/** POST /plans/{id}/participation-reports: what was done in a phase, what was discussed, what was done with it. */
export const ZParticipationReport = z.object({
  phase: z.enum(ROUTE_MAP_PHASES, { error: 'Kies de fase.' }),
  done: z
    .string({ error: 'Beschrijf wat er is gedaan.' })
    .trim()
    .min(10, { error: 'Beschrijf wat er is gedaan (minstens 10 tekens).' })
    .max(4000),
  discussion: z
    .string({ error: 'Noem de punten van discussie.' })
    .trim()
    .min(3, { error: 'Noem de punten van discussie.' })
    .max(4000),
  useOfInput: z
    .string({ error: 'Beschrijf hoe de inbreng is gebruikt.' })
    .trim()
    .min(10, { error: 'Beschrijf hoe de inbreng is gebruikt (minstens 10 tekens).' })
    .max(4000),
});

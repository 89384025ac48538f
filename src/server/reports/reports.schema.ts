import { z } from 'zod';
import { formatHomes } from '../../core/monitor';
import { DEMAND_SCENARIOS } from '../monitor/monitor.schema';

/** A whole number from the query string, within bounds, with a Dutch message. */
const queryInt = (label: string, min: number, max: number, fallback: number) =>
  z.coerce
    .number({ error: `${label} moet een getal zijn.` })
    .int({ error: `${label} moet een heel getal zijn.` })
    .min(min, { error: `${label} is minstens ${formatHomes(min)}.` })
    .max(max, { error: `${label} is hoogstens ${formatHomes(max)}.` })
    .default(fallback);

/**
 * GET /regions/{id}/monitor.xlsx and .pdf: the forecast's demand scenario, runs and seed. Fewer runs than the
 * forecast endpoint allows (10,000): an export is a download, not an analysis.
 */
export const ZReportQuery = z.object({
  scenario: z.enum(DEMAND_SCENARIOS, { error: 'Kies low, middle of high.' }).default('middle'),
  runs: queryInt('Het aantal runs', 100, 10_000, 10_000),
  seed: queryInt('De seed', 0, 2 ** 31 - 1, 2030),
});
export type TReportQuery = z.infer<typeof ZReportQuery>;

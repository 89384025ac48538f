import { z } from 'zod';

export const ZRegionParams = z.object({ regionId: z.string().min(1).max(100) });

export const DEMAND_SCENARIOS = ['low', 'middle', 'high'] as const;

/** POST /regions/{id}/forecast (api-contract.md): runs, seed, horizon; plus the demand scenario. */
export const ZForecastRequest = z.object({
  runs: z
    .number({ error: 'Het aantal runs moet een getal zijn.' })
    .int({ error: 'Het aantal runs moet een heel getal zijn.' })
    .min(100, { error: 'Minstens 100 runs.' })
    .max(100_000, { error: 'Hoogstens 100.000 runs.' })
    .default(10_000),
  seed: z
    .number({ error: 'De seed moet een getal zijn.' })
    .int({ error: 'De seed moet een heel getal zijn.' })
    .min(0)
    .max(2 ** 31 - 1)
    .default(2030),
  horizonYear: z
    .number({ error: 'Het horizonjaar moet een getal zijn.' })
    .int()
    .min(2024, { error: 'Kies een horizonjaar vanaf 2024.' })
    .max(2060, { error: 'Kies een horizonjaar tot en met 2060.' })
    .default(2030),
  scenario: z.enum(DEMAND_SCENARIOS, { error: 'Kies laag, midden of hoog.' }).default('middle'),
});
export type TForecastRequest = z.infer<typeof ZForecastRequest>;

export const ZCompareQuery = z.object({ from: z.uuid(), to: z.uuid() });

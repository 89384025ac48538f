import { z } from 'zod';
import { HARDNESSES, PHASES, SEGMENTS, ZPlanInput } from '../../core/programme';

export const ZPlanId = z.object({ id: z.uuid({ error: 'Dit is geen geldig plan-id.' }) });

export const SORTS = [
  'name',
  '-name',
  'homes',
  '-homes',
  'municipality',
  '-municipality',
  'updatedAt',
  '-updatedAt',
  'delivery',
  '-delivery',
] as const;

/** GET /plans query string. */
export const ZListPlansQuery = z.object({
  municipality: z
    .string()
    .regex(/^GM\d{4}$/, { error: 'Gebruik een CBS-code zoals GM0402.' })
    .optional(),
  phase: z.enum(PHASES, { error: 'Onbekende planfase.' }).optional(),
  hardness: z.enum(HARDNESSES, { error: 'Onbekende hardheid.' }).optional(),
  segment: z.enum(SEGMENTS, { error: 'Onbekend segment.' }).optional(),
  minHomes: z.coerce.number().int().min(0).optional(),
  q: z.string().trim().max(200).optional(),
  owner: z.enum(['mine']).optional(),
  sort: z.enum(SORTS, { error: 'Onbekende sortering.' }).default('name'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export type TListPlansQuery = z.infer<typeof ZListPlansQuery>;

export const ZCreatePlanRequest = ZPlanInput;

/** PATCH: any fields of the plan plus the version last read (optimistic locking). */
export const ZUpdatePlanRequest = z
  .object({
    version: z.number({ error: 'De versie ontbreekt.' }).int().min(1),
  })
  .catchall(z.unknown());
export type TUpdatePlanRequest = z.infer<typeof ZUpdatePlanRequest>;

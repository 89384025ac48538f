import { z } from 'zod';
import { SEARCH_TYPES } from '../../core/search';

/** GET /search?q=&type=&limit=: `limit` results per type (default 10). */
export const ZSearchQuery = z.object({
  q: z
    .string({ error: 'Geef een zoekterm.' })
    .trim()
    .min(1, { error: 'Geef een zoekterm.' })
    .max(200, { error: 'De zoekterm is te lang (maximaal 200 tekens).' }),
  type: z.enum(SEARCH_TYPES).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(10),
});
export type TSearchQuery = z.infer<typeof ZSearchQuery>;

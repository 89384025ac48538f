import { z } from 'zod';
import {
  KNOWLEDGE_KINDS,
  STEERING_DISTANCES,
  STEERING_HARDNESSES,
  TOOLBOX_GOALS,
  ZKnowledgeItemInput,
} from '../../core/knowledge';

export const ZKnowledgeId = z.object({ id: z.uuid({ error: 'Dit is geen geldig kennis-id.' }) });
export const ZKnowledgePlanParams = z.object({
  id: z.uuid({ error: 'Dit is geen geldig kennis-id.' }),
  planId: z.uuid({ error: 'Dit is geen geldig plan-id.' }),
});

/** GET /knowledge-items: the facets of /kennis (kind, the two axes, a toolbox goal) and a text filter. */
export const ZListKnowledgeQuery = z.object({
  kind: z.enum(KNOWLEDGE_KINDS).optional(),
  steeringDistance: z.enum(STEERING_DISTANCES).optional(),
  steeringHardness: z.enum(STEERING_HARDNESSES).optional(),
  goal: z.enum(TOOLBOX_GOALS).optional(),
  q: z.string().trim().max(200).optional(),
});
export type TListKnowledgeQuery = z.infer<typeof ZListKnowledgeQuery>;

const ZVersion = z.object({ version: z.number({ error: 'De versie ontbreekt.' }).int().min(1) });

/** PUT /knowledge-items/{id}: the whole item, with the version the editor last read (409 when stale). */
export const ZUpdateKnowledgeItem = ZVersion.and(ZKnowledgeItemInput);
export type TUpdateKnowledgeItem = z.infer<typeof ZUpdateKnowledgeItem>;

/** DELETE /knowledge-items/{id}?version=: the version the editor confirmed deleting. */
export const ZDeleteQuery = z.object({ version: z.coerce.number().int().min(1) });

/** PUT /knowledge-items/{id}/plans/{planId}: how the item was used in that plan. */
export const ZLinkPlan = z.object({
  note: z
    .string()
    .trim()
    .max(1000, { error: 'De notitie is te lang (maximaal 1000 tekens).' })
    .transform((value) => value || null)
    .nullable()
    .default(null),
});

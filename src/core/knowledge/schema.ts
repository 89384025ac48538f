import { z } from 'zod';
import { KNOWLEDGE_KINDS, STEERING_DISTANCES, STEERING_HARDNESSES, TOOLBOX_GOALS } from './model';

const text = (label: string, min: number, max: number) =>
  z
    .string({ error: `Vul ${label} in.` })
    .trim()
    .min(min, { error: min <= 1 ? `Vul ${label} in.` : `Schrijf ${label} in minstens ${min} tekens.` })
    .max(max, { error: `${label[0]?.toUpperCase()}${label.slice(1)} is te lang (maximaal ${max} tekens).` });

const optionalUrl = z
  .string()
  .trim()
  .max(500, { error: 'Het adres is te lang (maximaal 500 tekens).' })
  .refine((value) => value === '' || /^https?:\/\/[^\s]+\.[^\s]+$/i.test(value), {
    error: 'Geef een volledig webadres dat begint met https:// of http://.',
  })
  .transform((value) => value || null)
  .nullable()
  .default(null);

/**
 * A knowledge item as an editor writes it (POST and, with `version`, PATCH); the same rules in the form and on
 * the server. An instrument has both axes of the instrumentenwaaier; a publication has its link.
 */
export const ZKnowledgeItemInput = z
  .object({
    kind: z.enum(KNOWLEDGE_KINDS, {
      error: 'Kies een soort: instrument, praktijkvoorbeeld, les of publicatie.',
    }),
    title: text('een titel', 3, 160),
    summary: text('een samenvatting', 10, 400),
    body: text('de tekst', 20, 20_000),
    steeringDistance: z
      .enum(STEERING_DISTANCES, { error: 'Kies sturen op afstand of vanuit nabijheid.' })
      .nullable()
      .default(null),
    steeringHardness: z
      .enum(STEERING_HARDNESSES, { error: 'Kies harde of zachte sturing.' })
      .nullable()
      .default(null),
    goals: z
      .array(z.enum(TOOLBOX_GOALS, { error: 'Onbekend doel.' }))
      .max(TOOLBOX_GOALS.length)
      .default([])
      .transform((goals) => [...new Set(goals)]),
    source: text('de bron', 3, 300),
    sourceUrl: optionalUrl,
  })
  .superRefine((item, ctx) => {
    if (item.kind === 'instrument' && !item.steeringDistance) {
      ctx.addIssue({
        code: 'custom',
        path: ['steeringDistance'],
        message: 'Een instrument stuurt op afstand of vanuit nabijheid: kies er een.',
      });
    }
    if (item.kind === 'instrument' && !item.steeringHardness) {
      ctx.addIssue({
        code: 'custom',
        path: ['steeringHardness'],
        message: 'Een instrument stuurt hard of zacht: kies er een.',
      });
    }
    if (item.kind === 'publication' && !item.sourceUrl) {
      ctx.addIssue({
        code: 'custom',
        path: ['sourceUrl'],
        message: 'Geef de link naar de publicatie.',
      });
    }
  });
export type TKnowledgeItemInput = z.infer<typeof ZKnowledgeItemInput>;
export type TKnowledgeItemInputRaw = z.input<typeof ZKnowledgeItemInput>;

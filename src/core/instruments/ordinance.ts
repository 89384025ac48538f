import { z } from 'zod';
import type { SegmentLine } from '../programme/norms';
import { SEGMENT_LABELS, type Segment } from '../programme/segments';

/** The segments a doelgroepenverordening sets rules for (seed 003, session 3: Gooise Meren, December 2023). */
export const ORDINANCE_SEGMENTS = ['socialRent', 'midRent', 'affordableBuy'] as const;
export type OrdinanceSegment = (typeof ORDINANCE_SEGMENTS)[number];

const euro = z
  .number()
  .positive({ error: 'Een grens is een bedrag groter dan 0.' })
  .max(10_000_000)
  .nullable();

/** One segment's rule: the rent or price limit and the minimum usable floor area (GBO), each optional. */
export const ZOrdinanceRule = z.object({
  segment: z.enum(ORDINANCE_SEGMENTS, { error: 'Kies sociale huur, middenhuur of betaalbare koop.' }),
  maxMonthlyRentEur: euro.default(null),
  maxPriceEur: euro.default(null),
  minUsableAreaM2: z
    .number({ error: 'De minimale oppervlakte is een getal (m² GBO).' })
    .positive({ error: 'De minimale oppervlakte is groter dan 0.' })
    .max(500, { error: 'Hoogstens 500 m².' })
    .nullable()
    .default(null),
});
export type OrdinanceRule = z.infer<typeof ZOrdinanceRule>;

/** A version of a municipality's ordinance, in force from `effectiveFrom` until a later version. */
export const ZOrdinance = z.object({
  municipalityCode: z.string().regex(/^GM\d{4}$/),
  effectiveFrom: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Vul een datum in als jjjj-mm-dd.' }),
  title: z.string().trim().min(3).max(200),
  rules: z.array(ZOrdinanceRule).max(3),
  hardshipClause: z.string().trim().min(3).max(2000),
  source: z.string().trim().min(3).max(500),
  demo: z.boolean().default(false),
});
export type Ordinance = z.infer<typeof ZOrdinance>;

/** The version in force on `date` (ISO): the latest that took effect on or before it, or null. */
export function ordinanceInForce<T extends Pick<Ordinance, 'effectiveFrom'>>(
  versions: readonly T[],
  date: string,
): T | null {
  let found: T | null = null;
  for (const version of versions) {
    if (version.effectiveFrom <= date && (!found || version.effectiveFrom > found.effectiveFrom))
      found = version;
  }
  return found;
}

export type ComplianceRule = 'minUsableArea' | 'maxMonthlyRent' | 'maxPrice';

/** One rule checked for one segment line of a plan. */
export interface ComplianceCheck {
  /** Index of the segment line in the plan. */
  line: number;
  segment: Segment;
  rule: ComplianceRule;
  ok: boolean;
  /** Dutch: why it passes or fails, with the numbers. */
  message: string;
  /** Set when a recorded hardship exception covers a failing rule. */
  exception: { motivation: string; approvedBy: string } | null;
}

/** A recorded exception under the hardship clause: for one segment and rule of one plan. */
export interface HardshipException {
  segment: Segment;
  rule: ComplianceRule;
  motivation: string;
  approvedBy: string;
}

const eurFormat = new Intl.NumberFormat('nl-NL', {
  style: 'currency',
  currency: 'EUR',
  maximumFractionDigits: 0,
});
/** "€ 1.100" with a plain space, so messages read and compare the same everywhere. */
const eur = { format: (value: number) => eurFormat.format(value).replace(/\u00a0/g, ' ') };
const m2 = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });

/**
 * Checks each segment line of a plan against the ordinance in force: a home smaller than the minimum GBO, or
 * dearer than the segment's limit, fails with the reason in Dutch. A value the plan does not give yet is not
 * checked (the plan form asks for it). A failing rule that a hardship exception covers is marked as such
 * (`ok` stays false, so it stays visible).
 * @example checkOrdinance([{ segment: 'midRent', homes: 10, usableAreaM2: 55 }], gooiseMeren)[0].message
 *   // 'Middenhuur: 55 m² GBO is kleiner dan het minimum van 60 m² uit de verordening.'
 */
export function checkOrdinance(
  lines: readonly (SegmentLine & { usableAreaM2?: number | null })[],
  ordinance: Pick<Ordinance, 'rules'>,
  exceptions: readonly HardshipException[] = [],
): ComplianceCheck[] {
  const checks: ComplianceCheck[] = [];
  const covered = (segment: Segment, rule: ComplianceRule) => {
    const found = exceptions.find((e) => e.segment === segment && e.rule === rule);
    return found ? { motivation: found.motivation, approvedBy: found.approvedBy } : null;
  };
  lines.forEach((line, index) => {
    if (!(line.homes > 0)) return;
    const rule = ordinance.rules.find((r) => r.segment === line.segment);
    if (!rule) return;
    const label = SEGMENT_LABELS[line.segment];
    const add = (kind: ComplianceRule, ok: boolean, message: string) =>
      checks.push({
        line: index,
        segment: line.segment,
        rule: kind,
        ok,
        message,
        exception: ok ? null : covered(line.segment, kind),
      });
    if (rule.minUsableAreaM2 != null && line.usableAreaM2 != null) {
      const ok = line.usableAreaM2 >= rule.minUsableAreaM2;
      add(
        'minUsableArea',
        ok,
        ok
          ? `${label}: ${m2.format(line.usableAreaM2)} m² GBO voldoet aan het minimum van ${m2.format(rule.minUsableAreaM2)} m².`
          : `${label}: ${m2.format(line.usableAreaM2)} m² GBO is kleiner dan het minimum van ${m2.format(rule.minUsableAreaM2)} m² uit de verordening.`,
      );
    }
    if (rule.maxMonthlyRentEur != null && line.monthlyRentEur != null) {
      const ok = line.monthlyRentEur <= rule.maxMonthlyRentEur;
      add(
        'maxMonthlyRent',
        ok,
        ok
          ? `${label}: de huur van ${eur.format(line.monthlyRentEur)} blijft binnen de grens van ${eur.format(rule.maxMonthlyRentEur)} per maand.`
          : `${label}: de huur van ${eur.format(line.monthlyRentEur)} is hoger dan de grens van ${eur.format(rule.maxMonthlyRentEur)} per maand uit de verordening.`,
      );
    }
    if (rule.maxPriceEur != null && line.priceEur != null) {
      const ok = line.priceEur <= rule.maxPriceEur;
      add(
        'maxPrice',
        ok,
        ok
          ? `${label}: de prijs van ${eur.format(line.priceEur)} blijft binnen de grens van ${eur.format(rule.maxPriceEur)}.`
          : `${label}: de prijs van ${eur.format(line.priceEur)} is hoger dan de grens van ${eur.format(rule.maxPriceEur)} uit de verordening.`,
      );
    }
  });
  return checks;
}

/** In plain Dutch, the rules of an ordinance (for /instrumenten). */
export function describeOrdinance(ordinance: Pick<Ordinance, 'rules'>): string[] {
  return ordinance.rules.map((rule) => {
    const parts: string[] = [];
    if (rule.maxMonthlyRentEur != null)
      parts.push(`huur tot ${eur.format(rule.maxMonthlyRentEur)} per maand`);
    if (rule.maxPriceEur != null) parts.push(`prijs tot ${eur.format(rule.maxPriceEur)}`);
    if (rule.minUsableAreaM2 != null) parts.push(`minimaal ${m2.format(rule.minUsableAreaM2)} m² GBO`);
    return `${SEGMENT_LABELS[rule.segment]}: ${parts.join(', ') || 'geen eisen'}.`;
  });
}

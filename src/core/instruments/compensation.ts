import { z } from 'zod';
import type { NationalLimits } from '../programme/national-limits';
import { computeNorms, type SegmentLine, SOCIAL_RENT_NORM } from '../programme/norms';
import { SEGMENT_LABELS, type Segment } from '../programme/segments';

const amount = z
  .number({ error: 'Een bedrag is een getal (euro).' })
  .min(0, { error: 'Een bedrag kan niet negatief zijn.' })
  .max(10_000_000, { error: 'Hoogstens € 10.000.000.' });

/** The segments a per-segment scheme charges for (the homes built instead of social rent). */
export const CHARGED_SEGMENTS = ['midRent', 'affordableBuy', 'freeRent', 'freeBuy'] as const;

/**
 * How a municipality computes the contribution per missing social rent home — the three methods of seed 003,
 * session 4 ("Compensatieregeling Gooise Meren" and "Praktijkvoorbeeld vereveningsfonds Alphen aan den Rijn").
 */
export const ZCompensationMethod = z.discriminatedUnion('kind', [
  /** Market land value of a free-sector home minus the value of a social rent home, per place (Alphen a/d Rijn). */
  z.object({
    kind: z.literal('landValueDifference'),
    areas: z
      .array(
        z.object({
          area: z.string().trim().min(2).max(100),
          freeSectorLandValueEur: amount,
          socialRentValueEur: amount,
        }),
      )
      .min(1, { error: 'Geef de rekenwaarden van minstens één kern.' })
      .max(30),
  }),
  /** A flat amount per missing home (Hilversum: € 20,000). */
  z.object({ kind: z.literal('flatPerHome'), amountEur: amount }),
  /** An amount per segment of the homes built instead (another municipality: € 35,000 middle, € 75,000 expensive). */
  z.object({
    kind: z.literal('perSegment'),
    amountsEur: z.partialRecord(z.enum(CHARGED_SEGMENTS), amount),
  }),
]);
export type CompensationMethod = z.infer<typeof ZCompensationMethod>;

export const ZCompensationScheme = z.object({
  municipalityCode: z.string().regex(/^GM\d{4}$/),
  title: z.string().trim().min(3).max(200),
  method: ZCompensationMethod,
  /** The scheme applies from this many homes outside social rent (seed 003: "bij projecten vanaf 4 woningen"). */
  minProjectHomes: z.number().int().min(1).max(1000).default(4),
  /** At most this much per home paid out of the fund (Gooise Meren: € 25,000); null: no cap. */
  fundCapPerHomeEur: amount.nullable().default(null),
  /** The amount is rounded to a multiple of this (1: whole euros). */
  roundingEur: z.union([z.literal(1), z.literal(100), z.literal(1000)]).default(1),
  source: z.string().trim().min(3).max(500),
  demo: z.boolean().default(false),
});
export type CompensationScheme = z.infer<typeof ZCompensationScheme>;

export interface CompensationLine {
  /** The segment the missing homes are charged as (perSegment), or null. */
  segment: Segment | null;
  homes: number;
  amountPerHomeEur: number;
  amountEur: number;
}

export interface CompensationResult {
  totalHomes: number;
  socialRentHomes: number;
  requiredSocialHomes: number;
  missingSocialHomes: number;
  /** False when the plan is smaller than the scheme's minimum size (nothing is due). */
  applies: boolean;
  amountEur: number;
  method: CompensationMethod['kind'];
  lines: CompensationLine[];
  /** Plain Dutch, one sentence per step, for a developer. */
  explanation: string[];
}

const eurFormat = new Intl.NumberFormat('nl-NL', {
  style: 'currency',
  currency: 'EUR',
  maximumFractionDigits: 0,
});
/** "€ 1.100" with a plain space, so messages read and compare the same everywhere. */
const eur = { format: (value: number) => eurFormat.format(value).replace(/\u00a0/g, ' ') };
const pct = new Intl.NumberFormat('nl-NL', { style: 'percent', maximumFractionDigits: 0 });
const homesText = (n: number) => `${n} ${n === 1 ? 'woning' : 'woningen'}`;

function roundTo(value: number, step: number): number {
  return Math.round(value / step) * step;
}

/**
 * What a plan would pay into the fund under a municipality's scheme for the social rent homes it lacks against
 * the 30% norm. Social rent homes above the national rent limit do not count (as in the norms).
 * - landValueDifference: per missing home the free-sector land value minus the social rent value of the plan's
 *   place (`area`; the first place of the scheme when none is given);
 * - flatPerHome: per missing home the flat amount;
 * - perSegment: the missing homes count as the plan's dearest homes first (free sector, then middle), each at
 *   the amount of its segment — the homes built instead of social rent.
 * More social rent homes never raise the amount; a plan that meets the norm pays nothing.
 */
export function computeCompensation(
  lines: readonly SegmentLine[],
  scheme: Pick<CompensationScheme, 'method' | 'minProjectHomes' | 'roundingEur' | 'fundCapPerHomeEur'>,
  options: { area?: string | null; limits?: NationalLimits | null } = {},
): CompensationResult {
  const norms = computeNorms(lines, options.limits ?? null);
  const { totalHomes, socialRentHomes } = norms;
  const requiredSocialHomes = Math.ceil(totalHomes * SOCIAL_RENT_NORM - 1e-9);
  const missing = Math.max(0, requiredSocialHomes - socialRentHomes);
  const explanation = [
    `Het plan heeft ${homesText(totalHomes)}, waarvan ${socialRentHomes} sociale huur. De norm is ${pct.format(SOCIAL_RENT_NORM)}: ${requiredSocialHomes} sociale huurwoningen.`,
  ];
  const base = {
    totalHomes,
    socialRentHomes,
    requiredSocialHomes,
    missingSocialHomes: missing,
    method: scheme.method.kind,
  };
  // The minimum project size counts the homes outside social rent: otherwise adding a social rent home to a plan
  // of 3 free-sector homes would make it a 4-home plan that pays for a missing home, and more social homes must
  // never raise the amount (issue 5's property; found by compensation.test.ts).
  if (totalHomes - socialRentHomes < scheme.minProjectHomes) {
    explanation.push(
      `De regeling geldt vanaf ${homesText(scheme.minProjectHomes)} buiten de sociale huur; voor dit plan is niets verschuldigd.`,
    );
    return { ...base, applies: false, amountEur: 0, lines: [], explanation };
  }
  if (missing === 0) {
    explanation.push('Het plan haalt de norm; er is niets verschuldigd.');
    return { ...base, applies: true, amountEur: 0, lines: [], explanation };
  }
  explanation.push(`Er ontbreken ${homesText(missing)} sociale huur.`);
  const charged = chargeLines(lines, scheme.method, missing, options.area ?? null, explanation);
  const exact = charged.reduce((sum, line) => sum + line.amountEur, 0);
  const amountEur = roundTo(exact, scheme.roundingEur);
  explanation.push(
    scheme.roundingEur === 1
      ? `Verschuldigd: ${eur.format(amountEur)} (afgerond op hele euro's).`
      : `Verschuldigd: ${eur.format(amountEur)} (afgerond op ${eur.format(scheme.roundingEur)}).`,
  );
  if (scheme.fundCapPerHomeEur != null) {
    explanation.push(
      `Het fonds draagt per woning hoogstens ${eur.format(scheme.fundCapPerHomeEur)} bij aan betaalbare woningen elders.`,
    );
  }
  return { ...base, applies: true, amountEur, lines: charged, explanation };
}

function chargeLines(
  lines: readonly SegmentLine[],
  method: CompensationMethod,
  missing: number,
  area: string | null,
  explanation: string[],
): CompensationLine[] {
  switch (method.kind) {
    case 'flatPerHome':
      explanation.push(`De regeling rekent ${eur.format(method.amountEur)} per ontbrekende woning.`);
      return [
        {
          segment: null,
          homes: missing,
          amountPerHomeEur: method.amountEur,
          amountEur: missing * method.amountEur,
        },
      ];
    case 'landValueDifference': {
      const chosen =
        method.areas.find((a) => a.area === area) ?? (method.areas[0] as (typeof method.areas)[number]);
      const perHome = Math.max(0, chosen.freeSectorLandValueEur - chosen.socialRentValueEur);
      explanation.push(
        `Per ontbrekende woning: de marktwaarde van de grond van een vrijesectorwoning in ${chosen.area} (${eur.format(chosen.freeSectorLandValueEur)}) min de waarde van een sociale huurwoning (${eur.format(chosen.socialRentValueEur)}) = ${eur.format(perHome)}.`,
      );
      if (area && area !== chosen.area)
        explanation.push(`Voor ${area} zijn geen eigen rekenwaarden; die van ${chosen.area} gelden.`);
      return [{ segment: null, homes: missing, amountPerHomeEur: perHome, amountEur: missing * perHome }];
    }
    case 'perSegment': {
      const rates = CHARGED_SEGMENTS.filter((s) => method.amountsEur[s] != null)
        .map((segment) => ({ segment, rate: method.amountsEur[segment] as number }))
        .sort((a, b) => b.rate - a.rate);
      const lowest = rates.at(-1);
      const result: CompensationLine[] = [];
      let left = missing;
      for (const { segment, rate } of rates) {
        const available = lines
          .filter((l) => l.segment === segment)
          .reduce((sum, l) => sum + Math.max(0, l.homes), 0);
        const homes = Math.min(left, available);
        if (homes > 0) result.push({ segment, homes, amountPerHomeEur: rate, amountEur: homes * rate });
        left -= homes;
      }
      if (left > 0 && lowest) {
        result.push({
          segment: null,
          homes: left,
          amountPerHomeEur: lowest.rate,
          amountEur: left * lowest.rate,
        });
      }
      explanation.push(
        `De ontbrekende woningen tellen als de duurste woningen van het plan: ${result
          .map(
            (l) =>
              `${homesText(l.homes)} ${l.segment ? SEGMENT_LABELS[l.segment].toLowerCase() : 'overig'} × ${eur.format(l.amountPerHomeEur)}`,
          )
          .join(', ')}.`,
      );
      return result;
    }
  }
}

/** A scheme's method in plain Dutch (for /instrumenten). */
export function describeMethod(method: CompensationMethod): string {
  switch (method.kind) {
    case 'flatPerHome':
      return `Een vast bedrag van ${eur.format(method.amountEur)} per ontbrekende sociale huurwoning.`;
    case 'perSegment':
      return `Per ontbrekende sociale huurwoning het bedrag van het segment dat ervoor in de plaats komt: ${CHARGED_SEGMENTS.filter(
        (s) => method.amountsEur[s] != null,
      )
        .map((s) => `${SEGMENT_LABELS[s].toLowerCase()} ${eur.format(method.amountsEur[s] as number)}`)
        .join(', ')}.`;
    case 'landValueDifference':
      return `Per ontbrekende sociale huurwoning de marktwaarde van de grond van een vrijesectorwoning min de waarde van een sociale huurwoning, per kern: ${method.areas
        .map((a) => `${a.area} ${eur.format(Math.max(0, a.freeSectorLandValueEur - a.socialRentValueEur))}`)
        .join(', ')}.`;
  }
}

import { z } from 'zod';

/**
 * The participation QuickScan (seed 003, session 3, "Impact van ruimtelijke ontwikkeling"): four questions show
 * how large the impact of a development is on its surroundings — low, medium or high — and so how much of a
 * participation process it needs.
 */
export const QUICKSCAN_QUESTIONS = [
  {
    key: 'scale',
    question: 'Wat is de aard en omvang van het project?',
    low: 'Klein, past in de omgeving',
    high: 'Groot of ingrijpend',
  },
  {
    key: 'benefit',
    question: 'Hoeveel positieve invloed heeft het project op de samenleving?',
    low: 'Veel',
    high: 'Weinig',
  },
  {
    key: 'attention',
    question: 'Krijgt het initiatief veel aandacht in politiek en op sociale media?',
    low: 'Nauwelijks',
    high: 'Veel',
  },
  { key: 'nuisance', question: 'Geeft het project hinder en overlast?', low: 'Nauwelijks', high: 'Veel' },
] as const;
export type QuickScanKey = (typeof QUICKSCAN_QUESTIONS)[number]['key'];

/** Each answer scores 1 (little), 2 (some) or 3 (much) towards impact; little benefit to society scores high. */
export const ZQuickScanAnswers = z.object({
  scale: z.union([z.literal(1), z.literal(2), z.literal(3)], { error: 'Kies weinig, gemiddeld of veel.' }),
  benefit: z.union([z.literal(1), z.literal(2), z.literal(3)], { error: 'Kies weinig, gemiddeld of veel.' }),
  attention: z.union([z.literal(1), z.literal(2), z.literal(3)], {
    error: 'Kies weinig, gemiddeld of veel.',
  }),
  nuisance: z.union([z.literal(1), z.literal(2), z.literal(3)], { error: 'Kies weinig, gemiddeld of veel.' }),
});
export type QuickScanAnswers = z.infer<typeof ZQuickScanAnswers>;

export type Impact = 'low' | 'medium' | 'high';
export const IMPACT_LABELS: Record<Impact, string> = {
  low: 'geringe impact',
  medium: 'gemiddelde impact',
  high: 'grote impact',
};

/** Why participation is mandatory (seed 003 / mission.md capability 6), or null. */
export type MandatoryReason = 'outOfPlanPermit' | 'partialZoningPlanChange' | 'designated';

export interface QuickScanResult {
  score: number;
  impact: Impact;
  /** The scoring as shown to the user: per question the points, then the bands. */
  scoring: { key: QuickScanKey; question: string; points: number }[];
  bands: string;
  mandatory: boolean;
  mandatoryReasons: MandatoryReason[];
  /** Plain Dutch conclusion. */
  advice: string;
}

const MANDATORY_TEXT: Record<MandatoryReason, string> = {
  outOfPlanPermit: 'het plan vraagt een buitenplanse omgevingsplanactiviteit (BOPA)',
  partialZoningPlanChange: 'het plan vraagt een (gedeeltelijke) wijziging van het omgevingsplan',
  designated: 'de gemeente heeft participatie voor dit soort plannen verplicht gesteld',
};

/**
 * Scores the four answers (4–12 points): 4–6 low, 7–9 medium, 10–12 high impact. Participation is mandatory for
 * a BOPA, a (partial) change of the omgevingsplan, or where the municipality designated it — whatever the score.
 */
export function scoreQuickScan(
  answers: QuickScanAnswers,
  context: {
    procedure?: 'zoningPlanChange' | 'outOfPlanPermit' | 'buildingPermit' | null;
    designated?: boolean;
  },
): QuickScanResult {
  const scoring = QUICKSCAN_QUESTIONS.map((q) => ({
    key: q.key,
    question: q.question,
    points: answers[q.key],
  }));
  const score = scoring.reduce((sum, line) => sum + line.points, 0);
  const impact: Impact = score <= 6 ? 'low' : score <= 9 ? 'medium' : 'high';
  const mandatoryReasons: MandatoryReason[] = [];
  if (context.procedure === 'outOfPlanPermit') mandatoryReasons.push('outOfPlanPermit');
  if (context.procedure === 'zoningPlanChange') mandatoryReasons.push('partialZoningPlanChange');
  if (context.designated) mandatoryReasons.push('designated');
  const weight =
    impact === 'low'
      ? 'Een licht participatietraject volstaat: informeren en de reacties verwerken.'
      : impact === 'medium'
        ? 'Een gemiddeld participatietraject: omwonenden en belanghebbenden actief betrekken, met een verslag per fase.'
        : 'Een uitgebreid participatietraject: vroeg beginnen, meerdere rondes en tussentijdse verslagen per fase.';
  const mandatory = mandatoryReasons.length > 0;
  const advice = `${score} punten: ${IMPACT_LABELS[impact]}. ${weight} ${
    mandatory
      ? `Participatie is verplicht, omdat ${mandatoryReasons.map((r) => MANDATORY_TEXT[r]).join(' en ')}; de gemeente moet motiveren hoe de participatie is meegewogen.`
      : 'Participatie is niet wettelijk verplicht, maar wel aan te raden naar de impact.'
  }`;
  return {
    score,
    impact,
    scoring,
    bands: '4–6 punten: gering · 7–9: gemiddeld · 10–12: groot',
    mandatory,
    mandatoryReasons,
    advice,
  };
}

/** A participation report of one phase: what was done, the points of discussion, and how the input was used. */
export interface ParticipationReport {
  phase: string;
  phaseLabel: string;
  done: string;
  discussion: string;
  useOfInput: string;
}

/**
 * The duty-to-motivate text (motiveringsplicht) from the reports, phase by phase, in the order given: what was
 * done, what was discussed and what was done with it. Without reports it says so plainly.
 */
export function motivationText(planName: string, reports: readonly ParticipationReport[]): string {
  if (reports.length === 0) {
    return `Voor ${planName} zijn nog geen participatieverslagen vastgelegd; de motivering kan nog niet worden opgesteld.`;
  }
  const parts = reports.map(
    (r) =>
      `In de fase ${r.phaseLabel.toLowerCase()} is het volgende gedaan: ${trimStop(r.done)}. Besproken punten: ${trimStop(r.discussion)}. Met de inbreng is het volgende gedaan: ${trimStop(r.useOfInput)}.`,
  );
  return `Motivering participatie ${planName}. ${parts.join(' ')}`;
}

const trimStop = (text: string) => text.trim().replace(/[.\s]+$/, '');

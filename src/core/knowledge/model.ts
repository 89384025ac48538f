/**
 * The knowledge centre's vocabulary (glossary.md, mission.md capability 9): the kinds of item, the two axes of
 * the TU Delft instrumentenwaaier for multiple steering, and the five goals of RIGO's toolbox for an
 * affordable housing stock (both as Platform31 presented them, seed 003, session 1 and session 4).
 */
export const KNOWLEDGE_KINDS = ['instrument', 'practiceExample', 'lesson', 'publication'] as const;
export type KnowledgeKind = (typeof KNOWLEDGE_KINDS)[number];

export const KNOWLEDGE_KIND_LABELS: Record<KnowledgeKind, string> = {
  instrument: 'Instrument',
  practiceExample: 'Praktijkvoorbeeld',
  lesson: 'Lessen en tips',
  publication: 'Publicatie',
};

/** Instrumentenwaaier (TU Delft): steering at a distance (visions, plans, legal frames) or from proximity. */
export const STEERING_DISTANCES = ['distance', 'proximity'] as const;
export type SteeringDistance = (typeof STEERING_DISTANCES)[number];
export const STEERING_DISTANCE_LABELS: Record<SteeringDistance, string> = {
  distance: 'Sturen op afstand',
  proximity: 'Sturen vanuit nabijheid',
};

/** Instrumentenwaaier: hard (legal, financial) or soft (communicative, relational) steering. */
export const STEERING_HARDNESSES = ['hard', 'soft'] as const;
export type SteeringHardness = (typeof STEERING_HARDNESSES)[number];
export const STEERING_HARDNESS_LABELS: Record<SteeringHardness, string> = {
  hard: 'Harde sturing',
  soft: 'Zachte sturing',
};

/**
 * The five goals of the "Instrumentenkoffer betaalbare woningvoorraad" (RIGO), in the memo's words
 * (seed 003, session 4; https://www.instrumentbetaalbarevoorraad.nl/).
 */
export const TOOLBOX_GOALS = ['add', 'retain', 'useBetter', 'widenAffordability', 'spreadBetter'] as const;
export type ToolboxGoal = (typeof TOOLBOX_GOALS)[number];
export const TOOLBOX_GOAL_LABELS: Record<ToolboxGoal, string> = {
  add: 'Toevoegen door nieuwbouw en transformatie',
  retain: 'Behouden van betaalbare woningen in de woningvoorraad',
  useBetter: 'Beter benutten van betaalbare woningen',
  widenAffordability: 'Verruimen van de betaalbaarheidsmogelijkheden',
  spreadBetter: 'Verbeteren van de ruimtelijke spreiding van betaalbare woningvoorraad',
};

/** Development phases of the memo (seed 003, session 1) plus delivered (glossary: planfase). */
export const PHASES = ['initiative', 'planning', 'elaboration', 'construction', 'delivered'] as const;
export type Phase = (typeof PHASES)[number];

export const PHASE_LABELS: Record<Phase, string> = {
  initiative: 'Initiatief en verkenning',
  planning: 'Planvorming en conditionering',
  elaboration: 'Uitwerking en projectontwikkeling',
  construction: 'Vastgoed en bouw',
  delivered: 'Opgeleverd',
};

/** Plan types of Planmonitor Wonen ("Plantype"). */
export const PLAN_TYPES = [
  'Pand Transformatie',
  'Transformatiegebied',
  'Herstructurering',
  'Verdichting',
  'Uitbreiding uitleg',
  'Uitbreiding overig',
] as const;
export type PlanType = (typeof PLAN_TYPES)[number];

/** Bottleneck categories of Planmonitor Wonen ("Knelpunten"), without "Geen" (an empty list says that). */
export const BOTTLENECK_CATEGORIES = [
  'Ambtelijke capaciteit',
  'Bereikbaarheid',
  'Geluidshinder',
  'Maatschappelijk draagvlak',
  'Onrendabele top',
  'Stikstof',
  'Vervuilde grond',
  'Flora/fauna',
  'Netcongestie',
  'Anders',
] as const;
export type BottleneckCategory = (typeof BOTTLENECK_CATEGORIES)[number];

export const VISIBILITIES = ['private', 'partners', 'region'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

export const VISIBILITY_LABELS: Record<Visibility, string> = {
  private: 'Alleen eigen organisatie (concept)',
  partners: 'Eigen organisatie, partijen en regio',
  region: 'Hele regio',
};

export const PARTY_ROLES = ['initiator', 'housingAssociation', 'developer', 'municipality'] as const;
export type PartyRole = (typeof PARTY_ROLES)[number];

export const PARTY_ROLE_LABELS: Record<PartyRole, string> = {
  initiator: 'Initiatiefnemer',
  housingAssociation: 'Woningcorporatie',
  developer: 'Ontwikkelaar',
  municipality: 'Gemeente',
};

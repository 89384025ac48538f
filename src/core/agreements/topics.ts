import type { Segment } from '../programme';

/** The kind of a commitment: a number of things, a way of working together, or an amount of money. */
export const COMMITMENT_TYPES = ['numbers', 'process', 'money'] as const;
export type CommitmentType = (typeof COMMITMENT_TYPES)[number];

/**
 * One commitment topic, the same in every municipality. The memo of the praktijkleerkring says prestatieafspraken
 * are "in elke gemeente anders geformuleerd, maar in essentie hetzelfde" (seed 003); a shared key per topic is
 * what lets the comparison grid and the regional agreement line them up.
 */
export interface CommitmentTopic {
  key: string;
  label: string;
  /** One line in B1 Dutch: what the commitment is about. */
  help: string;
  type: CommitmentType;
  unit: string;
  /** The plan segments whose homes count towards it, when progress can be computed from the linked plans. */
  segments?: readonly Segment[];
}

/** The registry of topics, in the order the comparison grid shows them. */
export const COMMITMENT_TOPICS = [
  {
    key: 'newHomes',
    label: 'Nieuwbouw totaal',
    help: 'Alle nieuwe woningen, in elk segment.',
    type: 'numbers',
    unit: 'woningen',
    segments: ['socialRent', 'midRent', 'affordableBuy', 'freeRent', 'freeBuy', 'unknown'],
  },
  {
    key: 'newSocialRent',
    label: 'Nieuwbouw sociale huur',
    help: 'Nieuwe sociale huurwoningen van de corporatie.',
    type: 'numbers',
    unit: 'woningen',
    segments: ['socialRent'],
  },
  {
    key: 'newMidRent',
    label: 'Nieuwbouw middenhuur',
    help: 'Nieuwe middenhuurwoningen.',
    type: 'numbers',
    unit: 'woningen',
    segments: ['midRent'],
  },
  {
    key: 'newAffordable',
    label: 'Nieuwbouw betaalbaar',
    help: 'Nieuwe betaalbare woningen: sociale huur, middenhuur en betaalbare koop samen.',
    type: 'numbers',
    unit: 'woningen',
    segments: ['socialRent', 'midRent', 'affordableBuy'],
  },
  {
    key: 'socialStock',
    label: 'Omvang sociale voorraad',
    help: 'Hoeveel sociale huurwoningen er minstens blijven (na verkoop en sloop).',
    type: 'numbers',
    unit: 'woningen',
  },
  {
    key: 'salesLiberalisation',
    label: 'Verkoop en liberalisatie',
    help: 'Hoeveel sociale huurwoningen de corporatie hoogstens verkoopt of naar de vrije sector brengt.',
    type: 'numbers',
    unit: 'woningen',
  },
  {
    key: 'sustainability',
    label: 'Verduurzaming',
    help: 'Bestaande woningen die beter geïsoleerd worden of van het gas af gaan.',
    type: 'numbers',
    unit: 'woningen',
  },
  {
    key: 'firstRightToLocations',
    label: 'Corporatie als eerste aanbieder van locaties',
    help: 'De gemeente biedt geschikte locaties eerst aan de corporatie aan (first supplier).',
    type: 'process',
    unit: '',
  },
  {
    key: 'rentIncrease',
    label: 'Huurverhoging',
    help: 'Afspraken over de jaarlijkse huurverhoging, bijvoorbeeld niet meer dan de inflatie.',
    type: 'process',
    unit: '',
  },
  {
    key: 'vulnerableGroups',
    label: 'Huisvesting aandachtsgroepen',
    help: 'Woningen voor urgent woningzoekenden, statushouders en mensen die uitstromen uit zorg.',
    type: 'numbers',
    unit: 'woningen',
  },
  {
    key: 'mobility',
    label: 'Doorstroming',
    help: 'Afspraken die verhuizen makkelijker maken, bijvoorbeeld voor senioren.',
    type: 'process',
    unit: '',
  },
  {
    key: 'landPrice',
    label: 'Grondprijs sociale huur',
    help: 'De prijs die de corporatie per sociale huurwoning voor de grond betaalt.',
    type: 'money',
    unit: '€ per woning',
  },
  {
    key: 'liveability',
    label: 'Leefbaarheid',
    help: 'Geld en inzet voor leefbare wijken.',
    type: 'money',
    unit: '€',
  },
  {
    key: 'tenantParticipation',
    label: 'Inspraak huurders',
    help: 'Hoe de huurdersorganisatie wordt betrokken.',
    type: 'process',
    unit: '',
  },
  {
    key: 'other',
    label: 'Overig',
    help: 'Een afspraak die niet in een van de andere onderwerpen past.',
    type: 'process',
    unit: '',
  },
] as const satisfies readonly CommitmentTopic[];

export type TopicKey = (typeof COMMITMENT_TOPICS)[number]['key'];
export const TOPIC_KEYS = COMMITMENT_TOPICS.map((t) => t.key) as [TopicKey, ...TopicKey[]];

const BY_KEY = new Map<string, CommitmentTopic>(COMMITMENT_TOPICS.map((t) => [t.key, t]));

/** The topic of a key; an unknown key reads as "other", so old data never breaks a page. */
export function topicOf(key: string): CommitmentTopic {
  return BY_KEY.get(key) ?? (BY_KEY.get('other') as CommitmentTopic);
}

/** True when the topic's progress can be computed from the homes of linked plans. */
export function isComputable(key: string): boolean {
  return Boolean(topicOf(key).segments?.length);
}

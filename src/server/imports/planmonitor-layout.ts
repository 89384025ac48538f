import type { Phase, Segment, Visibility } from '../../core/programme';

/**
 * The plan sheet of Planmonitor Wonen (shared/design/interop-planmonitor-wonen.md): rows 1–16 label (A) and
 * value (B); row 18 the header; rows 19–38 the categories with Totalen (C), Check (D), Gerealiseerd (E),
 * Restcapaciteit (F) and one column per year, G = 2024 … Z = 2043.
 */
export const LABELS = [
  'Plannaam',
  'Plaatsnaam',
  'Gemeente',
  'Regio',
  'Provincie',
  'Plantype',
  'Vertrouwelijkheid',
  'Status Project',
  'Status Planologisch',
  'Knelpunten',
  'Woonmilieu',
  'Studentenwoningen',
  'Opdrachtegever', // sic, as Planmonitor Wonen writes it
  'Opdrachtgever Naam',
  'Sleutelproject',
  'Opmerkingen',
] as const;
export type Label = (typeof LABELS)[number];

/** The hidden sheet with the drop-down lists of our own export; not a plan. */
export const LISTS_SHEET = 'Lijsten';

export const HEADER_ROW = 18;
export const COLUMN = {
  label: 1,
  group: 2,
  total: 3,
  check: 4,
  realised: 5,
  remaining: 6,
  firstYear: 7,
} as const;
export const FIRST_YEAR = 2024;
export const LAST_YEAR = 2043;
/**
 * The delivery year that stands for "Gerealiseerd" (homes already delivered): the year before the first year
 * column. Reading puts Gerealiseerd there; writing puts every delivery before 2024 in Gerealiseerd.
 */
export const REALISED_YEAR = FIRST_YEAR - 1;

/** The column of a year (G = 2024). */
export function yearColumn(year: number): number {
  return COLUMN.firstYear + year - FIRST_YEAR;
}

/** One category row: its row number, label, group and, for betaalbaarheid, the Woonregie segment. */
export interface CategoryRow {
  row: number;
  label: string;
  group: string;
  segment?: Segment;
}

const CATEGORY_LIST: [string, string, Segment?][] = [
  ['Nieuwbouw', 'nieuwbouw'],
  ['Eengezins', 'woningtype'],
  ['Meergezins', 'woningtype'],
  ['Onbekend', 'woningtype'],
  ['Nultreden', 'wonen en zorg'],
  ['Geclusterd', 'wonen en zorg'],
  ['Zorggeschikt', 'wonen en zorg'],
  ['Onbekend', 'wonen en zorg'],
  ['Regulier', 'wonen en zorg'],
  ['Flexwoningen', 'flexwoningen'],
  ['Regulier permanent', 'flexwoningen'],
  ['Sociale huur', 'betaalbaarheid', 'socialRent'],
  ['Huur middenhuur', 'betaalbaarheid', 'midRent'],
  ['Huur dure huur', 'betaalbaarheid', 'freeRent'],
  ['Huur onbekend', 'betaalbaarheid', 'unknown'],
  ['Koop betaalbare koop', 'betaalbaarheid', 'affordableBuy'],
  ['Koop dure koop', 'betaalbaarheid', 'freeBuy'],
  ['Koop onbekend', 'betaalbaarheid', 'unknown'],
  ['Onbekend Koop of Huur', 'betaalbaarheid', 'unknown'],
  ['Sloop', 'sloop'],
];

export const CATEGORY_ROWS: CategoryRow[] = CATEGORY_LIST.map(([label, group, segment], index) => ({
  row: 19 + index,
  label,
  group,
  ...(segment ? { segment } : {}),
}));
export const NEW_BUILD_ROW = 19;

/** The groups whose rows must add up to Nieuwbouw (Check = 0); sloop is not part of the new homes. */
export const CHECKED_GROUPS = ['woningtype', 'wonen en zorg', 'flexwoningen', 'betaalbaarheid'] as const;

/** The rows of a group. */
export function rowsOfGroup(group: string): CategoryRow[] {
  return CATEGORY_ROWS.filter((category) => category.group === group);
}

/**
 * Where an export puts homes of which Woonregie knows no house type, care type or flex status: the "Onbekend"
 * rows and "Regulier permanent" (a Woonregie plan is permanent housing). Unknown segment goes to "Onbekend Koop
 * of Huur".
 */
export const WRITE_ROWS = {
  woningtype: 22,
  'wonen en zorg': 26,
  flexwoningen: 29,
  unknownSegment: 37,
} as const;

/** Status Project → phase (the document's mapping table). "Onbekend" has no phase and is refused on import. */
export const PHASE_BY_PROJECT_STATUS: Record<string, Phase | null> = {
  Studie: 'initiative',
  Start: 'initiative',
  Initiatief: 'initiative',
  Definitie: 'planning',
  Ontwerp: 'planning',
  Voorbereiding: 'elaboration',
  Bouwvoorbereiding: 'elaboration',
  'Realisatie tot eerste woning': 'construction',
  'Realisatie tot laatste woning': 'construction',
  Nazorg: 'delivered',
  Afgerond: 'delivered',
  Onbekend: null,
};

/** Phase → Status Project when writing (one value per phase, read back to the same phase). */
export const PROJECT_STATUS_BY_PHASE: Record<Phase, string> = {
  initiative: 'Initiatief',
  planning: 'Ontwerp',
  elaboration: 'Voorbereiding',
  construction: 'Realisatie tot eerste woning',
  delivered: 'Afgerond',
};

/**
 * Vertrouwelijkheid ↔ visibility: Openbaar is the whole region; Provincie (shared beyond the municipality with
 * the province / region office) is "partners"; Gemeente (the municipality only) is "private".
 */
export const VISIBILITY_BY_CONFIDENTIALITY: Record<string, Visibility> = {
  Openbaar: 'region',
  Provincie: 'partners',
  Gemeente: 'private',
};
export const CONFIDENTIALITY_BY_VISIBILITY: Record<Visibility, string> = {
  region: 'Openbaar',
  partners: 'Provincie',
  private: 'Gemeente',
};

/**
 * Planning status ("Status Planologisch") and the hardness derived from it, as in Planmonitor Wonen
 * (shared/design/interop-planmonitor-wonen.md): hard = 1A, 1B, 2A, 2B; soft = 1C, 2C, 3, 4A, 4B;
 * 5A and 5B are internal to the municipality and do not count as plan capacity.
 */
export const PLANNING_STATUSES = ['1A', '1B', '1C', '2A', '2B', '2C', '3', '4A', '4B', '5A', '5B'] as const;
export type PlanningStatus = (typeof PLANNING_STATUSES)[number];

export const HARDNESSES = ['hard', 'soft', 'internal'] as const;
export type Hardness = (typeof HARDNESSES)[number];

export const PLANNING_STATUS_LABELS: Record<PlanningStatus, string> = {
  '1A': '1A. Onherroepelijk',
  '1B': '1B. Onherroepelijk, uitwerkingsplicht',
  '1C': '1C. Onherroepelijk, wijzigingsbevoegdheid',
  '2A': '2A. Vastgesteld',
  '2B': '2B. Vastgesteld, uitwerkingsplicht',
  '2C': '2C. Vastgesteld, wijzigingsbevoegdheid',
  '3': '3. In voorbereiding',
  '4A': '4A. Visie',
  '4B': '4B. Optie',
  '5A': '5A. Ambtelijk met locatie',
  '5B': '5B. Ambtelijk zonder locatie',
};

export const HARDNESS_LABELS: Record<Hardness, string> = {
  hard: 'Hard',
  soft: 'Zacht',
  internal: 'Intern (telt niet mee)',
};

const HARD: readonly PlanningStatus[] = ['1A', '1B', '2A', '2B'];
const SOFT: readonly PlanningStatus[] = ['1C', '2C', '3', '4A', '4B'];

/** Derives a plan's hardness from its planning status. */
export function deriveHardness(status: PlanningStatus): Hardness {
  if (HARD.includes(status)) return 'hard';
  if (SOFT.includes(status)) return 'soft';
  return 'internal';
}

/** The planning statuses that have a given hardness (for filtering in SQL). */
export function statusesWithHardness(hardness: Hardness): PlanningStatus[] {
  return PLANNING_STATUSES.filter((status) => deriveHardness(status) === hardness);
}

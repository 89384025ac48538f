import type { CommitmentType } from './topics';

/** Where a commitment stands. Always shown with its text, never colour alone (ux.md). */
export const COMMITMENT_STATUSES = ['onTrack', 'atRisk', 'behind', 'done'] as const;
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];
export const STATUS_LABELS: Record<CommitmentStatus, string> = {
  onTrack: 'Op koers',
  atRisk: 'Risico',
  behind: 'Achter',
  done: 'Gehaald',
};

/**
 * Kinds of agreement, all tracked the same way: local prestatieafspraken, regional woonafspraken, the action
 * points of the regional woonvisie and the agreements with the province (RAP) (seed 004, preparation list a–e).
 */
export const AGREEMENT_KINDS = ['performance', 'regional', 'housingVision', 'provincialAgreement'] as const;
export type AgreementKind = (typeof AGREEMENT_KINDS)[number];
export const KIND_LABELS: Record<AgreementKind, string> = {
  performance: 'Prestatieafspraken',
  regional: 'Regionale woonafspraak',
  housingVision: 'Regionale woonvisie',
  provincialAgreement: 'Afspraken met de provincie (RAP)',
};

export const TYPE_LABELS: Record<CommitmentType, string> = {
  numbers: 'Aantallen',
  process: 'Samenwerking',
  money: 'Geld',
};

/** Organisation kinds that can be a party, with their Dutch name. */
export const PARTY_KIND_LABELS: Record<string, string> = {
  municipality: 'Gemeente',
  housingAssociation: 'Corporatie',
  tenantOrganisation: 'Huurdersorganisatie',
  region: 'Regio',
  province: 'Provincie',
  developer: 'Ontwikkelaar',
  adviser: 'Adviseur',
};

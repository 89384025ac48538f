import { randomBytes } from 'node:crypto';
import type { TPlanInputRaw } from '../../src/core/programme';
import type { Client } from './test-app';

/** Demo accounts (api-contract.md). */
export const ACCOUNTS = {
  region: 'regio@woonregie.test',
  hilversum: 'gemeente.hilversum@woonregie.test',
  gooiseMeren: 'gemeente.gooisemeren@woonregie.test',
  corporation: 'corporatie@woonregie.test',
  developer: 'ontwikkelaar@woonregie.test',
  administrator: 'bestuurder@woonregie.test',
} as const;
export type AccountKey = keyof typeof ACCOUNTS;

/** A unique, recognisable plan name for a test. */
export function uniqueName(label: string): string {
  return `${label} ${randomBytes(4).toString('hex')} (fictief)`;
}

/** A valid plan input in Hilversum with three segments (12 social, 12 middle, 12 free = 36 homes). */
export function planInput(overrides: Partial<TPlanInputRaw> = {}): TPlanInputRaw {
  return {
    name: uniqueName('Testplan'),
    municipalityCode: 'GM0402',
    phase: 'planning',
    planningStatus: '2A',
    planType: 'Verdichting',
    bottlenecks: ['Netcongestie'],
    location: { lat: 52.2236, lon: 5.1763 },
    address: 'Stationsgebied (fictief)',
    segments: [
      { segment: 'socialRent', homes: 12, usableAreaM2: 50, monthlyRentEur: 780 },
      { segment: 'midRent', homes: 12, usableAreaM2: 65, monthlyRentEur: 1050 },
      { segment: 'freeBuy', homes: 12, usableAreaM2: 90, priceEur: 525_000 },
    ],
    deliveries: [
      { year: 2028, homes: 20 },
      { year: 2029, homes: 16 },
    ],
    parties: [],
    visibility: 'region',
    businessCase: {
      investmentEur: 9_000_000,
      revenueEur: 8_200_000,
      unprofitableTopEur: 800_000,
      notes: 'Vertrouwelijk testbedrag',
    },
    deadline: '2027-06-30',
    nextMilestone: { label: 'Vaststelling omgevingsplanwijziging', date: '2026-12-15' },
    notes: 'Aangemaakt door een test.',
    ...overrides,
  };
}

/** The id of an organisation of the region by its demo key or kind. */
export async function organisationId(
  client: Client,
  match: (org: { key: string; kind: string }) => boolean,
): Promise<string> {
  const response = await client.get('/api/v1/organisations');
  const org = (response.json().items as { id: string; key: string; kind: string }[]).find(match);
  if (!org) throw new Error('organisation not found');
  return org.id;
}

/** The activities of a POST /route-map answer as the PUT /plans/{id}/schedule body takes them. */
export function scheduleInput(
  template: {
    activities: {
      key: string;
      name: string;
      phase: string;
      durationWeeks: number;
      links: unknown[];
      milestone?: boolean;
    }[];
  },
  withMilestones = false,
) {
  return template.activities.map((a) => ({
    key: a.key,
    name: a.name,
    phase: a.phase,
    durationWeeks: a.durationWeeks,
    dependsOn: a.links,
    ...(withMilestones ? { milestone: a.milestone } : {}),
  }));
}

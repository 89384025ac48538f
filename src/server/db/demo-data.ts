import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import {
  BOTTLENECK_CATEGORIES,
  PARTY_ROLES,
  PHASES,
  PLAN_TYPES,
  PLANNING_STATUSES,
  VISIBILITIES,
  ZBusinessCase,
  ZDeliveryInput,
  ZSegmentInput,
} from '../../core/programme';

/** Repository root (for data/) and the shared folder beside it (for the boundaries file). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const SHARED_BOUNDARIES = path.resolve(REPO_ROOT, '../shared/data/gemeente_2025.topojson');

const ZOrganisations = z.object({
  region: z.object({ slug: z.string(), name: z.string(), source: z.string().nullish() }),
  organisations: z.array(
    z.object({
      key: z.string(),
      kind: z.enum([
        'region',
        'municipality',
        'housingAssociation',
        'developer',
        'tenantOrganisation',
        'province',
        'adviser',
      ]),
      name: z.string(),
      cbsCode: z
        .string()
        .regex(/^GM\d{4}$/)
        .nullish(),
      member: z.boolean().optional(),
      centre: z.object({ lat: z.number(), lon: z.number() }).nullish(),
      housingAssociationKey: z.string().nullish(),
      source: z.string().nullish(),
    }),
  ),
});

const ZDemoPlan = z.object({
  externalId: z.string(),
  name: z.string(),
  municipalityCode: z.string(),
  ownerKey: z.string(),
  visibility: z.enum(VISIBILITIES),
  phase: z.enum(PHASES),
  planningStatus: z.enum(PLANNING_STATUSES),
  planType: z.enum(PLAN_TYPES).nullish(),
  bottlenecks: z.array(z.enum(BOTTLENECK_CATEGORIES)).default([]),
  location: z.object({ lat: z.number(), lon: z.number() }).nullish(),
  address: z.string().nullish(),
  segments: z.array(ZSegmentInput),
  deliveries: z.array(ZDeliveryInput),
  parties: z.array(z.object({ organisationKey: z.string(), role: z.enum(PARTY_ROLES) })),
  deadline: z.string().nullish(),
  nextMilestone: z.object({ label: z.string(), date: z.string() }).nullish(),
  notes: z.string().nullish(),
  businessCase: ZBusinessCase.nullish(),
  fictional: z.boolean(),
  source: z.string().nullish(),
});
export type DemoPlan = z.infer<typeof ZDemoPlan>;

const ZRealisations = z.object({
  items: z.array(
    z.object({
      municipalityCode: z.string(),
      year: z.number().int(),
      homes: z.number().int(),
      socialRentHomes: z.number().int().nullish(),
      source: z.string().nullish(),
      demo: z.boolean(),
    }),
  ),
});

const ZTargets = z.object({
  region: z.object({
    periodStart: z.number().int(),
    periodEnd: z.number().int(),
    homes: z.number().int(),
    socialRentShare: z.number().optional(),
    source: z.string().nullish(),
  }),
  municipalities: z.array(
    z.object({
      code: z.string(),
      homes: z.number().int(),
      socialRentHomes: z.number().int().nullish(),
      source: z.string().nullish(),
      demo: z.boolean(),
    }),
  ),
});

const ZLimits = z.object({
  items: z.array(
    z.object({
      year: z.number().int(),
      socialRentCeilingEur: z.number().nullable(),
      midRentCeilingEur: z.number().nullable(),
      affordableBuyLimitEur: z.number().nullable(),
      sources: z.record(z.string(), z.string().nullable()).default({}),
      notes: z.string().nullish(),
    }),
  ),
});

/** Reads and validates one JSON data file; a bad file stops the seed with the file name and the first problem. */
export function readJson<T>(relative: string, schema: z.ZodType<T>): T {
  const file = path.join(REPO_ROOT, relative);
  const parsed = schema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${relative}: ${issue?.path.join('.')}: ${issue?.message}`);
  }
  return parsed.data;
}

export const readDemoOrganisations = () => readJson('data/demo/organisations.json', ZOrganisations);
export const readDemoPlans = () => readJson('data/demo/plans.json', z.array(ZDemoPlan));
export const readDemoRealisations = () => readJson('data/demo/realisations.json', ZRealisations);
export const readDemoTargets = () => readJson('data/demo/targets.json', ZTargets);
export const readNationalLimits = () => readJson('data/national-limits.json', ZLimits);

import fs from 'node:fs';
import { eq, sql } from 'drizzle-orm';
import type { TPlanInput } from '../../core/programme';
import { hashPassword } from '../auth/password';
import { importBoundaries } from '../boundaries/boundaries';
import { toPlanColumns, writePlanChildren } from '../plans/plans.write';
import type { Db, Tx } from './client';
import { seedDemoAgreements } from './demo-agreements';
import { seedDemoCouncilMeetings, seedDemoHolidays } from './demo-calendar';
import {
  readDemoOrganisations,
  readDemoPlans,
  readDemoRealisations,
  readDemoTargets,
  readNationalLimits,
  SHARED_BOUNDARIES,
} from './demo-data';
import { seedDemoInstruments } from './demo-instruments';
import { seedDemoKnowledge } from './demo-knowledge';
import { seedDemoMeetings } from './demo-meetings';
import { seedDemoSchedules } from './demo-schedules';
import {
  appMeta,
  municipalityBoundaries,
  nationalLimits,
  organisations,
  plans,
  planVersions,
  realisations,
  regions,
  targets,
  users,
} from './schema';

/** The demo password of api-contract.md; demo accounts never exist in production. */
export const DEMO_PASSWORD = 'Woonregie-demo-2030';

/** The role accounts of api-contract.md: role accounts, no real people. */
export const DEMO_ACCOUNTS = [
  { email: 'regio@woonregie.test', orgKey: 'region', role: 'admin', name: 'Regio-beheerder (demo)' },
  {
    email: 'gemeente.hilversum@woonregie.test',
    orgKey: 'gm-hilversum',
    role: 'editor',
    name: 'Beleidsmedewerker wonen Hilversum (demo)',
  },
  {
    email: 'gemeente.gooisemeren@woonregie.test',
    orgKey: 'gm-gooise-meren',
    role: 'editor',
    name: 'Beleidsmedewerker wonen Gooise Meren (demo)',
  },
  {
    email: 'corporatie@woonregie.test',
    orgKey: 'housingAssociation',
    role: 'editor',
    name: 'Projectontwikkelaar corporatie (demo)',
  },
  { email: 'ontwikkelaar@woonregie.test', orgKey: 'developer', role: 'editor', name: 'Ontwikkelaar (demo)' },
  { email: 'bestuurder@woonregie.test', orgKey: 'region', role: 'viewer', name: 'Bestuurder regio (demo)' },
] as const;

/** The national price limits, in every mode (they are public reference data). */
export async function seedNationalLimits(db: Db | Tx): Promise<void> {
  for (const row of readNationalLimits().items) {
    await db
      .insert(nationalLimits)
      .values({ ...row, notes: row.notes ?? null })
      .onConflictDoUpdate({
        target: nationalLimits.year,
        set: {
          socialRentCeilingEur: row.socialRentCeilingEur,
          midRentCeilingEur: row.midRentCeilingEur,
          affordableBuyLimitEur: row.affordableBuyLimitEur,
          sources: row.sources,
          notes: row.notes ?? null,
        },
      });
  }
}

/** True once the demo region has been loaded (the seed runs once; later starts skip it). */
export async function isDemoSeeded(db: Db): Promise<boolean> {
  const rows = await db.select().from(appMeta).where(eq(appMeta.key, 'demo_seeded'));
  return rows.length > 0;
}

/** Loads the demo region: organisations, accounts, targets, realisations and plans, in one transaction. */
export async function seedDemo(
  db: Db,
  options: { boundariesFile?: string } = {},
): Promise<{ plans: number; seeded: boolean }> {
  await seedNationalLimits(db);
  if (await isDemoSeeded(db)) {
    await loadDemoBoundaries(db, options.boundariesFile);
    await seedDemoCouncilMeetings(db);
    await seedDemoHolidays(db);
    await seedDemoSchedules(db);
    await seedDemoSections(db);
    return { plans: 0, seeded: false };
  }
  const orgData = readDemoOrganisations();
  const planData = readDemoPlans();
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction(async (tx) => {
    const [region] = await tx.insert(regions).values(orgData.region).returning();
    if (!region) throw new Error('region insert failed');
    const idByKey = new Map<string, string>();
    for (const org of orgData.organisations) {
      const [row] = await tx
        .insert(organisations)
        .values({
          regionId: region.id,
          key: org.key,
          kind: org.kind,
          name: org.name,
          cbsCode: org.cbsCode ?? null,
          member: org.member ?? org.kind !== 'municipality',
          centreLat: org.centre?.lat ?? null,
          centreLon: org.centre?.lon ?? null,
          source: org.source ?? null,
        })
        .returning({ id: organisations.id });
      if (!row) throw new Error(`organisation ${org.key} insert failed`);
      idByKey.set(org.key, row.id);
    }
    for (const org of orgData.organisations.filter((o) => o.housingAssociationKey)) {
      await tx
        .update(organisations)
        .set({ parentId: idByKey.get(org.housingAssociationKey ?? '') ?? null })
        .where(eq(organisations.key, org.key));
    }
    const firstOfKind = (kind: string) => orgData.organisations.find((o) => o.kind === kind)?.key;
    for (const account of DEMO_ACCOUNTS) {
      const key =
        account.orgKey === 'housingAssociation' || account.orgKey === 'developer'
          ? firstOfKind(account.orgKey)
          : account.orgKey;
      const organisationId = idByKey.get(key ?? '');
      if (!organisationId) throw new Error(`no organisation for demo account ${account.email}`);
      await tx.insert(users).values({
        email: account.email,
        name: account.name,
        role: account.role,
        organisationId,
        passwordHash,
        demo: true,
      });
    }
    const targetData = readDemoTargets();
    const { region: rt } = targetData;
    await tx.insert(targets).values({
      regionId: region.id,
      municipalityCode: null,
      periodStart: rt.periodStart,
      periodEnd: rt.periodEnd,
      homes: rt.homes,
      socialRentHomes: Math.round(rt.homes * (rt.socialRentShare ?? 1 / 3)),
      bySegment: { socialRent: Math.round(rt.homes * (rt.socialRentShare ?? 1 / 3)) },
      source: rt.source ?? null,
      demo: false,
    });
    for (const t of targetData.municipalities) {
      await tx.insert(targets).values({
        regionId: region.id,
        municipalityCode: t.code,
        periodStart: rt.periodStart,
        periodEnd: rt.periodEnd,
        homes: t.homes,
        socialRentHomes: t.socialRentHomes ?? null,
        bySegment: t.socialRentHomes != null ? { socialRent: t.socialRentHomes } : {},
        source: t.source ?? null,
        demo: t.demo,
      });
    }
    for (const r of readDemoRealisations().items) {
      // The demo file gives a total and the social-rent part; the rest is recorded as segment "unknown".
      const social = r.socialRentHomes ?? 0;
      const base = {
        municipalityCode: r.municipalityCode,
        year: r.year,
        source: r.source ?? null,
        demo: r.demo,
      };
      if (social > 0) await tx.insert(realisations).values({ ...base, segment: 'socialRent', homes: social });
      if (r.homes - social > 0) {
        await tx.insert(realisations).values({ ...base, segment: 'unknown', homes: r.homes - social });
      }
    }
    const limits = await tx.select().from(nationalLimits);
    for (const plan of planData) {
      const ownerId = idByKey.get(plan.ownerKey);
      if (!ownerId) throw new Error(`plan ${plan.externalId}: unknown owner ${plan.ownerKey}`);
      const input: TPlanInput = {
        name: plan.name,
        municipalityCode: plan.municipalityCode,
        phase: plan.phase,
        planningStatus: plan.planningStatus,
        planType: plan.planType ?? null,
        bottlenecks: plan.bottlenecks,
        location: plan.location ?? null,
        address: plan.address ?? null,
        segments: plan.segments,
        deliveries: plan.deliveries,
        parties: plan.parties.map((p) => {
          const organisationId = idByKey.get(p.organisationKey);
          if (!organisationId) throw new Error(`plan ${plan.externalId}: unknown party ${p.organisationKey}`);
          return { organisationId, role: p.role };
        }),
        visibility: plan.visibility,
        businessCase: plan.businessCase ?? null,
        deadline: plan.deadline ?? null,
        nextMilestone: plan.nextMilestone ?? null,
        notes: plan.notes ?? null,
      };
      const [row] = await tx
        .insert(plans)
        .values({
          ...toPlanColumns(input, limits),
          regionId: region.id,
          ownerOrganisationId: ownerId,
          externalId: plan.externalId,
          fictional: plan.fictional,
        })
        .returning({ id: plans.id });
      if (!row) throw new Error('plan insert failed');
      await writePlanChildren(tx, row.id, input);
      await tx
        .insert(planVersions)
        .values({ planId: row.id, version: 1, changedBy: null, snapshot: input, changes: [] });
    }
    await tx.insert(appMeta).values({ key: 'demo_seeded', value: new Date().toISOString() });
  });
  await loadDemoBoundaries(db, options.boundariesFile);
  await seedDemoCouncilMeetings(db);
  await seedDemoHolidays(db);
  await seedDemoSchedules(db);
  await seedDemoSections(db);
  return { plans: planData.length, seeded: true };
}

/** Instruments, tables, agreements and knowledge; each part adds only what is missing, so later starts fill in what is new. */
async function seedDemoSections(db: Db): Promise<void> {
  await seedDemoInstruments(db);
  await seedDemoMeetings(db);
  await seedDemoAgreements(db);
  await seedDemoKnowledge(db);
}

/** Loads the shared 2025 boundaries when the file is there and none are loaded yet (architecture.md). */
async function loadDemoBoundaries(db: Db, file = SHARED_BOUNDARIES): Promise<void> {
  if (!fs.existsSync(file)) return;
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(municipalityBoundaries);
  if ((row?.n ?? 0) === 0) await importBoundaries(db, file, 'CBS / PDOK, gemeentegrenzen 2025 (cartomap/nl)');
}

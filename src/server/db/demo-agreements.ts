import { eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import {
  AGREEMENT_KINDS,
  COMMITMENT_STATUSES,
  COMMITMENT_TYPES,
  TOPIC_KEYS,
  topicOf,
} from '../../core/agreements';
import type { Db, Tx } from './client';
import { readJson } from './demo-data';
import { appMeta, organisations, plans } from './schema';
import {
  agreementParties,
  agreements,
  commitmentPlans,
  commitments,
  planContacts,
} from './schema-agreements';

const ZDemoCommitment = z.object({
  party: z.string(),
  topic: z.enum(TOPIC_KEYS),
  type: z.enum(COMMITMENT_TYPES).optional(),
  description: z.string(),
  target: z.number().nullable().default(null),
  actual: z.number().nullable().default(null),
  unit: z.string().optional(),
  dueDate: z.iso.date().nullable().default(null),
  status: z.enum(COMMITMENT_STATUSES),
  evidence: z.string().nullable().default(null),
  plans: z.array(z.string()).default([]),
});
const ZDemoAgreements = z.object({
  notes: z.string(),
  agreements: z.array(
    z.object({
      key: z.string(),
      kind: z.enum(AGREEMENT_KINDS),
      year: z.number().int(),
      municipalityCode: z.string().nullable(),
      title: z.string(),
      source: z.string(),
      parties: z.array(z.string()).min(1),
      commitments: z.array(ZDemoCommitment),
    }),
  ),
  planContacts: z.array(
    z.object({
      plan: z.string(),
      organisation: z.string(),
      roleLabel: z.string(),
      topic: z.string(),
      phone: z.string().nullable().default(null),
      email: z.string().nullable().default(null),
    }),
  ),
});

/** data/agreements/demo-agreements.json, checked. */
export const readDemoAgreements = () => readJson('data/agreements/demo-agreements.json', ZDemoAgreements);

type DemoAgreement = z.infer<typeof ZDemoAgreements>['agreements'][number];
const MARK = (key: string) => `demo_agreement:${key}`;

/**
 * The demo agreements (issue 6): prestatieafspraken of the six member municipalities, the regional woonvisie's
 * action points and the province agreement, all marked demo, and who to call for what on two plans. Runs on
 * every start and adds only what is missing; an item seeded once is never added again (app_meta remembers it),
 * so a demo agreement someone removed stays removed. Items whose organisations are absent are skipped.
 */
export async function seedDemoAgreements(db: Db): Promise<void> {
  const data = readDemoAgreements();
  const seeded = new Set(
    (
      await db
        .select({ key: appMeta.key })
        .from(appMeta)
        .where(inArray(appMeta.key, [...data.agreements.map((a) => MARK(a.key)), MARK('plan-contacts')]))
    ).map((r) => r.key),
  );
  const orgs = await db
    .select({ id: organisations.id, key: organisations.key, regionId: organisations.regionId })
    .from(organisations);
  const org = new Map(orgs.map((o) => [o.key, o]));
  const planRows = await db.select({ id: plans.id, externalId: plans.externalId }).from(plans);
  const plan = new Map(planRows.map((p) => [p.externalId, p.id]));
  for (const item of data.agreements) {
    if (seeded.has(MARK(item.key))) continue;
    if (!item.parties.every((key) => org.has(key))) continue;
    await db.transaction((tx) => insertDemoAgreement(tx, item, org, plan));
  }
  if (!seeded.has(MARK('plan-contacts'))) {
    const rows = data.planContacts.flatMap((c) => {
      const planId = plan.get(c.plan);
      const organisationId = org.get(c.organisation)?.id;
      return planId && organisationId
        ? [
            {
              planId,
              organisationId,
              roleLabel: c.roleLabel,
              topic: c.topic,
              phone: c.phone,
              email: c.email,
              demo: true,
            },
          ]
        : [];
    });
    if (rows.length) {
      await db.insert(planContacts).values(rows).onConflictDoNothing();
      await db.insert(appMeta).values({ key: MARK('plan-contacts'), value: new Date().toISOString() });
    }
  }
}

async function insertDemoAgreement(
  tx: Tx,
  item: DemoAgreement,
  org: Map<string, { id: string; regionId: string }>,
  plan: Map<string | null, string>,
): Promise<void> {
  const regionId = org.get(item.parties[0] as string)?.regionId as string;
  const existing = await tx
    .select({ id: agreements.id })
    .from(agreements)
    .where(eq(agreements.seedKey, item.key));
  if (existing.length === 0) {
    const [row] = await tx
      .insert(agreements)
      .values({
        regionId,
        kind: item.kind,
        year: item.year,
        municipalityCode: item.municipalityCode,
        title: item.title,
        source: item.source,
        demo: true,
        seedKey: item.key,
      })
      .returning({ id: agreements.id });
    if (!row) throw new Error(`demo agreement ${item.key} insert failed`);
    await tx.insert(agreementParties).values(
      item.parties.map((key, position) => ({
        agreementId: row.id,
        organisationId: org.get(key)?.id as string,
        position,
      })),
    );
    for (const [position, c] of item.commitments.entries()) {
      const partyId = org.get(c.party)?.id;
      if (!partyId) throw new Error(`demo agreement ${item.key}: unknown party ${c.party}`);
      const topic = topicOf(c.topic);
      const [line] = await tx
        .insert(commitments)
        .values({
          agreementId: row.id,
          partyOrganisationId: partyId,
          position,
          topic: c.topic,
          type: c.type ?? topic.type,
          description: c.description,
          target: c.target,
          actual: c.actual,
          unit: c.unit ?? topic.unit,
          dueDate: c.dueDate,
          status: c.status,
          evidence: c.evidence,
        })
        .returning({ id: commitments.id });
      const planIds = c.plans.flatMap((key) => plan.get(key) ?? []);
      if (line && planIds.length) {
        await tx.insert(commitmentPlans).values(planIds.map((planId) => ({ commitmentId: line.id, planId })));
      }
    }
  }
  await tx
    .insert(appMeta)
    .values({ key: MARK(item.key), value: new Date().toISOString() })
    .onConflictDoNothing();
}

import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openTestDatabase } from '../../../test/support/test-db';
import type { Database } from './client';
import { readDemoAgreements, seedDemoAgreements } from './demo-agreements';
import { readDemoPlans } from './demo-data';
import { organisations } from './schema';
import { agreements, commitments, planContacts } from './schema-agreements';

describe('the demo agreements', () => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase('pglite');
  });
  afterAll(() => database.close());

  const count = async (table: typeof agreements | typeof commitments | typeof planContacts) =>
    (await database.db.select({ n: sql<number>`count(*)::int` }).from(table))[0]?.n ?? 0;

  test('every demo municipality has prestatieafspraken, all marked demo, with a source', async () => {
    const rows = await database.db.select().from(agreements);
    const members = await database.db
      .select({ code: organisations.cbsCode })
      .from(organisations)
      .where(eq(organisations.member, true));
    const codes = members.flatMap((m) => (m.code ? [m.code] : []));
    expect(codes.length).toBe(6);
    for (const code of codes) {
      expect(rows.some((a) => a.kind === 'performance' && a.municipalityCode === code)).toBe(true);
    }
    expect(rows.every((a) => a.demo && a.source)).toBe(true);
    expect(new Set(rows.map((a) => a.kind))).toEqual(
      new Set(['performance', 'housingVision', 'provincialAgreement']),
    );
  });

  test('the file names only demo plans that exist and no e-mail outside .example', () => {
    const data = readDemoAgreements();
    const plans = new Set(readDemoPlans().map((p) => p.externalId));
    for (const a of data.agreements)
      for (const c of a.commitments) for (const p of c.plans) expect(plans).toContain(p);
    for (const c of data.planContacts) {
      expect(plans).toContain(c.plan);
      if (c.email) expect(c.email).toMatch(/\.example$/);
    }
  });

  test('a second run adds nothing; a removed demo agreement is not added again', async () => {
    const before = [await count(agreements), await count(commitments), await count(planContacts)];
    await seedDemoAgreements(database.db);
    expect([await count(agreements), await count(commitments), await count(planContacts)]).toEqual(before);
    await database.db.delete(agreements).where(eq(agreements.seedKey, 'pa-laren-2026'));
    await seedDemoAgreements(database.db);
    expect(await count(agreements)).toBe((before[0] ?? 0) - 1);
  });
});

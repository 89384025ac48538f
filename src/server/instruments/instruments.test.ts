import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ACCOUNTS, planInput } from '../../../test/support/fixtures';
import { type Client, createTestApp, type TestApp } from '../../../test/support/test-app';
import { databaseKinds } from '../../../test/support/test-db';

/** A Gooise Meren plan with one middle-rent line of 55 m² (the ordinance asks 60 m², M(003) session 3). */
const SMALL_MID_RENT = [
  { segment: 'socialRent', homes: 12, usableAreaM2: 45, monthlyRentEur: 700 },
  { segment: 'midRent', homes: 10, usableAreaM2: 55, monthlyRentEur: 1050 },
  { segment: 'freeBuy', homes: 18, usableAreaM2: 95, priceEur: 600_000 },
];

/** A plan input in Gooise Meren with these segments and all homes delivered in 2029. */
function gmPlan(segments: readonly ({ segment: string; homes: number } & Record<string, unknown>)[]) {
  const homes = segments.reduce((sum, line) => sum + line.homes, 0);
  return planInput({
    municipalityCode: 'GM1942',
    address: 'Bussum (fictief)',
    segments: segments as never,
    deliveries: [{ year: 2029, homes }],
  });
}

describe.each(databaseKinds())('instruments on %s', (kind) => {
  let t: TestApp;
  let gooiseMeren: Client;
  let hilversum: Client;
  let planId: string;

  beforeAll(async () => {
    t = await createTestApp(kind);
    gooiseMeren = await t.login(ACCOUNTS.gooiseMeren);
    hilversum = await t.login(ACCOUNTS.hilversum);
    const created = await gooiseMeren.post('/api/v1/plans', gmPlan(SMALL_MID_RENT));
    expect(created.statusCode, created.body).toBe(201);
    planId = created.json().id;
  });
  afterAll(() => t.close());

  test('a plan is checked against the ordinance in force, each rule with a Dutch reason (contract shape)', async () => {
    const response = await hilversum.get(`/api/v1/plans/${planId}/compliance`);
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body.ordinance).toMatchObject({ effectiveFrom: '2023-12-01', demo: false });
    const failing = body.checks.filter((c: { ok: boolean }) => !c.ok);
    expect(failing).toEqual([
      expect.objectContaining({
        segment: 'midRent',
        rule: 'minUsableArea',
        message: 'Middenhuur: 55 m² GBO is kleiner dan het minimum van 60 m² uit de verordening.',
      }),
    ]);
    expect(body.norms).toMatchObject({ socialRentShare: 0.3, ok: false });
    expect(body.ok).toBe(false);
  });

  test('the same check runs live on unsaved segments', async () => {
    const response = await gooiseMeren.post('/api/v1/municipalities/GM1942/compliance', {
      segments: [{ segment: 'midRent', homes: 10, usableAreaM2: 62, monthlyRentEur: 1150 }],
    });
    expect(response.statusCode, response.body).toBe(200);
    const messages = response.json().checks.map((c: { ok: boolean; rule: string }) => `${c.rule}:${c.ok}`);
    expect(messages).toEqual(['minUsableArea:true', 'maxMonthlyRent:false']);
    const bad = await gooiseMeren.post('/api/v1/municipalities/GM1942/compliance', { segments: [] });
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toContain('Vul minstens één segment in.');
  });

  test('the compensation calculator: Hilversum € 20,000 per missing home (contract shape); no scheme → 404', async () => {
    const response = await hilversum.post('/api/v1/municipalities/GM0402/compensation', {
      segments: [
        { segment: 'socialRent', homes: 2 },
        { segment: 'freeBuy', homes: 18 },
      ],
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      missingSocialHomes: 4,
      amountEur: 80_000,
      method: 'flatPerHome',
      explanation: expect.stringContaining('€ 20.000 per ontbrekende woning'),
    });
    const more = await hilversum.post('/api/v1/municipalities/GM0402/compensation', {
      segments: [
        { segment: 'socialRent', homes: 5 },
        { segment: 'freeBuy', homes: 18 },
      ],
    });
    expect(more.json().amountEur).toBe(40_000);
    const none = await hilversum.post('/api/v1/municipalities/GM1696/compensation', {
      segments: [{ segment: 'freeBuy', homes: 18 }],
    });
    expect(none.statusCode).toBe(404);
  });

  test('only the municipality records a hardship exception, only for a failing rule; it shows on the check', async () => {
    const body = {
      segment: 'midRent',
      rule: 'minUsableArea',
      motivation: 'Transformatie van een monumentaal kantoorpand: de maat van de kamers ligt vast.',
      approvedBy: 'College van B en W, 12 maart 2026',
    };
    expect((await hilversum.post(`/api/v1/plans/${planId}/hardship-exceptions`, body)).statusCode).toBe(403);
    const passing = await gooiseMeren.post(`/api/v1/plans/${planId}/hardship-exceptions`, {
      ...body,
      segment: 'socialRent',
    });
    expect(passing.statusCode).toBe(422);
    const short = await gooiseMeren.post(`/api/v1/plans/${planId}/hardship-exceptions`, {
      ...body,
      motivation: 'kort',
    });
    expect(short.statusCode).toBe(422);
    expect(short.body).toContain('Motiveer de uitzondering in minstens 20 tekens.');
    const recorded = await gooiseMeren.post(`/api/v1/plans/${planId}/hardship-exceptions`, body);
    expect(recorded.statusCode, recorded.body).toBe(201);
    const check = recorded
      .json()
      .checks.find(
        (c: { rule: string; segment: string }) => c.segment === 'midRent' && c.rule === 'minUsableArea',
      );
    expect(check).toMatchObject({ ok: false, exception: { approvedBy: body.approvedBy } });
    expect(recorded.json().ok).toBe(true);
  });

  test('the overview lists each municipality with its rules, scheme and the plans the ordinance affects', async () => {
    const other = await gooiseMeren.post(
      '/api/v1/plans',
      gmPlan([{ segment: 'affordableBuy', homes: 8, usableAreaM2: 65, priceEur: 380_000 }]),
    );
    const body = (await hilversum.get('/api/v1/instruments')).json();
    const gm = body.municipalities.find((m: { code: string }) => m.code === 'GM1942');
    expect(gm.ordinance.title).toMatch(/Gooise Meren/);
    expect(gm.scheme.fundCapPerHomeEur).toBe(25_000);
    expect(gm.affectedPlans.map((p: { id: string }) => p.id)).toContain(other.json().id);
    // The first plan's failing rule has an exception now: not affected.
    expect(gm.affectedPlans.map((p: { id: string }) => p.id)).not.toContain(planId);
    expect(gm.canEdit).toBe(false);
  });

  test('policy what-if: middle rent 60 → 50 m² changes who complies; the fund amount under another method; nothing saved', async () => {
    const probe = await gooiseMeren.post(
      '/api/v1/plans',
      gmPlan([
        { segment: 'midRent', homes: 10, usableAreaM2: 52 },
        { segment: 'freeBuy', homes: 10 },
      ]),
    );
    const rules = [
      { segment: 'socialRent', minUsableAreaM2: 40 },
      { segment: 'midRent', maxMonthlyRentEur: 1100, minUsableAreaM2: 50 },
      { segment: 'affordableBuy', maxPriceEur: 390_000, minUsableAreaM2: 70 },
    ];
    const response = await gooiseMeren.post('/api/v1/municipalities/GM1942/instruments/what-if', {
      ordinanceRules: rules,
      schemeMethod: { kind: 'flatPerHome', amountEur: 30_000 },
    });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    const line = body.lines.find((l: { planId: string }) => l.planId === probe.json().id);
    expect(line).toMatchObject({ compliant: { before: false, after: true } });
    // 20 homes, none social: 6 missing × € 30,000.
    expect(line.compensationEur.after).toBe(180_000);
    expect(body.summary.nowPassing).toBeGreaterThanOrEqual(1);
    expect(body.summary.sentence).toMatch(/voortaan wel aan de verordening.*Het fonds zou/);
    const still = (await gooiseMeren.get(`/api/v1/plans/${probe.json().id}/compliance`)).json();
    expect(still.ok).toBe(false);
    const empty = await gooiseMeren.post('/api/v1/municipalities/GM1942/instruments/what-if', {});
    expect(empty.statusCode).toBe(422);
  });

  test('a new ordinance version takes effect on its date; only the municipality adds one; one per date', async () => {
    const version = {
      effectiveFrom: '2026-01-01',
      title: 'Doelgroepenverordening Gooise Meren 2026 (test)',
      rules: [{ segment: 'midRent', maxMonthlyRentEur: 1200, minUsableAreaM2: 50 }],
      hardshipClause: 'Het college kan gemotiveerd afwijken.',
      source: 'Raadsbesluit (fictief, test)',
    };
    expect((await hilversum.post('/api/v1/municipalities/GM1942/ordinances', version)).statusCode).toBe(403);
    const added = await gooiseMeren.post('/api/v1/municipalities/GM1942/ordinances', version);
    expect(added.statusCode, added.body).toBe(201);
    expect((await gooiseMeren.post('/api/v1/municipalities/GM1942/ordinances', version)).statusCode).toBe(
      409,
    );
    const body = (await gooiseMeren.get(`/api/v1/plans/${planId}/compliance`)).json();
    expect(body.ordinance.title).toBe(version.title);
    expect(body.checks.filter((c: { ok: boolean }) => !c.ok)).toEqual([]);
  });
});

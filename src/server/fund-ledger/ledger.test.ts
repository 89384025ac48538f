import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ACCOUNTS, planInput } from '../../../test/support/fixtures';
import { type Client, createTestApp, type TestApp } from '../../../test/support/test-app';
import { databaseKinds } from '../../../test/support/test-db';
import { sumInCents } from './fund.test-support';

const HILVERSUM = '/api/v1/municipalities/GM0402/fund';
const GOOISE_MEREN = '/api/v1/municipalities/GM1942/fund';
const HUIZEN = '/api/v1/municipalities/GM0406/fund';
const DAY = '2026-03-02';

type Entry = { id: string; kind: string; amountEur: number };

describe.each(databaseKinds())('the fund ledger on %s', (kind) => {
  let t: TestApp;
  let hilversum: Client;
  let gooiseMeren: Client;
  let developer: Client;
  let corporation: Client;
  let region: Client;
  const book = (client: Client, fund: string, entry: Record<string, unknown>) =>
    client.post(`${fund}/entries`, { bookedOn: DAY, ...entry });

  beforeAll(async () => {
    t = await createTestApp(kind);
    const clients = await Promise.all(
      [
        ACCOUNTS.hilversum,
        ACCOUNTS.gooiseMeren,
        ACCOUNTS.developer,
        ACCOUNTS.corporation,
        ACCOUNTS.region,
      ].map((email) => t.login(email)),
    );
    [hilversum, gooiseMeren, developer, corporation, region] = clients as [
      Client,
      Client,
      Client,
      Client,
      Client,
    ];
  });
  afterAll(() => t.close());

  test('payments in, contributions out within the balance and the cap per home, corrections of an entry', async () => {
    const paid = await book(gooiseMeren, GOOISE_MEREN, {
      kind: 'payment',
      amountEur: 100_000,
      description: 'Afdracht plan Voorbeeldhof (fictief)',
    });
    expect(paid.statusCode, paid.body).toBe(201);
    expect(paid.json()).toMatchObject({
      municipalityCode: 'GM1942',
      balanceEur: 100_000,
      capPerHomeEur: 25_000,
    });
    // Gooise Meren pays out at most € 25,000 per home (seed 003): € 60,000 for 2 homes is too much.
    const overCap = await book(gooiseMeren, GOOISE_MEREN, {
      kind: 'contribution',
      amountEur: -60_000,
      homes: 2,
      description: 'Bijdrage sociale huur elders',
    });
    expect(overCap.statusCode).toBe(422);
    expect(overCap.json().errors).toEqual([
      {
        path: 'amountEur',
        message: expect.stringMatching(/^Het fonds draagt hoogstens € 25\.000(,00)? per woning bij/),
      },
    ]);
    const noHomes = await book(gooiseMeren, GOOISE_MEREN, {
      kind: 'contribution',
      amountEur: -10_000,
      description: 'Bijdrage zonder woningen',
    });
    expect(noHomes.json().errors[0].path).toBe('homes');
    const overBalance = await book(gooiseMeren, GOOISE_MEREN, {
      kind: 'contribution',
      amountEur: -100_000.01,
      homes: 5,
      description: 'Meer dan het saldo',
    });
    expect(overBalance.json().detail).toMatch(/saldo van het fonds .* is te laag/);
    const out = await book(gooiseMeren, GOOISE_MEREN, {
      kind: 'contribution',
      amountEur: -50_000,
      homes: 2,
      description: 'Bijdrage aan twee sociale huurwoningen (fictief)',
    });
    expect(out.statusCode, out.body).toBe(201);
    const contribution = out.json().entries[0];
    const unknown = await book(gooiseMeren, GOOISE_MEREN, {
      kind: 'correction',
      amountEur: 1_000,
      correctsId: '00000000-0000-4000-8000-000000000000',
      description: 'Correctie van een onbekende boeking',
    });
    expect(unknown.json().errors).toEqual([
      { path: 'correctsId', message: 'Kies de boeking die je corrigeert.' },
    ]);
    const corrected = await book(gooiseMeren, GOOISE_MEREN, {
      kind: 'correction',
      amountEur: 1_000,
      correctsId: contribution.id,
      description: 'Correctie: bijdrage was € 1.000 te hoog geboekt',
    });
    expect(corrected.statusCode, corrected.body).toBe(201);
    const fund = corrected.json();
    expect(fund.entries[0]).toMatchObject({
      kind: 'correction',
      correctsId: contribution.id,
      by: expect.any(String),
    });
    expect(fund.entries[0].createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(fund.balanceEur).toBe(100_000 - 50_000 + 1_000);
    expect(Math.round(fund.balanceEur * 100)).toBe(sumInCents(fund.entries));
  });

  test.each([
    [{ kind: 'payment', amountEur: 10, bookedOn: '2026-02-31', description: 'Ongeldige datum' }, 'bookedOn'],
    [{ kind: 'payment', amountEur: 10.005, bookedOn: DAY, description: 'Halve centen' }, 'amountEur'],
    [{ kind: 'payment', amountEur: -10, bookedOn: DAY, description: 'Negatieve afdracht' }, 'amountEur'],
    [{ kind: 'payment', amountEur: 10, bookedOn: DAY, description: 'x' }, 'description'],
  ])('an invalid entry %j is refused on its field %s', async (entry, path) => {
    const response = await hilversum.post(`${HILVERSUM}/entries`, entry);
    expect(response.statusCode).toBe(422);
    expect(response.json().errors.map((e: { path: string }) => e.path)).toEqual([path]);
  });

  test('only the municipality (or the region admin) books; every organisation of the region reads', async () => {
    const entry = { kind: 'payment', amountEur: 5, description: 'Probeer te boeken' };
    expect((await book(developer, HILVERSUM, entry)).statusCode).toBe(403);
    expect((await book(gooiseMeren, HILVERSUM, entry)).statusCode).toBe(403);
    expect((await book(region, HILVERSUM, entry)).statusCode).toBe(201);
    expect((await corporation.get(HILVERSUM)).json()).toMatchObject({
      municipalityCode: 'GM0402',
      canBook: false,
    });
    expect((await developer.get('/api/v1/municipalities/GM0999/fund')).statusCode).toBe(404);
  });

  test('a linked plan is one of the municipality’s; its name only for those who may see it', async () => {
    const hilversumOrg = (await hilversum.get('/api/v1/me')).json().user.organisation.id;
    const shared = await developer.post(
      '/api/v1/plans',
      planInput({
        visibility: 'partners',
        parties: [{ organisationId: hilversumOrg, role: 'municipality' }],
      }),
    );
    const elsewhere = await developer.post('/api/v1/plans', planInput({ municipalityCode: 'GM1942' }));
    const wrong = await book(hilversum, HILVERSUM, {
      kind: 'payment',
      amountEur: 20_000,
      planId: elsewhere.json().id,
      description: 'Afdracht van een plan in Gooise Meren',
    });
    expect(wrong.json().errors).toEqual([{ path: 'planId', message: 'Kies een plan van deze gemeente.' }]);
    const linked = await book(hilversum, HILVERSUM, {
      kind: 'payment',
      amountEur: 20_000,
      planId: shared.json().id,
      description: 'Afdracht gedeeld plan (fictief)',
    });
    expect(linked.statusCode, linked.body).toBe(201);
    const name = shared.json().name;
    expect(linked.json().entries[0].plan).toEqual({ id: shared.json().id, name });
    expect((await corporation.get(HILVERSUM)).json().entries[0].plan.name).toBe(
      'een plan dat je niet mag zien',
    );
  });

  test('two contributions at the same moment cannot both spend the balance', async () => {
    const paid = await book(hilversum, HILVERSUM, {
      kind: 'payment',
      amountEur: 10_000,
      description: 'Afdracht voor de gelijktijdigheidstest',
    });
    const { balanceEur } = paid.json();
    const spend = () =>
      book(hilversum, HILVERSUM, {
        kind: 'contribution',
        amountEur: -Math.floor(balanceEur * 0.6),
        homes: 1,
        description: 'Bijdrage aan een sociale huurwoning',
      });
    const both = await Promise.all([spend(), spend()]);
    expect(both.map((r) => r.statusCode).sort()).toEqual([201, 422]);
    const after = (await hilversum.get(HILVERSUM)).json();
    expect(after.balanceEur).toBe(balanceEur - Math.floor(balanceEur * 0.6));
  });

  test('entries are never changed or removed: no such routes, nothing changes', async () => {
    const before = (await region.get(HILVERSUM)).json();
    const id = before.entries[0].id;
    const attempts = await Promise.all([
      hilversum.request({ method: 'DELETE', url: `${HILVERSUM}/entries/${id}` }),
      hilversum.patch(`${HILVERSUM}/entries/${id}`, { amountEur: 1 }),
      hilversum.put(`${HILVERSUM}/entries/${id}`, { amountEur: 1 }),
      hilversum.request({ method: 'DELETE', url: `${HILVERSUM}/entries` }),
      hilversum.request({ method: 'DELETE', url: HILVERSUM }),
    ]);
    for (const attempt of attempts) expect([404, 405]).toContain(attempt.statusCode);
    expect((await region.get(HILVERSUM)).json()).toEqual(before);
  });

  test('the balance the API gives is always the sum of the entries it lists', async () => {
    // Random payments (in cents) and corrections that never take the balance below zero, booked one by one.
    const steps = fc.array(
      fc.record({
        kind: fc.constantFrom('payment', 'correction'),
        cents: fc.integer({ min: 1, max: 5_000_000 }),
      }),
      { minLength: 1, maxLength: 5 },
    );
    await fc.assert(
      fc.asyncProperty(steps, async (plan) => {
        for (const step of plan) {
          const fund = (await region.get(HUIZEN)).json();
          const balanceCents = Math.round(fund.balanceEur * 100);
          const first = fund.entries.at(-1) as Entry | undefined;
          const entry =
            step.kind === 'payment' || !first || balanceCents === 0
              ? { kind: 'payment', amountEur: step.cents / 100, description: 'Afdracht (eigenschapstest)' }
              : {
                  kind: 'correction',
                  amountEur: -Math.min(step.cents, balanceCents) / 100,
                  correctsId: first.id,
                  description: 'Correctie (eigenschapstest)',
                };
          const booked = await book(region, HUIZEN, entry);
          expect(booked.statusCode, booked.body).toBe(201);
          const after = booked.json();
          expect(Math.round(after.balanceEur * 100)).toBe(sumInCents(after.entries));
          expect(Math.round(after.balanceEur * 100)).toBe(balanceCents + Math.round(entry.amountEur * 100));
        }
      }),
      { numRuns: 6 },
    );
  });
});

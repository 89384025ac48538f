import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ACCOUNTS, planInput } from '../../../test/support/fixtures';
import { type Client, createTestApp, type TestApp } from '../../../test/support/test-app';
import { databaseKinds } from '../../../test/support/test-db';
import { auditLog, fundEntries } from '../db/schema';
import { postForm, REQUEST_FIELDS, REQUEST_JSON } from './fund.test-support';

/** 20 homes of which 2 social rent: 6 required, 4 missing × € 20,000 under Hilversum's scheme = € 80,000. */
const SHORT_OF_SOCIAL = {
  segments: [
    { segment: 'socialRent', homes: 2 },
    { segment: 'freeBuy', homes: 18 },
  ] as never,
  deliveries: [{ year: 2029, homes: 20 }],
};

describe.each(databaseKinds())('compensation requests on %s', (kind) => {
  let t: TestApp;
  let developer: Client;
  let hilversum: Client;
  let gooiseMeren: Client;
  let corporation: Client;
  let region: Client;
  let planId: string;
  const url = () => `/api/v1/plans/${planId}/compensation-requests`;

  beforeAll(async () => {
    t = await createTestApp(kind);
    const clients = await Promise.all(
      [
        ACCOUNTS.developer,
        ACCOUNTS.hilversum,
        ACCOUNTS.gooiseMeren,
        ACCOUNTS.corporation,
        ACCOUNTS.region,
      ].map((email) => t.login(email)),
    );
    [developer, hilversum, gooiseMeren, corporation, region] = clients as [
      Client,
      Client,
      Client,
      Client,
      Client,
    ];
    const created = await developer.post('/api/v1/plans', planInput(SHORT_OF_SOCIAL));
    expect(created.statusCode, created.body).toBe(201);
    planId = created.json().id;
  });
  afterAll(() => t.close());

  test('a request needs a motivation and the check whether the homes can be built elsewhere, with a note', async () => {
    const response = await postForm(developer, url(), { motivation: 'Te duur', elsewhereNote: '' });
    expect(response.statusCode).toBe(422);
    const errors = response.json().errors as { path: string; message: string }[];
    expect(errors.map((e) => e.path).sort()).toEqual(['elsewhereChecked', 'elsewhereNote', 'motivation']);
    expect(errors.find((e) => e.path === 'elsewhereChecked')?.message).toBe(
      'Onderzoek eerst of de sociale huurwoningen elders gebouwd kunnen worden, en vink dat aan.',
    );
    // As JSON, without a file: the same rules.
    const json = await developer.post(url(), { ...REQUEST_JSON, elsewhereChecked: false });
    expect(json.statusCode).toBe(422);
    expect(json.json().errors.map((e: { path: string }) => e.path)).toEqual(['elsewhereChecked']);
  });

  test.each([
    ['open-boek.exe', 'x', 'Lever het open boek aan als PDF, XLSX of CSV.'],
    ['open-boek.pdf', 'geen pdf', 'Dit bestand is geen echt PDF-bestand. Kies het bestand opnieuw.'],
    ['open-boek.csv', Buffer.alloc(10 * 1024 * 1024 + 1, 0x61), 'Het bestand is te groot (maximaal 10 MB).'],
  ])('an open book %s is refused next to its field', async (name, content, message) => {
    const response = await postForm(developer, url(), REQUEST_FIELDS, { name, content });
    expect(response.statusCode).toBe(422);
    expect(response.json().errors).toEqual([{ path: 'openBook', message }]);
    expect((await developer.get(url())).json().items).toHaveLength(0);
  });

  test('only the owner or a party files, and only when the municipality can see the plan', async () => {
    expect((await corporation.post(url(), REQUEST_JSON)).statusCode).toBe(403);
    expect((await hilversum.post(url(), REQUEST_JSON)).statusCode).toBe(403);
    const hidden = await developer.post(
      '/api/v1/plans',
      planInput({ ...SHORT_OF_SOCIAL, visibility: 'partners', parties: [] }),
    );
    const refused = await developer.post(
      `/api/v1/plans/${hidden.json().id}/compensation-requests`,
      REQUEST_JSON,
    );
    expect(refused.statusCode).toBe(422);
    expect(refused.json().detail).toMatch(/De gemeente kan dit plan niet zien/);
  });

  test('filed with an open book: the amount is computed and kept; the file is for the requester and the municipality only', async () => {
    const csv = 'post;bedrag\ngrond;1200000\n';
    const filed = await postForm(developer, url(), REQUEST_FIELDS, { name: 'open boek é.csv', content: csv });
    expect(filed.statusCode, filed.body).toBe(201);
    const [request] = filed.json().items;
    expect(request).toMatchObject({
      status: 'submitted',
      amountEur: 80_000,
      requester: expect.any(String),
      openBook: { name: 'open boek é.csv', sizeBytes: Buffer.byteLength(csv) },
    });
    const own = await developer.get(request.openBook.url);
    expect(own.statusCode).toBe(200);
    expect(own.body).toBe(csv);
    expect(own.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(own.headers['content-disposition']).toContain("filename*=UTF-8''open%20boek%20%C3%A9.csv");
    expect((await hilversum.get(request.openBook.url)).statusCode).toBe(200);
    for (const other of [region, corporation, gooiseMeren]) {
      expect((await other.get(request.openBook.url)).statusCode).toBe(404);
      const seen = (await other.get(url())).json().items[0];
      expect(seen.openBook).toEqual({ name: 'vertrouwelijk', sizeBytes: null, url: null });
    }
    // One request at a time: a second one waits for the decision on the first.
    const again = await developer.post(url(), REQUEST_JSON);
    expect(again.statusCode).toBe(409);
  });

  test('only the municipality decides, once; approval books the payment in the same step', async () => {
    const [request] = (await hilversum.get(url())).json().items;
    expect((await hilversum.get(url())).json()).toMatchObject({ canDecide: true, hasPending: true });
    const decision = { decision: 'approved', note: 'Open boek gecontroleerd; afdracht akkoord.' };
    const decide = (client: Client) =>
      client.post(`/api/v1/compensation-requests/${request.id}/decision`, decision);
    expect((await decide(developer)).statusCode).toBe(403);
    expect((await decide(region)).statusCode).toBe(403);
    expect((await decide(gooiseMeren)).statusCode).toBe(403);
    // Two approvals at the same moment: one wins, the other is told it was already decided.
    const both = await Promise.all([decide(hilversum), decide(hilversum)]);
    expect(both.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const winner = both.find((r) => r.statusCode === 200)?.json();
    expect(winner.items[0]).toMatchObject({
      status: 'approved',
      statusLabel: 'Toegekend',
      decisionNote: decision.note,
    });

    const booked = await t.database.db
      .select()
      .from(fundEntries)
      .where(eq(fundEntries.requestId, request.id));
    expect(booked).toHaveLength(1);
    expect(booked[0]).toMatchObject({
      kind: 'payment',
      amountEur: 80_000,
      planId,
      municipalityCode: 'GM0402',
    });
    const fund = (await corporation.get('/api/v1/municipalities/GM0402/fund')).json();
    expect(fund.entries[0]).toMatchObject({ kind: 'payment', amountEur: 80_000, requestId: request.id });

    const audited = await t.database.db
      .select({ entityType: auditLog.entityType, action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.entityId, request.id)));
    expect(audited).toEqual(
      expect.arrayContaining([
        { entityType: 'compensationRequest', action: 'create' },
        { entityType: 'compensationRequest', action: 'update' },
      ]),
    );
    const [entryAudit] = await t.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, booked[0]?.id ?? ''));
    expect(entryAudit).toMatchObject({ entityType: 'fundEntry', action: 'create' });
    // Decided: a new request may be filed again (for instance after the plan changed).
    expect((await developer.get(url())).json().hasPending).toBe(false);
  });

  test('a rejection books nothing', async () => {
    const filed = await developer.post(url(), REQUEST_JSON);
    expect(filed.statusCode, filed.body).toBe(201);
    const id = filed.json().items[0].id;
    const before = await t.database.db.select().from(fundEntries);
    const rejected = await hilversum.post(`/api/v1/compensation-requests/${id}/decision`, {
      decision: 'rejected',
      note: 'Er is wel een locatie elders: de Lindenlaan (fictief).',
    });
    expect(rejected.statusCode, rejected.body).toBe(200);
    expect(rejected.json().items[0]).toMatchObject({ status: 'rejected', statusLabel: 'Afgewezen' });
    expect(await t.database.db.select().from(fundEntries)).toHaveLength(before.length);
  });

  test('a party to the plan may file too, also on the municipality’s own plan; a plan that meets the norm has nothing to compensate', async () => {
    const corporationId = (await corporation.get('/api/v1/me')).json().user.organisation.id;
    const shared = await developer.post(
      '/api/v1/plans',
      planInput({
        ...SHORT_OF_SOCIAL,
        parties: [{ organisationId: corporationId, role: 'housingAssociation' }],
      }),
    );
    const filed = await corporation.post(
      `/api/v1/plans/${shared.json().id}/compensation-requests`,
      REQUEST_JSON,
    );
    expect(filed.statusCode, filed.body).toBe(201);
    // The municipality's own plan, shared with the developer as a party: the developer files, the municipality sees.
    const developerId = (await developer.get('/api/v1/me')).json().user.organisation.id;
    const municipal = await hilversum.post(
      '/api/v1/plans',
      planInput({
        ...SHORT_OF_SOCIAL,
        visibility: 'partners',
        parties: [{ organisationId: developerId, role: 'developer' }],
      }),
    );
    expect(municipal.statusCode, municipal.body).toBe(201);
    const byParty = await developer.post(
      `/api/v1/plans/${municipal.json().id}/compensation-requests`,
      REQUEST_JSON,
    );
    expect(byParty.statusCode, byParty.body).toBe(201);
    expect(
      (await hilversum.get(`/api/v1/plans/${municipal.json().id}/compensation-requests`)).json(),
    ).toMatchObject({
      canDecide: true,
      hasPending: true,
    });
    const meets = await developer.post('/api/v1/plans', planInput());
    const nothing = await developer.post(
      `/api/v1/plans/${meets.json().id}/compensation-requests`,
      REQUEST_JSON,
    );
    expect(nothing.statusCode).toBe(422);
    expect(nothing.json().detail).toMatch(/er valt niets te compenseren/);
  });
});

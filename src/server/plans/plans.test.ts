import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ACCOUNTS, planInput, uniqueName } from '../../../test/support/fixtures';
import { type Client, createTestApp, type TestApp } from '../../../test/support/test-app';
import { databaseKinds } from '../../../test/support/test-db';

describe.each(databaseKinds())('plans API on %s', (kind) => {
  let t: TestApp;
  let hilversum: Client;
  let gooiseMeren: Client;
  let viewer: Client;

  beforeAll(async () => {
    t = await createTestApp(kind);
    hilversum = await t.login(ACCOUNTS.hilversum);
    gooiseMeren = await t.login(ACCOUNTS.gooiseMeren);
    viewer = await t.login(ACCOUNTS.administrator);
  });
  afterAll(() => t.close());

  test('creates a plan with three segments; totals, norms and hardness are derived', async () => {
    const response = await hilversum.post('/api/v1/plans', planInput());
    expect(response.statusCode).toBe(201);
    const plan = response.json();
    expect(plan).toMatchObject({
      version: 1,
      hardness: 'hard',
      municipalityCode: 'GM0402',
      municipalityName: 'Hilversum',
    });
    expect(plan.totals).toMatchObject({ homes: 36, socialRentHomes: 12, affordableHomes: 24 });
    expect(plan.norms.socialRentOk).toBe(true);
    expect(plan.norms.affordableOk).toBe(true);
    expect(plan.businessCase.investmentEur).toBe(9_000_000);
    expect(plan.permissions).toEqual({ canEdit: true, canSeeBusinessCase: true });
  });

  test('a home above the national middle-rent ceiling does not count as affordable', async () => {
    const input = planInput({
      segments: [
        { segment: 'midRent', homes: 10, monthlyRentEur: 1900 },
        { segment: 'freeBuy', homes: 10, priceEur: 600_000 },
      ],
      deliveries: [{ year: 2027, homes: 20 }],
    });
    const plan = (await hilversum.post('/api/v1/plans', input)).json();
    expect(plan.totals.affordableHomes).toBe(0);
    expect(plan.norms.aboveLimit).toHaveLength(1);
  });

  test('invalid input: 422 problem+json with Dutch messages per field, nothing saved', async () => {
    const before = (await hilversum.get('/api/v1/plans?limit=1')).json().total;
    const response = await hilversum.post(
      '/api/v1/plans',
      planInput({ name: 'x', segments: [{ segment: 'socialRent', homes: 0 }] }),
    );
    expect(response.statusCode).toBe(422);
    expect(response.headers['content-type']).toContain('application/problem+json');
    const paths = response.json().errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['name', 'segments.0.homes', 'deliveries']));
    expect(response.json().errors[0].message).toMatch(/[a-z]/);
    expect((await hilversum.get('/api/v1/plans?limit=1')).json().total).toBe(before);
  });

  test('an unknown party is rejected and nothing is half-written', async () => {
    const before = (await hilversum.get('/api/v1/plans?limit=1')).json().total;
    const response = await hilversum.post(
      '/api/v1/plans',
      planInput({ parties: [{ organisationId: '00000000-0000-4000-8000-000000000000', role: 'developer' }] }),
    );
    expect(response.statusCode).toBe(422);
    expect(response.json().errors[0].path).toBe('parties.0.organisationId');
    expect((await hilversum.get('/api/v1/plans?limit=1')).json().total).toBe(before);
  });

  test('a municipality may not create plans in another municipality; a viewer may not create at all', async () => {
    expect((await gooiseMeren.post('/api/v1/plans', planInput())).statusCode).toBe(403);
    expect((await viewer.post('/api/v1/plans', planInput())).statusCode).toBe(403);
  });

  test('edit with the version last read; a stale version gives 409 and changes nothing', async () => {
    const plan = (await hilversum.post('/api/v1/plans', planInput())).json();
    const first = await hilversum.patch(`/api/v1/plans/${plan.id}`, { version: 1, phase: 'elaboration' });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ version: 2, phase: 'elaboration' });
    const stale = await hilversum.patch(`/api/v1/plans/${plan.id}`, {
      version: 1,
      name: 'Overschreven (fictief)',
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ status: 409, currentVersion: 2 });
    const now = (await hilversum.get(`/api/v1/plans/${plan.id}`)).json();
    expect(now).toMatchObject({ version: 2, name: plan.name });
  });

  test('history: every version with who changed what', async () => {
    const plan = (await hilversum.post('/api/v1/plans', planInput())).json();
    await hilversum.patch(`/api/v1/plans/${plan.id}`, {
      version: 1,
      planningStatus: '3',
      notes: 'Bijgewerkt',
    });
    const history = (await hilversum.get(`/api/v1/plans/${plan.id}/versions`)).json();
    expect(history.items.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    expect(history.items[0].changedBy.organisationName).toBe('Gemeente Hilversum');
    expect(history.items[0].changes).toEqual([
      { field: 'notes', before: 'Aangemaakt door een test.', after: 'Bijgewerkt' },
      { field: 'planningStatus', before: '2A', after: '3' },
    ]);
  });

  test('list: filters, search, sort, paging and totals over all matches', async () => {
    const tag = uniqueName('Filtertest');
    await hilversum.post('/api/v1/plans', planInput({ name: `${tag} A`, planningStatus: '4A' }));
    await hilversum.post(
      '/api/v1/plans',
      planInput({
        name: `${tag} B`,
        segments: [{ segment: 'socialRent', homes: 60 }],
        deliveries: [{ year: 2030, homes: 60 }],
      }),
    );
    const q = encodeURIComponent(tag.split(' (')[0] ?? tag);
    const all = (await hilversum.get(`/api/v1/plans?q=${q}&sort=-homes`)).json();
    expect(all.items.map((p: { totals: { homes: number } }) => p.totals.homes)).toEqual([60, 36]);
    expect(all.totals).toMatchObject({ plans: 2, homes: 96, socialRentHomes: 72 });
    expect((await hilversum.get(`/api/v1/plans?q=${q}&hardness=soft`)).json().total).toBe(1);
    expect((await hilversum.get(`/api/v1/plans?q=${q}&minHomes=50`)).json().total).toBe(1);
    expect((await hilversum.get(`/api/v1/plans?q=${q}&segment=midRent`)).json().total).toBe(1);
    expect((await hilversum.get(`/api/v1/plans?q=${q}&municipality=GM1942`)).json().total).toBe(0);
    const page = (await hilversum.get(`/api/v1/plans?q=${q}&limit=1&offset=1&sort=name`)).json();
    expect(page).toMatchObject({ total: 2 });
    expect(page.items[0].name).toBe(`${tag} B`);
  });

  test('a bad filter is a 422 with a Dutch message', async () => {
    const response = await hilversum.get('/api/v1/plans?hardness=heel-hard');
    expect(response.statusCode).toBe(422);
    expect(response.json().errors[0]).toMatchObject({ path: 'hardness', message: 'Onbekende hardheid.' });
  });

  test('every change is in the audit log with before and after', async () => {
    const plan = (await hilversum.post('/api/v1/plans', planInput())).json();
    await hilversum.patch(`/api/v1/plans/${plan.id}`, { version: 1, phase: 'construction' });
    const admin = await t.login(ACCOUNTS.region);
    const log = (await admin.get('/api/v1/audit-log?limit=200')).json();
    const entries = log.items.filter((e: { entityId: string }) => e.entityId === plan.id);
    expect(entries.map((e: { action: string }) => e.action)).toEqual(['update', 'create']);
    expect(entries[0].actor.organisationName).toBe('Gemeente Hilversum');
    expect(entries[0].before.phase).toBe('planning');
    expect(entries[0].after.phase).toBe('construction');
    expect((await hilversum.get('/api/v1/audit-log')).statusCode).toBe(403);
  });

  test('without a session every plan route is 401', async () => {
    for (const url of ['/api/v1/plans', '/api/v1/me', '/api/v1/organisations']) {
      const response = await t.app.inject({ method: 'GET', url });
      expect(response.statusCode).toBe(401);
    }
  });
});

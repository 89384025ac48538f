import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ACCOUNTS, organisationId, planInput } from '../../../test/support/fixtures';
import { type Client, createTestApp, type TestApp } from '../../../test/support/test-app';
import { databaseKinds } from '../../../test/support/test-db';
import { auditLog } from '../db/schema';

interface Commitment {
  id: string;
  topic: string;
  party: { organisationId: string; name: string };
  actual: number | null;
  actualEntered: number | null;
  version: number;
  progress: { basis: string; delivered: number; planned: number };
  status: string;
}

describe.each(databaseKinds())('agreements on %s', (kind) => {
  let t: TestApp;
  let region: Client;
  let hilversum: Client;
  let gooiseMeren: Client;
  let corporation: Client;
  let viewer: Client;

  beforeAll(async () => {
    t = await createTestApp(kind);
    [region, hilversum, gooiseMeren, corporation, viewer] = await Promise.all([
      t.login(ACCOUNTS.region),
      t.login(ACCOUNTS.hilversum),
      t.login(ACCOUNTS.gooiseMeren),
      t.login(ACCOUNTS.corporation),
      t.login(ACCOUNTS.administrator),
    ]);
  });
  afterAll(() => t.close());

  const hilversum2026 = async (client: Client) => {
    const list = await client.get('/api/v1/agreements?municipality=GM0402&year=2026');
    expect(list.statusCode, list.body).toBe(200);
    return list.json().items[0];
  };

  test('GET /agreements has the contract shape and filters by municipality and year', async () => {
    const item = await hilversum2026(viewer);
    expect(item).toMatchObject({ year: 2026, municipalityCode: 'GM0402', kind: 'performance', demo: true });
    expect(item.parties.map((p: { name: string }) => p.name)).toContain('de Alliantie');
    for (const c of item.commitments) {
      expect(Object.keys(c)).toEqual(
        expect.arrayContaining([
          'id',
          'party',
          'type',
          'description',
          'target',
          'actual',
          'dueDate',
          'status',
        ]),
      );
    }
    const all = (await viewer.get('/api/v1/agreements')).json().items;
    expect(all.length).toBeGreaterThan(7);
    expect((await viewer.get('/api/v1/agreements?year=2019')).json().items).toEqual([]);
    expect((await viewer.get('/api/v1/agreements?municipality=Hilversum')).statusCode).toBe(422);
  });

  test('new social rent is computed from the linked plans; sustainability is entered', async () => {
    const item = await hilversum2026(viewer);
    const dudok = item.commitments.find(
      (c: Commitment) => c.topic === 'newSocialRent' && c.party.name === 'Dudok Wonen',
    ) as Commitment;
    // Circusterrein (400 social in 2027–2028) and Lieven de Keylaan (72 in 2027–2028), counted 2026–2028.
    expect(dudok.progress).toMatchObject({ basis: 'computed', delivered: 0, planned: 472 });
    expect(dudok.actual).toBe(0);
    const sustainability = item.commitments.find(
      (c: Commitment) => c.topic === 'sustainability',
    ) as Commitment;
    expect(sustainability).toMatchObject({ actual: 120, progress: { basis: 'entered' } });
  });

  test('a party edits an actual (audited); a stale version is a 409; a non-party and a viewer may not', async () => {
    const item = await hilversum2026(hilversum);
    expect(item.canEdit).toBe(true);
    const c = item.commitments.find((x: Commitment) => x.topic === 'sustainability') as Commitment;
    const edited = await hilversum.patch(`/api/v1/commitments/${c.id}`, { version: c.version, actual: 150 });
    expect(edited.statusCode, edited.body).toBe(200);
    const after = edited.json().commitments.find((x: Commitment) => x.id === c.id);
    expect(after).toMatchObject({ actual: 150, version: c.version + 1 });
    expect(
      (await hilversum.patch(`/api/v1/commitments/${c.id}`, { version: c.version, actual: 1 })).statusCode,
    ).toBe(409);
    expect(
      (await gooiseMeren.patch(`/api/v1/commitments/${c.id}`, { version: c.version + 1, actual: 1 }))
        .statusCode,
    ).toBe(403);
    expect(
      (await viewer.patch(`/api/v1/commitments/${c.id}`, { version: c.version + 1, actual: 1 })).statusCode,
    ).toBe(403);
    const bad = await hilversum.patch(`/api/v1/commitments/${c.id}`, { version: c.version + 1, actual: -3 });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors[0]).toMatchObject({
      path: 'actual',
      message: 'De realisatie kan niet negatief zijn.',
    });
    const audit = await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, c.id));
    expect(audit.map((a) => a.summary)).toEqual([
      expect.stringMatching(/^Toezegging in "Prestatieafspraken Hilversum 2026/),
    ]);
  });

  test('a municipality creates its own prestatieafspraken with a commitment linked to a plan, not another one’s', async () => {
    const municipality = await organisationId(hilversum, (o) => o.key === 'gm-hilversum');
    const alliantie = await organisationId(hilversum, (o) => o.key === 'ha-de-alliantie');
    const plan = (
      await hilversum.post(
        '/api/v1/plans',
        planInput({ deliveries: [{ year: 2030, homes: 36 }], phase: 'delivered', planningStatus: '5B' }),
      )
    ).json();
    const body = {
      kind: 'performance',
      year: 2030,
      municipalityCode: 'GM0402',
      title: 'Prestatieafspraken Hilversum 2030 (test)',
      partyIds: [municipality, alliantie],
      commitments: [
        {
          partyOrganisationId: alliantie,
          topic: 'newSocialRent',
          type: 'numbers',
          description: 'Twaalf sociale huurwoningen in het testplan.',
          target: 12,
          unit: 'woningen',
          dueDate: '2030-12-31',
          planIds: [plan.id],
        },
      ],
    };
    expect((await gooiseMeren.post('/api/v1/agreements', body)).statusCode).toBe(403);
    const created = await hilversum.post('/api/v1/agreements', body);
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json().commitments[0]).toMatchObject({
      actual: 12,
      suggestedStatus: 'done',
      progress: { basis: 'computed', delivered: 12 },
      plans: [{ id: plan.id }],
    });
    const linked = await viewer.get(`/api/v1/plans/${plan.id}/commitments`);
    expect(linked.json().items).toHaveLength(1);
    const missing = await hilversum.post('/api/v1/agreements', { ...body, title: 'x', partyIds: [] });
    expect(missing.statusCode).toBe(422);
    expect(missing.json().errors.map((e: { path: string }) => e.path)).toEqual(
      expect.arrayContaining(['title', 'partyIds']),
    );
    const notParty = await hilversum.post(`/api/v1/agreements/${created.json().id}/commitments`, {
      ...body.commitments[0],
      partyOrganisationId: await organisationId(hilversum, (o) => o.key === 'ha-dudok-wonen'),
    });
    expect(notParty.statusCode).toBe(422);
    expect(notParty.json().errors[0].path).toBe('partyOrganisationId');
    expect(
      (await corporation.request({ method: 'DELETE', url: `/api/v1/agreements/${created.json().id}` }))
        .statusCode,
    ).toBe(204);
    expect((await viewer.get(`/api/v1/agreements/${created.json().id}`)).statusCode).toBe(404);
  });

  test('a party changes the title and parties; a party with commitments cannot be left out', async () => {
    const item = await hilversum2026(hilversum);
    const ids = item.parties.map((p: { organisationId: string }) => p.organisationId);
    const dudok = item.parties.find((p: { name: string }) => p.name === 'Dudok Wonen').organisationId;
    const without = await hilversum.patch(`/api/v1/agreements/${item.id}`, {
      partyIds: ids.filter((id: string) => id !== dudok),
    });
    expect(without.statusCode).toBe(422);
    expect(without.json().errors[0]).toMatchObject({
      path: 'partyIds',
      message: expect.stringMatching(/^Dudok Wonen heeft nog toezeggingen/),
    });
    const renamed = await hilversum.patch(`/api/v1/agreements/${item.id}`, {
      title: 'Prestatieafspraken Hilversum 2026 (getekend)',
    });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(renamed.json()).toMatchObject({
      title: 'Prestatieafspraken Hilversum 2026 (getekend)',
      year: 2026,
    });
    expect(
      (await viewer.patch(`/api/v1/agreements/${item.id}`, { title: 'Niet toegestaan' })).statusCode,
    ).toBe(403);
  });

  test('the comparison grid puts Hilversum and Gooise Meren side by side; the regional draft lifts shared topics', async () => {
    const grid = await viewer.get('/api/v1/agreements/comparison?year=2026&municipalities=GM0402,GM1942');
    expect(grid.statusCode, grid.body).toBe(200);
    expect(grid.json().columns.map((c: { name: string }) => c.name)).toEqual(['Hilversum', 'Gooise Meren']);
    const social = grid.json().rows.find((r: { topic: string }) => r.topic === 'newSocialRent');
    expect(social.presentIn).toBe(2);
    expect(social.cells.map((cell: unknown[]) => cell.length)).toEqual([2, 2]);
    expect(grid.json().years).toContain(2026);
    const unknown = await viewer.get('/api/v1/agreements/comparison?year=2026&municipalities=GM0363');
    expect(unknown.statusCode).toBe(422);

    const draft = await region.post('/api/v1/agreements/regional-draft', { year: 2026, minShare: 1 });
    expect(draft.statusCode, draft.body).toBe(200);
    expect(draft.json().commitments.map((c: { topic: string }) => c.topic)).toEqual(['newSocialRent']);
    const saved = await region.post('/api/v1/agreements', {
      kind: 'regional',
      year: 2026,
      title: draft.json().title,
      partyIds: [draft.json().regionOrganisationId],
      commitments: draft.json().commitments.map((c: Record<string, unknown>) => ({
        ...c,
        partyOrganisationId: draft.json().regionOrganisationId,
      })),
    });
    expect(saved.statusCode, saved.body).toBe(201);
    expect(saved.json()).toMatchObject({ kind: 'regional', municipalityCode: null });
    const byMunicipality = await hilversum.post('/api/v1/agreements', {
      kind: 'regional',
      year: 2026,
      title: 'Regionale afspraak door een gemeente',
      partyIds: [draft.json().regionOrganisationId],
    });
    expect(byMunicipality.statusCode).toBe(403);
  });
});

describe.each(databaseKinds())('the directory and plan contacts on %s', (kind) => {
  let t: TestApp;
  let hilversum: Client;
  let gooiseMeren: Client;
  let developer: Client;

  beforeAll(async () => {
    t = await createTestApp(kind);
    [hilversum, gooiseMeren, developer] = await Promise.all([
      t.login(ACCOUNTS.hilversum),
      t.login(ACCOUNTS.gooiseMeren),
      t.login(ACCOUNTS.developer),
    ]);
  });
  afterAll(() => t.close());

  test('the directory lists organisations with role accounts and the demo plan contacts', async () => {
    const directory = await developer.get('/api/v1/directory');
    expect(directory.statusCode, directory.body).toBe(200);
    const body = directory.json();
    expect(body.organisations[0].kind).toBe('region');
    const hil = body.organisations.find((o: { name: string }) => o.name === 'Gemeente Hilversum');
    expect(hil.accounts).toEqual([
      expect.objectContaining({ name: 'Beleidsmedewerker wonen Hilversum (demo)' }),
    ]);
    const circus = body.plans.find((p: { name: string }) => p.name === 'Circusterrein Hilversum');
    expect(circus.contacts.map((c: { topic: string }) => c.topic)).toEqual(
      expect.arrayContaining(['vergunning', 'grondzaken', 'planning']),
    );
    expect(typeof body.tablesAvailable).toBe('boolean');
  });

  test('the plan’s editors add, change and remove contacts; others only read; a private plan is a 404', async () => {
    const organisation = await (async () => {
      const list = (await hilversum.get('/api/v1/organisations')).json().items;
      return list.find((o: { key: string }) => o.key === 'gm-hilversum').id as string;
    })();
    const plan = (await hilversum.post('/api/v1/plans', planInput())).json();
    const contact = {
      organisationId: organisation,
      roleLabel: 'Projectleider gemeente',
      topic: 'vergunning',
      email: 'wonen@hilversum.example',
      phone: '',
    };
    expect((await gooiseMeren.post(`/api/v1/plans/${plan.id}/contacts`, contact)).statusCode).toBe(403);
    const added = await hilversum.post(`/api/v1/plans/${plan.id}/contacts`, contact);
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json()).toMatchObject({ canEdit: true, items: [{ topic: 'vergunning', phone: null }] });
    expect((await hilversum.post(`/api/v1/plans/${plan.id}/contacts`, contact)).statusCode).toBe(409);
    const bad = await hilversum.post(`/api/v1/plans/${plan.id}/contacts`, {
      ...contact,
      email: 'geen-adres',
      topic: '',
    });
    expect(bad.statusCode).toBe(422);
    expect(
      bad
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['email', 'topic']);
    const id = added.json().items[0].id;
    const read = await gooiseMeren.get(`/api/v1/plans/${plan.id}/contacts`);
    expect(read.json()).toMatchObject({ canEdit: false, items: [{ id }] });
    const changed = await hilversum.put(`/api/v1/plans/${plan.id}/contacts/${id}`, {
      ...contact,
      topic: 'planning',
    });
    expect(changed.json().items[0].topic).toBe('planning');
    const removed = await hilversum.request({
      method: 'DELETE',
      url: `/api/v1/plans/${plan.id}/contacts/${id}`,
    });
    expect(removed.json().items).toEqual([]);

    const draft = (await hilversum.post('/api/v1/plans', planInput({ visibility: 'private' }))).json();
    expect((await gooiseMeren.get(`/api/v1/plans/${draft.id}/contacts`)).statusCode).toBe(404);
  });
});

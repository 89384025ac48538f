import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ACCOUNTS, planInput } from '../../../test/support/fixtures';
import { type Client, createTestApp, type TestApp } from '../../../test/support/test-app';
import { databaseKinds } from '../../../test/support/test-db';
import { auditLog } from '../db/schema';

const lesson = {
  kind: 'lesson',
  title: 'Bel elkaar ook zonder reden',
  summary: 'Informeel contact maakt het formele overleg sneller en prettiger.',
  body: 'Wie elkaar alleen spreekt als er iets nodig is, bouwt geen vertrouwen op. Bel dus ook voor goed nieuws.',
  source: 'Test, op basis van de memo van Platform31 (2024)',
};

describe.each(databaseKinds())('the knowledge centre on %s', (kind) => {
  let t: TestApp;
  let hilversum: Client;
  let viewer: Client;
  let gooiseMeren: Client;

  beforeAll(async () => {
    t = await createTestApp(kind);
    hilversum = await t.login(ACCOUNTS.hilversum);
    viewer = await t.login(ACCOUNTS.administrator);
    gooiseMeren = await t.login(ACCOUNTS.gooiseMeren);
  });
  afterAll(() => t.close());

  test('lists the seeded items with the facets: kind, both axes, a toolbox goal', async () => {
    const all = (await viewer.get('/api/v1/knowledge-items')).json();
    expect(all.total).toBeGreaterThanOrEqual(25);
    expect(all.canEdit).toBe(false);
    const hardAtDistance = (
      await viewer.get(
        '/api/v1/knowledge-items?kind=instrument&steeringDistance=distance&steeringHardness=hard',
      )
    ).json().items;
    expect(hardAtDistance.map((i: { title: string }) => i.title)).toContain('Vereveningsfonds');
    expect(hardAtDistance.every((i: { steeringHardness: string }) => i.steeringHardness === 'hard')).toBe(
      true,
    );
    const retain = (await viewer.get('/api/v1/knowledge-items?goal=retain')).json().items;
    expect(retain.length).toBeGreaterThan(0);
    expect(retain.every((i: { goals: string[] }) => i.goals.includes('retain'))).toBe(true);
    expect((await viewer.get('/api/v1/knowledge-items?kind=gossip')).statusCode).toBe(422);
    // The text filter stems Dutch like the search: "vereveningsfondsen" finds the practice examples too.
    const funds = (
      await viewer.get('/api/v1/knowledge-items?kind=practiceExample&q=vereveningsfondsen')
    ).json();
    expect(funds.items.map((i: { title: string }) => i.title)).toContain(
      'Alphen aan den Rijn: vereveningsfonds als stok achter de deur',
    );
    expect(funds.items.every((i: { kind: string }) => i.kind === 'practiceExample')).toBe(true);
  });

  test('an item shows the plans it was used in', async () => {
    const items = (await viewer.get('/api/v1/knowledge-items?kind=practiceExample')).json().items;
    const circus = items.find((i: { title: string }) => i.title.startsWith('Circusterrein'));
    const detail = (await viewer.get(`/api/v1/knowledge-items/${circus.id}`)).json();
    expect(detail).toMatchObject({ kind: 'practiceExample', kindLabel: 'Praktijkvoorbeeld', version: 1 });
    expect(detail.plans).toEqual([expect.objectContaining({ name: 'Circusterrein Hilversum' })]);
    const plan = detail.plans[0].id;
    const ofPlan = (await viewer.get(`/api/v1/plans/${plan}/knowledge-items`)).json().items;
    expect(ofPlan.map((i: { id: string }) => i.id)).toContain(circus.id);
  });

  test('an editor adds, edits (409 on a stale version) and deletes an item; each change is audited', async () => {
    expect((await viewer.post('/api/v1/knowledge-items', lesson)).statusCode).toBe(403);
    const created = await hilversum.post('/api/v1/knowledge-items', lesson);
    expect(created.statusCode, created.body).toBe(201);
    const item = created.json();
    expect(item).toMatchObject({ ...lesson, version: 1, steeringDistance: null, goals: [], sourceUrl: null });

    const edited = await hilversum.put(`/api/v1/knowledge-items/${item.id}`, {
      ...lesson,
      version: 1,
      title: 'Bel elkaar vaker informeel',
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ title: 'Bel elkaar vaker informeel', version: 2 });
    const stale = await gooiseMeren.put(`/api/v1/knowledge-items/${item.id}`, { ...lesson, version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ currentVersion: 2 });
    expect(stale.json().detail).toMatch(/intussen gewijzigd/);

    expect(
      (await hilversum.request({ method: 'DELETE', url: `/api/v1/knowledge-items/${item.id}?version=1` }))
        .statusCode,
    ).toBe(409);
    const deleted = await hilversum.request({
      method: 'DELETE',
      url: `/api/v1/knowledge-items/${item.id}?version=2`,
    });
    expect(deleted.statusCode).toBe(204);
    expect((await hilversum.get(`/api/v1/knowledge-items/${item.id}`)).statusCode).toBe(404);

    const audit = await t.database.db
      .select({ summary: auditLog.summary, entityType: auditLog.entityType })
      .from(auditLog)
      .where(eq(auditLog.entityId, item.id));
    const summaries = audit.map((entry) => entry.summary);
    expect(summaries).toEqual(
      expect.arrayContaining([
        'Kennisitem "Bel elkaar ook zonder reden" toegevoegd',
        'Kennisitem "Bel elkaar vaker informeel" gewijzigd',
        'Kennisitem "Bel elkaar vaker informeel" verwijderd',
      ]),
    );
  });

  test('validation: Dutch messages on their fields', async () => {
    const response = await hilversum.post('/api/v1/knowledge-items', {
      ...lesson,
      kind: 'instrument',
      title: 'x',
      sourceUrl: 'ftp://ergens',
    });
    expect(response.statusCode).toBe(422);
    const errors = Object.fromEntries(
      (response.json().errors as { path: string; message: string }[]).map((e) => [e.path, e.message]),
    );
    expect(errors).toMatchObject({
      title: 'Schrijf een titel in minstens 3 tekens.',
      sourceUrl: 'Geef een volledig webadres dat begint met https:// of http://.',
    });
  });

  test('links an item to a plan with a note; a plan the reader may not see never shows', async () => {
    const created = (
      await hilversum.post('/api/v1/knowledge-items', { ...lesson, title: 'Koppeltest' })
    ).json();
    const own = (await hilversum.post('/api/v1/plans', planInput({ visibility: 'private' }))).json();
    const linked = await hilversum.put(`/api/v1/knowledge-items/${created.id}/plans/${own.id}`, {
      note: 'Gebruikt bij de start',
    });
    expect(linked.statusCode, linked.body).toBe(200);
    expect(linked.json().plans).toEqual([
      expect.objectContaining({ id: own.id, note: 'Gebruikt bij de start' }),
    ]);
    // Gooise Meren may not see Hilversum's private draft: not in the item, and it cannot link it either.
    expect((await gooiseMeren.get(`/api/v1/knowledge-items/${created.id}`)).json().plans).toEqual([]);
    expect(
      (await gooiseMeren.put(`/api/v1/knowledge-items/${created.id}/plans/${own.id}`, {})).statusCode,
    ).toBe(404);
    expect((await gooiseMeren.get(`/api/v1/plans/${own.id}/knowledge-items`)).statusCode).toBe(404);
    const unlinked = await hilversum.request({
      method: 'DELETE',
      url: `/api/v1/knowledge-items/${created.id}/plans/${own.id}`,
    });
    expect(unlinked.json().plans).toEqual([]);
  });
});

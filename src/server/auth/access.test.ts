import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ACCOUNTS, type AccountKey, planInput, uniqueName } from '../../../test/support/fixtures';
import { type Client, createTestApp, type TestApp } from '../../../test/support/test-app';
import { databaseKinds } from '../../../test/support/test-db';

/**
 * The access matrix of api-contract.md, proven over every read route: a developer owns three plans in
 * Hilversum, one per visibility, each with the housing corporation as party and a business case.
 * - private: the owner only;
 * - partners: the owner, the parties (the corporation) and the regional office (admin and viewer);
 * - region: everyone in the region.
 * The business case: the owner and the parties only, whatever the visibility.
 */
const ACTORS: AccountKey[] = [
  'region',
  'administrator',
  'hilversum',
  'gooiseMeren',
  'corporation',
  'developer',
];
const VISIBILITIES = ['private', 'partners', 'region'] as const;
type Visibility = (typeof VISIBILITIES)[number];

function maySee(actor: AccountKey, visibility: Visibility): boolean {
  if (actor === 'developer' || visibility === 'region') return true;
  if (visibility === 'private') return false;
  return actor === 'corporation' || actor === 'region' || actor === 'administrator';
}
const maySeeBusinessCase = (actor: AccountKey, visibility: Visibility) =>
  maySee(actor, visibility) && (actor === 'developer' || actor === 'corporation');

describe.each(databaseKinds())('access matrix on %s', (kind) => {
  let t: TestApp;
  const clients = {} as Record<AccountKey, Client>;
  const plans = {} as Record<Visibility, { id: string; name: string }>;
  const tag = uniqueName('Toegangstest').split(' (')[0] ?? 'Toegangstest';

  beforeAll(async () => {
    t = await createTestApp(kind);
    for (const actor of ACTORS) clients[actor] = await t.login(ACCOUNTS[actor]);
    const me = (await clients.corporation.get('/api/v1/me')).json().user;
    for (const visibility of VISIBILITIES) {
      const name = `${tag} ${visibility} (fictief)`;
      const created = await clients.developer.post(
        '/api/v1/plans',
        planInput({
          name,
          visibility,
          parties: [{ organisationId: me.organisation.id, role: 'housingAssociation' }],
        }),
      );
      expect(created.statusCode).toBe(201);
      plans[visibility] = { id: created.json().id, name };
      // A second version, so history has a business-case change to hide.
      const updated = await clients.developer.patch(`/api/v1/plans/${created.json().id}`, {
        version: 1,
        businessCase: { investmentEur: 1, revenueEur: 2, unprofitableTopEur: -1, notes: 'geheim' },
      });
      expect(updated.statusCode).toBe(200);
    }
  });
  afterAll(() => t.close());

  const cases = ACTORS.flatMap((actor) => VISIBILITIES.map((visibility) => [actor, visibility] as const));

  test.each(cases)('%s × %s: detail, business case and history', async (actor, visibility) => {
    const plan = plans[visibility];
    const detail = await clients[actor].get(`/api/v1/plans/${plan.id}`);
    const history = await clients[actor].get(`/api/v1/plans/${plan.id}/versions`);
    if (!maySee(actor, visibility)) {
      expect(detail.statusCode).toBe(404);
      expect(history.statusCode).toBe(404);
      expect(detail.body).not.toContain(plan.name);
      return;
    }
    expect(detail.statusCode).toBe(200);
    expect('businessCase' in detail.json()).toBe(maySeeBusinessCase(actor, visibility));
    expect(detail.json().permissions.canSeeBusinessCase).toBe(maySeeBusinessCase(actor, visibility));
    const fields = history
      .json()
      .items.flatMap((v: { changes: { field: string }[] }) => v.changes.map((c) => c.field));
    expect(fields.includes('businessCase')).toBe(maySeeBusinessCase(actor, visibility));
    expect(history.body.includes('geheim')).toBe(maySeeBusinessCase(actor, visibility));
  });

  test.each(ACTORS)(
    '%s: list and search show exactly the plans it may see, without hidden business cases',
    async (actor) => {
      const list = (await clients[actor].get(`/api/v1/plans?q=${encodeURIComponent(tag)}&limit=200`)).json();
      const seen = list.items.map((p: { name: string }) => p.name).sort();
      const expected = VISIBILITIES.filter((v) => maySee(actor, v))
        .map((v) => plans[v].name)
        .sort();
      expect(seen).toEqual(expected);
      expect(list.total).toBe(expected.length);
      for (const item of list.items) {
        const visibility = item.visibility as Visibility;
        expect('businessCase' in item).toBe(maySeeBusinessCase(actor, visibility));
      }
    },
  );

  test.each(ACTORS)('%s: the map shows no plan it may not see, and never a private one', async (actor) => {
    const map = (await clients[actor].get('/api/v1/regions/gooi-en-vechtstreek/map')).json();
    const ids = new Set(map.plans.map((p: { id: string }) => p.id));
    for (const visibility of VISIBILITIES) {
      expect(ids.has(plans[visibility].id)).toBe(visibility !== 'private' && maySee(actor, visibility));
    }
  });

  test('only visible plans can be edited, and only by those the policy allows', async () => {
    const expectations: [AccountKey, Visibility, number][] = [
      ['gooiseMeren', 'region', 403], // visible, but another municipality
      ['hilversum', 'private', 404], // the municipality does not see a developer's draft
      ['administrator', 'partners', 403], // a viewer changes nothing
      ['corporation', 'partners', 200], // a party may edit
      ['hilversum', 'region', 200], // the plan's own municipality may edit
    ];
    for (const [actor, visibility, status] of expectations) {
      const current = (await clients.developer.get(`/api/v1/plans/${plans[visibility].id}`)).json();
      const response = await clients[actor].patch(`/api/v1/plans/${current.id}`, {
        version: current.version,
        notes: `door ${actor}`,
      });
      expect([actor, visibility, response.statusCode]).toEqual([actor, visibility, status]);
    }
  });

  test('the audit log shows an admin no private plan of another organisation and no hidden business case', async () => {
    const log = (await clients.region.get('/api/v1/audit-log?limit=200')).json();
    const ids = log.items.map((e: { entityId: string }) => e.entityId);
    expect(ids).not.toContain(plans.private.id);
    expect(ids).toContain(plans.partners.id);
    expect(JSON.stringify(log)).not.toContain('geheim');
    expect(JSON.stringify(log)).not.toContain('Vertrouwelijk testbedrag');
  });

  test('a private plan is not counted in the regional overview; a regional plan is', async () => {
    const overview = (await clients.developer.get('/api/v1/regions/gooi-en-vechtstreek/overview')).json();
    const before = overview.municipalities.find((m: { code: string }) => m.code === 'GM0402').planned.homes;
    await clients.developer.post(
      '/api/v1/plans',
      planInput({ name: uniqueName('Concept'), visibility: 'private' }),
    );
    const afterPrivate = (await clients.developer.get('/api/v1/regions/gooi-en-vechtstreek/overview')).json();
    expect(afterPrivate.municipalities.find((m: { code: string }) => m.code === 'GM0402').planned.homes).toBe(
      before,
    );
    await clients.developer.post(
      '/api/v1/plans',
      planInput({ name: uniqueName('Openbaar'), visibility: 'region' }),
    );
    const afterRegion = (await clients.developer.get('/api/v1/regions/gooi-en-vechtstreek/overview')).json();
    expect(afterRegion.municipalities.find((m: { code: string }) => m.code === 'GM0402').planned.homes).toBe(
      before + 36,
    );
  });

  test('an organisation of the region sees the region; any other region is a 404', async () => {
    expect((await clients.corporation.get('/api/v1/regions/gooi-en-vechtstreek/overview')).statusCode).toBe(
      200,
    );
    expect((await clients.corporation.get('/api/v1/regions/een-andere-regio/overview')).statusCode).toBe(404);
  });
});

import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ACCOUNTS, planInput } from '../../../test/support/fixtures';
import { type Client, createTestApp, type TestApp } from '../../../test/support/test-app';
import { databaseKinds } from '../../../test/support/test-db';
import { recordSignals } from './bottlenecks.service';

describe.each(databaseKinds())('bottlenecks on %s', (kind) => {
  let t: TestApp;
  let region: Client;
  let hilversum: Client;
  let gooiseMeren: Client;
  let viewer: Client;
  let regionId: string;

  beforeAll(async () => {
    t = await createTestApp(kind);
    region = await t.login(ACCOUNTS.region);
    hilversum = await t.login(ACCOUNTS.hilversum);
    gooiseMeren = await t.login(ACCOUNTS.gooiseMeren);
    viewer = await t.login(ACCOUNTS.administrator);
    regionId = (await region.get('/api/v1/me')).json().user.region.id;
  });
  afterAll(() => t.close());

  test('a signal becomes one open bottleneck owned by its municipality; recording it again adds nothing', async () => {
    const signal = {
      key: 'behind:GM0406',
      kind: 'behindTrajectory',
      municipalityCode: 'GM0406',
      planId: null,
      title: 'Huizen ligt achter op het pad naar 2030',
      detail: 'Huizen ligt 120 woningen achter.',
    };
    expect(await recordSignals(t.database.db, regionId, [signal], null)).toBe(1);
    expect(await recordSignals(t.database.db, regionId, [signal], null)).toBe(0);
    const items = (await region.get('/api/v1/bottlenecks?municipality=GM0406')).json().items;
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      status: 'open',
      kind: 'behindTrajectory',
      owner: { name: 'Gemeente Huizen' },
    });
  });

  test('a municipality records one by hand and updates it; another municipality may not; errors are Dutch', async () => {
    const bad = await hilversum.post('/api/v1/bottlenecks', { title: 'kort' });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors[0]).toMatchObject({
      path: 'title',
      message: expect.stringContaining('minstens'),
    });
    const created = await hilversum.post('/api/v1/bottlenecks', {
      title: 'Netcongestie vertraagt Stationsgebied',
      detail: 'Aansluiting pas in 2029.',
      municipalityCode: 'GM0402',
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    const updated = await hilversum.patch(`/api/v1/bottlenecks/${id}`, {
      status: 'inProgress',
      note: 'Overleg met netbeheerder',
    });
    expect(updated.json()).toMatchObject({ status: 'inProgress', note: 'Overleg met netbeheerder' });
    expect((await gooiseMeren.patch(`/api/v1/bottlenecks/${id}`, { status: 'resolved' })).statusCode).toBe(
      403,
    );
    expect((await viewer.patch(`/api/v1/bottlenecks/${id}`, { status: 'resolved' })).statusCode).toBe(403);
    expect((await region.patch(`/api/v1/bottlenecks/${id}`, { status: 'resolved' })).json().status).toBe(
      'resolved',
    );
  });

  test('a bottleneck about a private plan is invisible to other organisations', async () => {
    const plan = (await hilversum.post('/api/v1/plans', planInput({ visibility: 'private' }))).json();
    await recordSignals(
      t.database.db,
      regionId,
      [
        {
          key: `stale:${plan.id}`,
          kind: 'stalePlan',
          municipalityCode: 'GM0402',
          planId: plan.id,
          title: 'Bezet planruimte',
          detail: '—',
        },
      ],
      null,
    );
    const mine = (await hilversum.get('/api/v1/bottlenecks')).json().items;
    expect(mine.some((b: { plan: { id: string } | null }) => b.plan?.id === plan.id)).toBe(true);
    const theirs = (await gooiseMeren.get('/api/v1/bottlenecks')).json().items;
    expect(theirs.some((b: { plan: { id: string } | null }) => b.plan?.id === plan.id)).toBe(false);
  });

  test('a bottleneck put on the next BO says where it is on the agenda, and the decision once taken', async () => {
    const created = await region.post('/api/v1/bottlenecks', {
      municipalityCode: 'GM0402',
      title: 'Netcongestie remt Hilversum-Noord (fictief)',
      detail: 'Geen aansluiting voor 2028.',
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id;
    const before = (await region.get('/api/v1/bottlenecks'))
      .json()
      .items.find((b: { id: string }) => b.id === id);
    expect(before.agenda).toEqual([]);

    const tables = (await region.get('/api/v1/tables')).json().items as { id: string; key: string }[];
    const bo = tables.find((x) => x.key === 'bo-bouwen-wonen');
    const put = await region.post(`/api/v1/tables/${bo?.id}/next-meeting/agenda-items`, {
      subjectKind: 'bottleneck',
      subjectId: id,
    });
    expect(put.statusCode, put.body).toBe(201);
    const decided = await region.put(`/api/v1/agenda-items/${put.json().item.id}/decision`, {
      version: put.json().item.version,
      decision: 'De netbeheerder komt in het volgende BO.',
    });
    expect(decided.statusCode, decided.body).toBe(200);

    const after = (await hilversum.get('/api/v1/bottlenecks'))
      .json()
      .items.find((b: { id: string }) => b.id === id);
    expect(after.agenda).toEqual([
      {
        meetingId: put.json().meeting.id,
        meetingTitle: put.json().meeting.title,
        startsAt: put.json().meeting.startsAt,
        decision: 'De netbeheerder komt in het volgende BO.',
      },
    ]);
  });
});

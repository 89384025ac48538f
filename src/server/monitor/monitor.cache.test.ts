import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ACCOUNTS, planInput } from '../../../test/support/fixtures';
import { type Client, createTestApp, type TestApp } from '../../../test/support/test-app';
import { databaseKinds } from '../../../test/support/test-db';
import type { Actor } from '../auth/actor';
import { findMonitorPlansCached, planFingerprint } from './monitor.cache';
import { regionOfficeActor } from './monitor.inputs';

describe.each(databaseKinds())('the monitor plan cache on %s', (kind) => {
  let t: TestApp;
  let hilversum: Client;
  let office: Actor;
  let regionId: string;

  beforeAll(async () => {
    t = await createTestApp(kind);
    hilversum = await t.login(ACCOUNTS.hilversum);
    const region = (await (await t.login(ACCOUNTS.region)).get('/api/v1/me')).json().user.region;
    regionId = region.id;
    const actor = await regionOfficeActor(t.database.db, region);
    if (!actor) throw new Error('no regional office');
    office = actor;
  });
  afterAll(() => t.close());

  test('unchanged plans come from the cache; a new plan, an edit and a programme status each read again', async () => {
    const db = t.database.db;
    const first = await findMonitorPlansCached(db, office, regionId);
    expect(await findMonitorPlansCached(db, office, regionId)).toBe(first);

    const created = (await hilversum.post('/api/v1/plans', planInput({ visibility: 'region' }))).json();
    const afterCreate = await findMonitorPlansCached(db, office, regionId);
    expect(afterCreate).not.toBe(first);
    expect(afterCreate.map((plan) => plan.id)).toContain(created.id);

    await hilversum.patch(`/api/v1/plans/${created.id}`, { version: 1, phase: 'construction' });
    const afterEdit = await findMonitorPlansCached(db, office, regionId);
    expect(afterEdit.find((plan) => plan.id === created.id)?.phase).toBe('construction');
    // Only the changed plan was read again: the others are the same objects as before.
    const other = afterCreate.find((plan) => plan.id !== created.id);
    expect(afterEdit.find((plan) => plan.id === other?.id)).toBe(other);
    expect(afterEdit).toHaveLength(afterCreate.length);

    const before = await planFingerprint(db, regionId);
    await hilversum.post(`/api/v1/plans/${created.id}/programme-status`, {
      status: 'onHold',
      reason: 'Stikstof',
      version: 2,
    });
    expect(await planFingerprint(db, regionId)).not.toBe(before);
    const afterHold = await findMonitorPlansCached(db, office, regionId);
    expect(afterHold.find((plan) => plan.id === created.id)?.programmeStatus).toBe('onHold');

    // Made private (a draft of Hilversum), it no longer counts for the region office.
    await hilversum.patch(`/api/v1/plans/${created.id}`, { version: 3, visibility: 'private' });
    const afterPrivate = await findMonitorPlansCached(db, office, regionId);
    expect(afterPrivate.map((plan) => plan.id)).not.toContain(created.id);
    expect(afterPrivate).toHaveLength(first.length);
  });
});

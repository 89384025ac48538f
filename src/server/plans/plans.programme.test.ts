import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ACCOUNTS, planInput } from '../../../test/support/fixtures';
import { type Client, createTestApp, type TestApp } from '../../../test/support/test-app';
import { databaseKinds } from '../../../test/support/test-db';

describe.each(databaseKinds())('programme status of a plan on %s', (kind) => {
  let t: TestApp;
  let hilversum: Client;
  let gooiseMeren: Client;

  beforeAll(async () => {
    t = await createTestApp(kind);
    hilversum = await t.login(ACCOUNTS.hilversum);
    gooiseMeren = await t.login(ACCOUNTS.gooiseMeren);
  });
  afterAll(() => t.close());

  test('on hold needs a reason; the change is versioned with the reason; active again clears it', async () => {
    const plan = (await hilversum.post('/api/v1/plans', planInput())).json();
    const url = `/api/v1/plans/${plan.id}/programme-status`;
    const missing = await hilversum.post(url, { status: 'onHold', reason: '', version: 1 });
    expect(missing.statusCode).toBe(422);
    expect(missing.json().errors[0]).toMatchObject({ path: 'reason' });
    const held = await hilversum.post(url, { status: 'onHold', reason: 'Netcongestie tot 2029', version: 1 });
    expect(held.statusCode).toBe(200);
    expect(held.json()).toMatchObject({
      version: 2,
      programmeStatus: { status: 'onHold', reason: 'Netcongestie tot 2029' },
    });
    const versions = (await hilversum.get(`/api/v1/plans/${plan.id}/versions`)).json().items;
    expect(versions[0].changes).toEqual(
      expect.arrayContaining([{ field: 'programmeStatus', before: 'active', after: 'onHold' }]),
    );
    const stale = await hilversum.post(url, { status: 'active', version: 1 });
    expect(stale.statusCode).toBe(409);
    const active = await hilversum.post(url, { status: 'active', version: 2 });
    expect(active.json().programmeStatus).toMatchObject({ status: 'active', reason: null });
  });

  test('another municipality may not withdraw the plan', async () => {
    const plan = (await hilversum.post('/api/v1/plans', planInput({ visibility: 'region' }))).json();
    const response = await gooiseMeren.post(`/api/v1/plans/${plan.id}/programme-status`, {
      status: 'withdrawn',
      reason: 'Niet van ons',
      version: 1,
    });
    expect(response.statusCode).toBe(403);
  });
});

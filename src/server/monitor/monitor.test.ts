import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ACCOUNTS, planInput } from '../../../test/support/fixtures';
import { type Client, createTestApp, type TestApp } from '../../../test/support/test-app';
import { databaseKinds } from '../../../test/support/test-db';

describe.each(databaseKinds())('monitor API on %s', (kind) => {
  let t: TestApp;
  let region: Client;
  let hilversum: Client;
  const url = '/api/v1/regions/gooi-en-vechtstreek';

  beforeAll(async () => {
    t = await createTestApp(kind);
    region = await t.login(ACCOUNTS.region);
    hilversum = await t.login(ACCOUNTS.hilversum);
  });
  afterAll(() => t.close());

  test('the contract figures: the region is the sum of its municipalities', async () => {
    const response = await region.get(`${url}/monitor`);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.municipalities).toHaveLength(6);
    const sum = (key: string) =>
      body.municipalities.reduce((a: number, m: Record<string, number>) => a + (m[key] ?? 0), 0);
    expect(body.region.target).toBe(7000);
    expect(body.region.target).toBe(sum('target'));
    expect(body.region.delivered).toBe(sum('delivered'));
    expect(body.region.planned).toBe(sum('planned'));
    expect(body.settings.reserveMargin).toBe(1.3);
  });

  test('a plan put on hold leaves plan capacity and is listed as freed', async () => {
    const plan = (await hilversum.post('/api/v1/plans', planInput({ visibility: 'region' }))).json();
    const before = (await region.get(`${url}/monitor`)).json();
    await hilversum.post(`/api/v1/plans/${plan.id}/programme-status`, {
      status: 'onHold',
      reason: 'Netcongestie',
      version: 1,
    });
    const after = (await region.get(`${url}/monitor`)).json();
    expect(after.region.planCapacity.hard).toBe(before.region.planCapacity.hard - 36);
    expect(after.freed.map((f: { planId: string }) => f.planId)).toContain(plan.id);
  });

  test('the forecast: same seed, same answer; invalid input gets Dutch messages', async () => {
    const body = { runs: 1000, seed: 42, horizonYear: 2030 };
    const a = (await region.post(`${url}/forecast`, body)).json();
    const b = (await region.post(`${url}/forecast`, body)).json();
    expect(a).toEqual(b);
    expect(a.probabilityTargetMet).toBeGreaterThanOrEqual(0);
    expect(a.municipalities).toHaveLength(6);
    expect(a.perYear[0]).toEqual(
      expect.objectContaining({ p10: expect.any(Number), p50: expect.any(Number), p90: expect.any(Number) }),
    );
    const bad = await region.post(`${url}/forecast`, { runs: 5 });
    expect(bad.statusCode).toBe(422);
  });

  test('snapshots: the office takes one, a municipality may not; the monitor then shows changes since', async () => {
    expect((await hilversum.post(`${url}/snapshots`, {})).statusCode).toBe(403);
    const taken = await region.post(`${url}/snapshots`, {});
    expect(taken.statusCode).toBe(201);
    await hilversum.post(
      '/api/v1/plans',
      planInput({ visibility: 'region', name: 'Na de momentopname (fictief)' }),
    );
    const monitor = (await region.get(`${url}/monitor`)).json();
    expect(monitor.changes.added.map((p: { name: string }) => p.name)).toContain(
      'Na de momentopname (fictief)',
    );
  });

  test('targets: only the region admin sets them; a bad value is a Dutch field error', async () => {
    const target = { periodStart: 2022, periodEnd: 2030, homes: 3100, bySegment: { socialRent: 1000 } };
    expect((await hilversum.put(`${url}/targets/GM0402`, target)).statusCode).toBe(403);
    const bad = await region.put(`${url}/targets/GM0402`, { ...target, bySegment: { socialRent: 5000 } });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors[0].message).toContain('meer dan het doel');
    expect((await region.put(`${url}/targets/GM0402`, target)).statusCode).toBe(200);
    expect((await region.get(`${url}/monitor`)).json().region.target).toBe(7100);
  });
});

import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ACCOUNTS, planInput, scheduleInput } from '../../../test/support/fixtures';
import { type Client, createTestApp, type TestApp } from '../../../test/support/test-app';
import { databaseKinds } from '../../../test/support/test-db';

const ROUTE = { development: 'site', procedure: 'buildingPermit', preparation: 'sequential' } as const;

describe.each(databaseKinds())('two plannings side by side on %s', (kind) => {
  let t: TestApp;
  let hilversum: Client;
  let corporation: Client;
  let planId: string;

  beforeAll(async () => {
    t = await createTestApp(kind);
    hilversum = await t.login(ACCOUNTS.hilversum);
    corporation = await t.login(ACCOUNTS.corporation);
    const partyId = (await corporation.get('/api/v1/me')).json().user.organisation.id;
    const plan = await hilversum.post(
      '/api/v1/plans',
      planInput({
        visibility: 'partners',
        parties: [{ organisationId: partyId, role: 'housingAssociation' }],
      }),
    );
    expect(plan.statusCode, plan.body).toBe(201);
    planId = plan.json().id;
  });
  afterAll(() => t.close());

  test('each side saves its own planning; the comparison lists the differences; one is agreed as joint', async () => {
    const template = (await hilversum.post('/api/v1/route-map', ROUTE)).json();
    const activities = scheduleInput(template, true);
    const url = (variant: string) => `/api/v1/plans/${planId}/schedule?variant=${variant}`;
    const compareUrl = `/api/v1/plans/${planId}/schedule/compare`;
    expect((await hilversum.get(compareUrl)).json()).toMatchObject({
      ready: false,
      missing: ['municipality', 'corporation'],
    });

    const own = await hilversum.request({
      method: 'PUT',
      url: url('municipality'),
      payload: { startDate: '2027-03-01', activities },
    });
    expect(own.statusCode, own.body).toBe(200);
    // The corporation plans the construction 12 weeks longer and leaves out the last activity.
    const last = activities[activities.length - 1] as (typeof activities)[number];
    const theirs = activities
      .filter((a: { key: string }) => a.key !== last.key)
      .map((a: { key: string; durationWeeks: number }, i: number) =>
        i === 0 ? { ...a, durationWeeks: a.durationWeeks + 12 } : a,
      );
    const saved = await corporation.request({
      method: 'PUT',
      url: url('corporation'),
      payload: { startDate: '2027-03-01', activities: theirs },
    });
    expect(saved.statusCode, saved.body).toBe(200);

    const comparison = (await corporation.get(compareUrl)).json();
    expect(comparison.ready).toBe(true);
    const kinds = comparison.differences.map((d: { kind: string; key: string }) => `${d.kind}:${d.key}`);
    expect(kinds).toContain(`missing:${last.key}`);
    expect(kinds).toContain(`duration:${activities[0]?.key}`);
    expect(comparison.differences.every((d: { label: string }) => d.label.length > 10)).toBe(true);

    const agreed = await corporation.post(`/api/v1/plans/${planId}/schedule/agree`, { from: 'municipality' });
    expect(agreed.statusCode, agreed.body).toBe(200);
    expect(agreed.json()).toMatchObject({ variant: 'joint', version: 1, agreedAt: expect.any(String) });
    expect(agreed.json().activities).toHaveLength(activities.length);
    // The agreed planning feeds the plan its next decision.
    const plan = (await hilversum.get(`/api/v1/plans/${planId}`)).json();
    const firstDecision = agreed
      .json()
      .activities.filter((a: { milestone: boolean }) => a.milestone)
      .sort((x: { end: string }, y: { end: string }) => x.end.localeCompare(y.end))[0];
    expect(plan.nextMilestone).toEqual({ label: firstDecision.name, date: firstDecision.end });
  });

  test('who is no party may not agree', async () => {
    const developer = await t.login(ACCOUNTS.developer);
    const response = await developer.post(`/api/v1/plans/${planId}/schedule/agree`, { from: 'municipality' });
    expect([403, 404]).toContain(response.statusCode);
  });
});

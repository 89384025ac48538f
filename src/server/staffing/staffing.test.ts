import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ACCOUNTS, organisationId, planInput, scheduleInput } from '../../../test/support/fixtures';
import { type Client, createTestApp, type TestApp } from '../../../test/support/test-app';
import { databaseKinds } from '../../../test/support/test-db';

const ROUTE = { development: 'site', procedure: 'zoningPlanChange', preparation: 'sequential' } as const;

/** A plan with the route map's schedule saved as the planning page saves it: without staffing or party. */
async function planWithTemplateSchedule(client: Client, name: string) {
  const plan = (await client.post('/api/v1/plans', planInput({ name, visibility: 'region' }))).json();
  const template = (await client.post('/api/v1/route-map', ROUTE)).json();
  const activities = scheduleInput(template);
  const saved = await client.put(`/api/v1/plans/${plan.id}/schedule`, {
    startDate: '2027-01-04',
    activities,
    route: ROUTE,
    templateKey: template.key,
  });
  expect(saved.statusCode, saved.body).toBe(200);
  return plan.id as string;
}

describe.each(databaseKinds())('staffing API on %s', (kind) => {
  let t: TestApp;
  let region: Client;
  let hilversum: Client;
  let regionId: string;
  let hilversumId: string;
  let gooiseMerenId: string;

  beforeAll(async () => {
    t = await createTestApp(kind);
    region = await t.login(ACCOUNTS.region);
    hilversum = await t.login(ACCOUNTS.hilversum);
    regionId = await organisationId(region, (org) => org.kind === 'region');
    hilversumId = await organisationId(region, (org) => org.key === 'gm-hilversum');
    gooiseMerenId = await organisationId(region, (org) => org.key === 'gm-gooise-meren');
  });
  afterAll(() => t.close());

  test('an activity of 36 hours a week is one FTE, pro rata by days in the month', async () => {
    const plan = (await region.post('/api/v1/plans', planInput({ visibility: 'region' }))).json();
    const activities = [
      {
        key: 'a',
        name: 'Juridische toets',
        phase: 'planning',
        durationWeeks: 4,
        staffing: [{ role: 'jurist', hoursPerWeek: 36 }],
      },
    ];
    expect(
      (await region.put(`/api/v1/plans/${plan.id}/schedule`, { startDate: '2027-01-04', activities }))
        .statusCode,
    ).toBe(200);
    const body = (
      await region.get(`/api/v1/organisations/${regionId}/staffing?from=2027-01&months=2`)
    ).json();
    expect(body.months).toEqual(['2027-01', '2027-02']);
    const jurist = body.roles.find((row: { role: string }) => row.role === 'jurist');
    // 4 January to 1 February: 28 of January's 31 days.
    expect(jurist.cells[0].fte).toBeCloseTo(28 / 31, 3);
    expect(jurist.cells[0].plans).toEqual([{ planId: plan.id, fte: expect.closeTo(28 / 31, 3) }]);
    expect(jurist.cells[1].fte).toBe(0);
  });

  test('a municipality sees demand from its plans, with the template staffing; region staff see it too', async () => {
    const planId = await planWithTemplateSchedule(hilversum, 'Capaciteit Hilversum (fictief)');
    const own = await hilversum.get(`/api/v1/organisations/${hilversumId}/staffing?from=2027-01&months=24`);
    expect(own.statusCode, own.body).toBe(200);
    const body = own.json();
    expect(body.parties).toEqual(['gemeente', 'gezamenlijk']);
    expect(body.plans.map((p: { id: string }) => p.id)).toContain(planId);
    const total = body.roles
      .flatMap((row: { cells: { fte: number }[] }) => row.cells)
      .reduce((a: number, c: { fte: number }) => a + c.fte, 0);
    expect(total).toBeGreaterThan(0);
    expect(body.canEditCapacity).toBe(false);
    const byRegion = await region.get(`/api/v1/organisations/${hilversumId}/staffing?from=2027-01&months=24`);
    expect(byRegion.json().roles).toEqual(body.roles);
  });

  test('access: another organisation is a 404, capacity needs an admin of the organisation itself', async () => {
    expect((await hilversum.get(`/api/v1/organisations/${gooiseMerenId}/staffing`)).statusCode).toBe(404);
    const roles = { roles: [{ role: 'jurist', fte: 1 }] };
    expect(
      (await hilversum.put(`/api/v1/organisations/${hilversumId}/staff-capacity`, roles)).statusCode,
    ).toBe(403);
    expect((await region.put(`/api/v1/organisations/${hilversumId}/staff-capacity`, roles)).statusCode).toBe(
      403,
    );
  });

  test('low capacity flags the months and names the plans; bad input gets Dutch field errors', async () => {
    const planId = await planWithTemplateSchedule(region, 'Capaciteit regio (fictief)');
    const put = await region.put(`/api/v1/organisations/${regionId}/staff-capacity`, {
      roles: [{ role: 'projectleider', fte: 0.05 }],
    });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json().roles).toEqual([{ role: 'projectleider', fte: 0.05 }]);
    const body = (
      await region.get(`/api/v1/organisations/${regionId}/staffing?from=2027-01&months=24`)
    ).json();
    expect(body.canEditCapacity).toBe(true);
    const over = body.overAllocations.filter((o: { role: string }) => o.role === 'projectleider');
    expect(over.length).toBeGreaterThan(0);
    expect(over[0].plans.map((p: { planName: string }) => p.planName)).toContain(
      'Capaciteit regio (fictief)',
    );
    expect(over[0].plans.map((p: { planId: string }) => p.planId)).toContain(planId);
    expect(body.overAllocations.every((o: { role: string }) => o.role === 'projectleider')).toBe(true);

    const badQuery = await region.get(`/api/v1/organisations/${regionId}/staffing?from=2027-13&months=0`);
    expect(badQuery.statusCode).toBe(422);
    const badBody = await region.put(`/api/v1/organisations/${regionId}/staff-capacity`, {
      roles: [{ role: 'tovenaar', fte: -1 }],
    });
    expect(badBody.statusCode).toBe(422);
    expect(badBody.json().errors.map((e: { message: string }) => e.message)).toEqual(
      expect.arrayContaining(['Onbekende rol.', 'Het aantal fte kan niet negatief zijn.']),
    );
  });
});

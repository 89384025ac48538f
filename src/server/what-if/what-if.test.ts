import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ACCOUNTS, planInput } from '../../../test/support/fixtures';
import { type Client, createTestApp, type TestApp } from '../../../test/support/test-app';
import { databaseKinds } from '../../../test/support/test-db';
import { chooseTemplate, type RouteMapAnswers, templateToActivity } from '../../core/route-map';

const ZONING: RouteMapAnswers = {
  development: 'site',
  procedure: 'zoningPlanChange',
  preparation: 'sequential',
};
const PERMIT: RouteMapAnswers = {
  development: 'site',
  procedure: 'buildingPermit',
  preparation: 'sequential',
};
const LONGER_DECISION = { kind: 'duration', activityKey: 'raadsvoorstel-omgevingsplan', deltaWeeks: 13 };

interface Line {
  planId: string;
  deltaWeeks: number;
  before: { end: string };
  after: { end: string } | null;
  skipped: string[];
  applied: string[];
}

describe.each(databaseKinds())('what-if on schedules on %s', (kind) => {
  let t: TestApp;
  let hilversum: Client;
  let zoningPlan: string;
  let permitPlan: string;

  async function planWithSchedule(route: RouteMapAnswers, overrides = {}) {
    const created = await hilversum.post('/api/v1/plans', planInput(overrides));
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as string;
    const saved = await hilversum.request({
      method: 'PUT',
      url: `/api/v1/plans/${id}/schedule`,
      payload: {
        startDate: '2027-01-04',
        route,
        activities: chooseTemplate(route).activities.map(templateToActivity),
      },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    return id;
  }

  beforeAll(async () => {
    t = await createTestApp(kind);
    hilversum = await t.login(ACCOUNTS.hilversum);
    zoningPlan = await planWithSchedule(ZONING);
    permitPlan = await planWithSchedule(PERMIT);
  });
  afterAll(() => t.close());

  test('one plan: an extra participation round moves its end, and nothing is saved', async () => {
    const before = (await hilversum.get(`/api/v1/plans/${zoningPlan}/schedule`)).json();
    const response = await hilversum.post(`/api/v1/plans/${zoningPlan}/schedule/what-if`, {
      changes: [{ kind: 'participationRound', weeks: 8 }],
    });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body.scope).toBe('plan');
    expect(body.lines).toHaveLength(1);
    const [line] = body.lines as Line[];
    expect(line?.before.end).toBe(before.end);
    // Later, though not always by 8 weeks: the council decision snaps to the next meeting either way.
    expect(line?.deltaWeeks).toBeGreaterThan(0);
    expect(line?.applied[0]).toMatch(/Extra participatieronde van 8 weken/);
    expect(body.summary.sentence).toMatch(/^Van 1 plan: 1 plan later klaar/);
    expect(body.changes[0].label).toBe('Extra participatieronde van 8 weken');
    const after = (await hilversum.get(`/api/v1/plans/${zoningPlan}/schedule`)).json();
    expect(after.version).toBe(before.version);
    expect(after.end).toBe(before.end);
  });

  test('a municipality: a longer council proposal moves only the plans with that activity', async () => {
    const response = await hilversum.post('/api/v1/municipalities/GM0402/schedule/what-if', {
      changes: [LONGER_DECISION],
    });
    expect(response.statusCode, response.body).toBe(200);
    const lines = new Map((response.json().lines as Line[]).map((line) => [line.planId, line]));
    expect(lines.get(zoningPlan)?.deltaWeeks).toBeGreaterThan(0);
    expect(lines.get(permitPlan)).toMatchObject({ deltaWeeks: 0 });
    expect(lines.get(permitPlan)?.skipped[0]).toMatch(/geen activiteit 'raadsvoorstel-omgevingsplan'/);
    expect(response.json().municipality.name).toMatch(/Hilversum/);
  });

  test('a procedure switch from omgevingsplanwijziging to BOPA is computed from the BOPA template', async () => {
    const response = await hilversum.post(`/api/v1/plans/${zoningPlan}/schedule/what-if`, {
      changes: [{ kind: 'procedure', procedure: 'outOfPlanPermit' }],
    });
    expect(response.statusCode, response.body).toBe(200);
    const [line] = response.json().lines as Line[];
    expect(line?.after?.end).not.toBe(line?.before.end);
    expect(line?.applied[0]).toMatch(/naar buitenplanse omgevingsplanactiviteit \(BOPA\)/);
  });

  test('the activities to choose from are those of the templates, each once', async () => {
    const items = (await hilversum.get('/api/v1/route-map/activities')).json().items as { key: string }[];
    const keys = items.map((item) => item.key);
    expect(keys).toContain('raadsvoorstel-omgevingsplan');
    expect(keys).toContain('besluit-bopa');
    expect(new Set(keys).size).toBe(keys.length);
  });

  test('bad requests are refused with a Dutch message; unknown scopes are a 404', async () => {
    const empty = await hilversum.post(`/api/v1/plans/${zoningPlan}/schedule/what-if`, { changes: [] });
    expect(empty.statusCode).toBe(422);
    expect(empty.body).toContain('Kies minstens één wijziging om door te rekenen.');
    const zero = await hilversum.post(`/api/v1/plans/${zoningPlan}/schedule/what-if`, {
      changes: [{ kind: 'duration', activityKey: 'ontwerp', deltaWeeks: 0 }],
    });
    expect(zero.statusCode).toBe(422);
    const elsewhere = await hilversum.post('/api/v1/municipalities/GM0363/schedule/what-if', {
      changes: [LONGER_DECISION],
    });
    expect(elsewhere.statusCode).toBe(404);
    const bare = await hilversum.post('/api/v1/plans', planInput());
    const none = await hilversum.post(`/api/v1/plans/${bare.json().id}/schedule/what-if`, {
      changes: [LONGER_DECISION],
    });
    expect(none.statusCode).toBe(404);
    expect(none.json().detail).toMatch(/nog geen gezamenlijke planning/);
  });

  test('a private plan of another organisation is never in the municipality what-if', async () => {
    const corporation = await t.login(ACCOUNTS.corporation);
    const partyId = (await corporation.get('/api/v1/me')).json().user.organisation.id;
    const hidden = await planWithSchedule(ZONING, { visibility: 'private' });
    const shared = await planWithSchedule(ZONING, {
      visibility: 'partners',
      parties: [{ organisationId: partyId, role: 'housingAssociation' }],
    });
    const ids = (
      await corporation.post('/api/v1/municipalities/GM0402/schedule/what-if', { changes: [LONGER_DECISION] })
    )
      .json()
      .lines.map((line: Line) => line.planId);
    expect(ids).toContain(shared);
    expect(ids).not.toContain(hidden);
  });

  test('a scenario is saved with its result, listed for the own organisation only, and deleted', async () => {
    const saved = await hilversum.post('/api/v1/schedule-scenarios', {
      name: 'Raadsvoorstel een kwartaal langer',
      municipalityCode: 'GM0402',
      changes: [LONGER_DECISION],
    });
    expect(saved.statusCode, saved.body).toBe(201);
    const scenario = saved.json();
    expect(scenario.result.summary.later).toBeGreaterThanOrEqual(1);
    expect(scenario.changes[0].label).toMatch(/13 weken langer/);

    const list = (await hilversum.get('/api/v1/schedule-scenarios?municipality=GM0402')).json();
    expect(list.scenarios.map((s: { id: string }) => s.id)).toContain(scenario.id);
    const other = await t.login(ACCOUNTS.gooiseMeren);
    const theirs = (await other.get('/api/v1/schedule-scenarios')).json();
    expect(theirs.scenarios.map((s: { id: string }) => s.id)).not.toContain(scenario.id);
    expect(
      (await other.request({ method: 'DELETE', url: `/api/v1/schedule-scenarios/${scenario.id}` }))
        .statusCode,
    ).toBe(404);

    const both = await hilversum.post('/api/v1/schedule-scenarios', {
      name: 'Fout',
      planId: zoningPlan,
      municipalityCode: 'GM0402',
      changes: [LONGER_DECISION],
    });
    expect(both.statusCode).toBe(422);

    const removed = await hilversum.request({
      method: 'DELETE',
      url: `/api/v1/schedule-scenarios/${scenario.id}`,
    });
    expect(removed.statusCode).toBe(204);
    const after = (await hilversum.get('/api/v1/schedule-scenarios')).json();
    expect(after.scenarios.map((s: { id: string }) => s.id)).not.toContain(scenario.id);
  });
});

import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ACCOUNTS, planInput } from '../../../test/support/fixtures';
import { type Client, createTestApp, type TestApp } from '../../../test/support/test-app';
import { databaseKinds } from '../../../test/support/test-db';
import { chooseTemplate, templateToActivity } from '../../core/route-map';

const LOW = { scale: 1, benefit: 1, attention: 1, nuisance: 2 };

describe.each(databaseKinds())('participation QuickScan on %s', (kind) => {
  let t: TestApp;
  let hilversum: Client;

  beforeAll(async () => {
    t = await createTestApp(kind);
    hilversum = await t.login(ACCOUNTS.hilversum);
  });
  afterAll(() => t.close());

  test('a BOPA plan (its planning route): low impact, yet participation is mandatory, with the reason', async () => {
    const id = (await hilversum.post('/api/v1/plans', planInput())).json().id;
    const route = { development: 'site', procedure: 'outOfPlanPermit', preparation: 'sequential' } as const;
    await hilversum.request({
      method: 'PUT',
      url: `/api/v1/plans/${id}/schedule`,
      payload: {
        startDate: '2027-01-04',
        route,
        activities: chooseTemplate(route).activities.map(templateToActivity),
      },
    });
    const response = await hilversum.request({
      method: 'PUT',
      url: `/api/v1/plans/${id}/quickscan`,
      payload: { answers: LOW },
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      procedure: 'outOfPlanPermit',
      procedureFromSchedule: true,
      result: { score: 5, impact: 'low', mandatory: true, mandatoryReasons: ['outOfPlanPermit'] },
    });
    expect(response.json().result.advice).toMatch(
      /Participatie is verplicht, omdat het plan vraagt een buitenplanse/,
    );
    const asked = await hilversum.request({
      method: 'PUT',
      url: `/api/v1/plans/${id}/quickscan`,
      payload: { answers: LOW, procedure: 'buildingPermit' },
    });
    expect(asked.statusCode).toBe(422);
    expect(asked.json().errors).toEqual([
      { path: 'procedure', message: 'De procedure komt uit de planning van dit plan; wijzig hem daar.' },
    ]);
  });

  test('without a planning the procedure is asked; a permit within the plan is not mandatory', async () => {
    const id = (await hilversum.post('/api/v1/plans', planInput())).json().id;
    const response = await hilversum.request({
      method: 'PUT',
      url: `/api/v1/plans/${id}/quickscan`,
      payload: { answers: { scale: 3, benefit: 3, attention: 2, nuisance: 3 }, procedure: 'buildingPermit' },
    });
    expect(response.json()).toMatchObject({
      procedureFromSchedule: false,
      result: { score: 11, impact: 'high', mandatory: false },
    });
    const bad = await hilversum.request({
      method: 'PUT',
      url: `/api/v1/plans/${id}/quickscan`,
      payload: { answers: { ...LOW, scale: 4 } },
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toContain('Kies weinig, gemiddeld of veel.');
  });

  test('reports per phase are kept and give the duty-to-motivate text; others may read, not write', async () => {
    const id = (await hilversum.post('/api/v1/plans', planInput())).json().id;
    const report = {
      phase: 'initiative',
      done: 'Inloopavond in het buurthuis met veertig bewoners.',
      discussion: 'Parkeren en de bomenrij',
      useOfInput: 'De bomenrij blijft staan; parkeren onder het gebouw.',
    };
    const added = await hilversum.post(`/api/v1/plans/${id}/participation-reports`, report);
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json().reports).toHaveLength(1);
    expect(added.json().motivation).toContain(
      'In de fase initiatief en verkenning is het volgende gedaan: Inloopavond in het buurthuis met veertig bewoners.',
    );
    const listed = await hilversum.get(`/api/v1/plans/${id}/participation-reports`);
    expect(listed.statusCode, listed.body).toBe(200);
    expect(listed.json()).toMatchObject({
      items: [{ ...report, phaseLabel: 'Initiatief en verkenning' }],
      motivation: added.json().motivation,
    });
    const short = await hilversum.post(`/api/v1/plans/${id}/participation-reports`, {
      ...report,
      done: 'kort',
    });
    expect(short.statusCode).toBe(422);
    const developer = await t.login(ACCOUNTS.developer);
    expect((await developer.get(`/api/v1/plans/${id}/quickscan`)).json().canEdit).toBe(false);
    expect((await developer.post(`/api/v1/plans/${id}/participation-reports`, report)).statusCode).toBe(403);
    expect((await developer.get(`/api/v1/plans/${id}/participation-reports`)).json().items).toHaveLength(1);
  });
});

import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ACCOUNTS, planInput, scheduleInput } from '../../../test/support/fixtures';
import { type Client, createTestApp, type TestApp } from '../../../test/support/test-app';
import { databaseKinds } from '../../../test/support/test-db';

const ROUTE = { development: 'site', procedure: 'zoningPlanChange', preparation: 'sequential' } as const;

describe.each(databaseKinds())('route map and schedules on %s', (kind) => {
  let t: TestApp;
  let hilversum: Client;
  let corporation: Client;
  let planId: string;

  beforeAll(async () => {
    t = await createTestApp(kind);
    hilversum = await t.login(ACCOUNTS.hilversum);
    corporation = await t.login(ACCOUNTS.corporation);
    planId = (await hilversum.post('/api/v1/plans', planInput({ visibility: 'region' }))).json().id;
  });
  afterAll(() => t.close());

  test('the route map gives a template; parallel preparation is shorter than sequential', async () => {
    const sequential = await hilversum.post('/api/v1/route-map', ROUTE);
    expect(sequential.statusCode, sequential.body).toBe(200);
    const body = sequential.json();
    expect(body.activities.length).toBeGreaterThan(5);
    expect(body.activities[0]).toEqual(
      expect.objectContaining({
        key: expect.any(String),
        name: expect.any(String),
        phase: expect.any(String),
        durationWeeks: expect.any(Number),
        dependsOn: expect.any(Array),
        start: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        end: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        critical: expect.any(Boolean),
      }),
    );
    const parallel = (
      await hilversum.post('/api/v1/route-map', { ...ROUTE, preparation: 'parallel' })
    ).json();
    expect(parallel.durationWeeks).toBeLessThan(body.durationWeeks);
    const bad = await hilversum.post('/api/v1/route-map', { ...ROUTE, procedure: 'anders' });
    expect(bad.statusCode).toBe(422);
  });

  test('a plan gets its schedule; an edit moves the end; a cycle is refused naming the activities', async () => {
    const url = `/api/v1/plans/${planId}/schedule`;
    expect((await hilversum.get(url)).statusCode).toBe(404);
    const template = (await hilversum.post('/api/v1/route-map', ROUTE)).json();
    const activities = scheduleInput(template);
    const saved = await hilversum.request({
      method: 'PUT',
      url,
      payload: { startDate: '2027-01-04', activities, route: ROUTE, templateKey: template.key },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const first = saved.json();
    expect(first.version).toBe(1);
    expect(first.start).toBe('2027-01-04');
    expect(first.baseline).toHaveLength(activities.length);

    // Lengthen a critical activity by 10 weeks: the end moves by at least 10 weeks (council dates may add more).
    const critical = first.activities.find(
      (a: { critical: boolean; milestone?: boolean }) => a.critical && !a.milestone,
    );
    const longer = activities.map((a: { key: string; durationWeeks: number }) =>
      a.key === critical.key ? { ...a, durationWeeks: a.durationWeeks + 10 } : a,
    );
    const edited = (
      await hilversum.request({
        method: 'PUT',
        url,
        payload: { startDate: '2027-01-04', activities: longer, version: 1 },
      })
    ).json();
    expect(edited.version).toBe(2);
    const days = (Date.parse(edited.end) - Date.parse(first.end)) / 86_400_000;
    expect(days).toBeGreaterThanOrEqual(70);
    // A delay on the critical path that moves the delivery becomes a bottleneck (knelpunt) of the plan, once.
    const delays = async () =>
      (await hilversum.get('/api/v1/bottlenecks'))
        .json()
        .items.filter(
          (b: { kind: string; plan: { id: string } | null }) =>
            b.kind === 'scheduleDelay' && b.plan?.id === planId,
        );
    expect(await delays()).toHaveLength(1);
    expect((await delays())[0].title).toMatch(/weken later door vertraging op het kritieke pad/);

    // A cycle: the first activity now depends on the last.
    const last = activities[activities.length - 1] as (typeof activities)[number];
    const cyclic = activities.map((a: { key: string; dependsOn: unknown[] }, i: number) =>
      i === 0 ? { ...a, dependsOn: [...a.dependsOn, { key: last.key, type: 'FS', lagWeeks: 0 }] } : a,
    );
    const refused = await hilversum.request({
      method: 'PUT',
      url,
      payload: { startDate: '2027-01-04', activities: cyclic, version: 2 },
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().detail).toContain(String(activities[0]?.name));
    expect((await hilversum.get(url)).json().version).toBe(2);

    // The schedule and questionnaire as a workbook.
    const workbook = await hilversum.get(`${url}.xlsx`);
    expect(workbook.statusCode).toBe(200);
    expect(workbook.headers['content-disposition']).toMatch(/attachment; filename="planning-.*\.xlsx"/);
    expect(workbook.rawPayload.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(
      (await corporation.get(`/api/v1/plans/${planId}/schedule.xlsx?variant=corporation`)).statusCode,
    ).toBe(404);

    // A stale version is a conflict and changes nothing.
    const stale = await hilversum.request({
      method: 'PUT',
      url,
      payload: { startDate: '2027-01-04', activities, version: 1 },
    });
    expect(stale.statusCode).toBe(409);
  });

  test('the joint planning feeds the plan: its next milestone, and the delivery year when it had none', async () => {
    const bare = (
      await hilversum.post(
        '/api/v1/plans',
        planInput({ deliveries: [], nextMilestone: null, visibility: 'region' }),
      )
    ).json();
    const template = (await hilversum.post('/api/v1/route-map', ROUTE)).json();
    const activities = scheduleInput(template, true);
    const saved = (
      await hilversum.request({
        method: 'PUT',
        url: `/api/v1/plans/${bare.id}/schedule`,
        payload: { startDate: '2027-01-04', activities },
      })
    ).json();
    const plan = (await hilversum.get(`/api/v1/plans/${bare.id}`)).json();
    expect(plan.deliveries).toEqual([{ year: Number(saved.end.slice(0, 4)), homes: 36 }]);
    const milestones = saved.activities.filter((a: { milestone: boolean }) => a.milestone);
    expect(milestones.map((a: { name: string }) => a.name)).toContain(plan.nextMilestone.label);
    expect(saved.fedToPlan).toEqual(expect.objectContaining({ deliveries: plan.deliveries }));
    expect(plan.version).toBe(2);

    // Saving again changes nothing more on the plan.
    const again = (
      await hilversum.request({
        method: 'PUT',
        url: `/api/v1/plans/${bare.id}/schedule`,
        payload: { startDate: '2027-01-04', activities, version: 1 },
      })
    ).json();
    expect(again.fedToPlan).toBeNull();
    expect((await hilversum.get(`/api/v1/plans/${bare.id}`)).json().version).toBe(2);
  });

  test('an unknown dependency or a duplicate key: a 422 on the right activity, nothing saved', async () => {
    const url = `/api/v1/plans/${planId}/schedule?variant=municipality`;
    const activities = [
      { key: 'start', name: 'Startnotitie', phase: 'initiative', durationWeeks: 4 },
      { key: 'ontwerp', name: 'Schetsontwerp', phase: 'planning', durationWeeks: 8, dependsOn: ['startt'] },
    ];
    const unknown = await hilversum.request({
      method: 'PUT',
      url,
      payload: { startDate: '2027-01-04', activities },
    });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().errors).toEqual([expect.objectContaining({ path: 'activities.1.dependsOn' })]);
    const duplicate = await hilversum.request({
      method: 'PUT',
      url,
      payload: {
        startDate: '2027-01-04',
        activities: [activities[0], { ...activities[0], name: 'Nog eens' }],
      },
    });
    expect(duplicate.statusCode).toBe(422);
    expect(duplicate.json().errors).toEqual([expect.objectContaining({ path: 'activities.1.key' })]);
    expect((await hilversum.get(url)).statusCode).toBe(404);
  });

  test('the logbook keeps every answer; an open blocking question shows; others may not answer', async () => {
    const url = `/api/v1/plans/${planId}/logbook`;
    const empty = (await hilversum.get(url)).json();
    const question = empty.questions.find((q: { blocksNextPhase: boolean }) => q.blocksNextPhase);
    expect(question.blocking).toBe(true);
    expect(empty.history).toEqual([]);
    const no = await hilversum.post(url, {
      questionKey: question.key,
      answer: 'nee',
      note: 'Nog niet besproken',
    });
    expect(no.statusCode).toBe(201);
    const yes = (await hilversum.post(url, { questionKey: question.key, answer: 'ja' })).json();
    expect(yes.history.map((h: { answer: string }) => h.answer)).toEqual(['ja', 'nee']);
    expect(yes.history[1].note).toBe('Nog niet besproken');
    expect(yes.questions.find((q: { key: string }) => q.key === question.key).blocking).toBe(false);
    expect((await hilversum.post(url, { questionKey: 'bestaat-niet', answer: 'ja' })).statusCode).toBe(422);
    expect((await hilversum.post(url, { questionKey: question.key, answer: 'misschien' })).statusCode).toBe(
      422,
    );
    expect((await corporation.post(url, { questionKey: question.key, answer: 'ja' })).statusCode).toBe(403);
  });

  test('who may not edit the plan may not edit its schedule', async () => {
    const url = `/api/v1/plans/${planId}/schedule?variant=corporation`;
    const response = await corporation.request({
      method: 'PUT',
      url,
      payload: {
        startDate: '2027-01-04',
        activities: [{ key: 'a', name: 'Start', phase: 'initiatief', durationWeeks: 4 }],
      },
    });
    expect(response.statusCode).toBe(403);
  });
});

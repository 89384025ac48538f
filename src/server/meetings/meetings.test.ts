import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ACCOUNTS, organisationId, planInput } from '../../../test/support/fixtures';
import { type Client, createTestApp, type TestApp } from '../../../test/support/test-app';
import { databaseKinds } from '../../../test/support/test-db';

interface Table {
  id: string;
  key: string;
  name: string;
  nextMeeting: { id: string; startsAt: string } | null;
}

describe.each(databaseKinds())('meetings on %s', (kind) => {
  let t: TestApp;
  let region: Client;
  let hilversum: Client;
  let viewer: Client;
  let tables: Table[];
  const tableId = (key: string) => tables.find((x) => x.key === key)?.id ?? '';

  beforeAll(async () => {
    t = await createTestApp(kind);
    region = await t.login(ACCOUNTS.region);
    hilversum = await t.login(ACCOUNTS.hilversum);
    viewer = await t.login(ACCOUNTS.administrator);
    tables = (await region.get('/api/v1/tables')).json().items;
  });
  afterAll(() => t.close());

  test('the demo has the six tables with role members, and the contract shape of GET /meetings', async () => {
    expect(tables.map((x) => x.name)).toEqual(
      expect.arrayContaining([
        'BO Bouwen en Wonen',
        'Portefeuillehoudersoverleg Wonen',
        'Directie-overleg Fysiek Domein',
        'Brede Kijk',
        'Versnellingstafel',
        'Omgevingstafel',
      ]),
    );
    const bo = (await hilversum.get(`/api/v1/tables/${tableId('bo-bouwen-wonen')}`)).json();
    expect(bo.members).toContainEqual(
      expect.objectContaining({
        roleLabel: 'wethouder Wonen',
        organisation: expect.objectContaining({ name: 'Gemeente Hilversum' }),
      }),
    );
    const list = (await hilversum.get('/api/v1/meetings')).json();
    expect(list.items[0]).toEqual(
      expect.objectContaining({
        id: expect.any(String),
        tableId: expect.any(String),
        startsAt: expect.any(String),
        location: expect.any(String),
        agenda: expect.any(Array),
      }),
    );
    const events = (await hilversum.get('/api/v1/meetings?kind=event')).json().items;
    expect(events.map((e: { title: string }) => e.title)).toContain('Themasessie woondeal');
    expect(events.every((e: { tableId: string | null }) => e.tableId === null)).toBe(true);
  });

  test("the memo's proposal in the contract shape, at its second step", async () => {
    const items = (await viewer.get('/api/v1/proposals')).json().items;
    const memo = items.find((p: { reference: string }) => p.reference === 'DOC-24008845');
    expect(memo).toMatchObject({
      title: 'Praktijkleergang Platform31',
      status: 'inRoute',
      currentStepIndex: 1,
    });
    expect(
      memo.routeSteps.map((s: { date: string; purpose: string; conclusion: string | null }) => [
        s.date,
        s.purpose,
        s.conclusion,
      ]),
    ).toEqual([
      ['2024-12-05', 'advise', 'Positief'],
      ['2025-01-16', 'advise', null],
      ['2025-01-30', 'discuss', null],
      ['2025-02-20', 'decide', null],
    ]);
    expect(memo.routeSteps[0].tableId).toBe(tableId('brede-kijk'));
  });

  test("acceptance: a proposal's route follows its meetings (HTTP)", async () => {
    const created = await region.post('/api/v1/proposals', {
      reference: 'TEST-0001',
      title: 'Regionale verdeling middenhuur (fictief)',
      contactRole: 'beleidsadviseur Wonen',
      date: '2026-11-01',
      points: ['Instemmen met de verdeling.'],
      attachments: [{ title: 'Notitie verdeling', url: 'https://example.org/notitie.pdf' }],
      routeSteps: [
        { tableId: tableId('pho-wonen'), date: null, purpose: 'discuss' },
        { tableId: tableId('bo-bouwen-wonen'), date: null, purpose: 'decide' },
      ],
    });
    expect(created.statusCode).toBe(201);
    const proposal = created.json();
    expect(proposal.currentStepIndex).toBe(0);

    const meetings = (await region.get(`/api/v1/meetings?from=${new Date().toISOString()}`)).json().items;
    const pho = meetings.find((m: { tableId: string }) => m.tableId === tableId('pho-wonen'));
    const bo = meetings.find((m: { tableId: string }) => m.tableId === tableId('bo-bouwen-wonen'));
    const onPho = await region.post(`/api/v1/meetings/${pho.id}/agenda-items`, {
      subjectKind: 'proposal',
      subjectId: proposal.id,
    });
    expect(onPho.statusCode).toBe(201);
    expect(onPho.json().item.title).toBe('Voorstel TEST-0001: Regionale verdeling middenhuur (fictief)');
    const twice = await region.post(`/api/v1/meetings/${pho.id}/agenda-items`, {
      subjectKind: 'proposal',
      subjectId: proposal.id,
    });
    expect(twice.statusCode).toBe(409);

    // BO planned ahead, but it cannot decide before the PHO has discussed it.
    const onBo = (
      await region.post(`/api/v1/tables/${tableId('bo-bouwen-wonen')}/next-meeting/agenda-items`, {
        subjectKind: 'proposal',
        subjectId: proposal.id,
      })
    ).json();
    expect(onBo.meeting.id).toBe(bo.id);
    const early = await region.put(`/api/v1/agenda-items/${onBo.item.id}/decision`, {
      version: 1,
      decision: 'Vastgesteld.',
    });
    expect(early.statusCode).toBe(409);
    expect(early.json().detail).toContain('eerdere behandelingen');

    const discussed = await region.put(`/api/v1/agenda-items/${onPho.json().item.id}/decision`, {
      version: 1,
      decision: 'Het PHO steunt de verdeling.',
      outcome: 'done',
      conclusion: 'Positief',
    });
    expect(discussed.statusCode).toBe(200);
    let now = (await region.get(`/api/v1/proposals/${proposal.id}`)).json();
    expect(now).toMatchObject({ status: 'inRoute', currentStepIndex: 1 });
    expect(now.routeSteps[0]).toMatchObject({ conclusion: 'Positief', outcome: 'done' });
    expect(now.routeSteps[0].date).toBe(pho.startsAt.slice(0, 10));

    await region.put(`/api/v1/agenda-items/${onBo.item.id}/decision`, {
      version: 1,
      decision: 'Vastgesteld.',
    });
    now = (await region.get(`/api/v1/proposals/${proposal.id}`)).json();
    expect(now).toMatchObject({ status: 'decided', statusLabel: 'Vastgesteld', currentStepIndex: null });
    expect(now.routeSteps[1].conclusion).toBe('Vastgesteld');

    const audit = (await region.get('/api/v1/audit-log?limit=20')).json();
    expect(JSON.stringify(audit)).toContain('Besluit over');
  });

  test('a bottleneck goes on the next BO; decision, action item, and the .ics file', async () => {
    const bottleneck = (
      await hilversum.post('/api/v1/bottlenecks', {
        title: 'Netcongestie vertraagt Stationsgebied (fictief)',
        municipalityCode: 'GM0402',
      })
    ).json();
    const put = await region.post(`/api/v1/tables/${tableId('bo-bouwen-wonen')}/next-meeting/agenda-items`, {
      subjectKind: 'bottleneck',
      subjectId: bottleneck.id,
    });
    expect(put.statusCode).toBe(201);
    const { meeting, item } = put.json();
    expect(item).toMatchObject({
      subjectKind: 'bottleneck',
      subject: { kind: 'bottleneck', id: bottleneck.id },
    });

    const decided = await region.put(`/api/v1/agenda-items/${item.id}/decision`, {
      version: 1,
      decision: 'De regio vraagt de netbeheerder om een oplossing, uiterlijk in maart.',
    });
    expect(decided.json()).toMatchObject({ decisionOutcome: null, version: 2 });
    const stale = await region.put(`/api/v1/agenda-items/${item.id}/decision`, {
      version: 1,
      decision: 'Anders.',
    });
    expect(stale.statusCode).toBe(409);

    const hilversumId = await organisationId(region, (o) => o.key === 'gm-hilversum');
    const bad = await region.post(`/api/v1/meetings/${meeting.id}/action-items`, { description: 'x' });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors).toEqual(
      expect.arrayContaining([
        { path: 'description', message: 'Beschrijf het actiepunt in minstens 3 tekens.' },
        { path: 'ownerOrganisationId', message: 'Kies wie het actiepunt oppakt.' },
      ]),
    );
    const action = await region.post(`/api/v1/meetings/${meeting.id}/action-items`, {
      description: 'Overleg met de netbeheerder plannen',
      ownerOrganisationId: hilversumId,
      dueDate: '2027-03-01',
      agendaItemId: item.id,
    });
    expect(action.statusCode).toBe(201);
    expect(action.json()).toMatchObject({
      status: 'open',
      owner: { name: 'Gemeente Hilversum' },
      concerns: { kind: 'bottleneck', id: bottleneck.id },
    });
    const open = (await viewer.get('/api/v1/action-items?status=open')).json().items;
    expect(open.map((a: { id: string }) => a.id)).toContain(action.json().id);
    const done = await region.patch(`/api/v1/action-items/${action.json().id}`, {
      version: 1,
      status: 'done',
    });
    expect(done.json().status).toBe('done');

    const ics = await viewer.get(`/api/v1/meetings/${meeting.id}.ics`);
    expect(ics.statusCode).toBe(200);
    expect(ics.headers['content-type']).toContain('text/calendar');
    expect(ics.body).toMatch(/^BEGIN:VCALENDAR\r\n/);
    const unfolded = ics.body.replace(/\r\n /g, '');
    expect(unfolded).toContain(`UID:${meeting.id}@woonregie`);
    expect(unfolded).toContain('SUMMARY:BO Bouwen en Wonen');
    expect(unfolded).toContain('Knelpunt: Netcongestie vertraagt Stationsgebied (fictief)');
    expect(unfolded).toMatch(/DTSTART:\d{8}T\d{6}Z/);
    const feed = await viewer.get(`/api/v1/tables/${tableId('bo-bouwen-wonen')}/calendar.ics`);
    expect(feed.body.match(/BEGIN:VEVENT/g)?.length).toBeGreaterThan(5);
    expect(feed.body).toContain('X-WR-CALNAME:BO Bouwen en Wonen');
  });

  test('only region admins write; a stale meeting edit is a 409; Dutch field errors', async () => {
    const body = {
      tableId: tableId('versnellingstafel'),
      title: 'Versnellingstafel extra',
      startsAt: '2027-02-03T13:00:00.000Z',
      endsAt: '2027-02-03T14:00:00.000Z',
      location: 'Online',
    };
    expect((await hilversum.post('/api/v1/meetings', body)).statusCode).toBe(403);
    expect((await viewer.post('/api/v1/meetings', body)).statusCode).toBe(403);
    const wrong = await region.post('/api/v1/meetings', { ...body, endsAt: '2027-02-03T12:00:00.000Z' });
    expect(wrong.json().errors).toEqual([{ path: 'endsAt', message: 'De eindtijd ligt na de begintijd.' }]);
    const created = await region.post('/api/v1/meetings', body);
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    const edit = { ...body, version: 1, minutes: 'Verslag: iedereen aanwezig.' };
    expect((await region.patch(`/api/v1/meetings/${id}`, edit)).json()).toMatchObject({
      version: 2,
      minutes: edit.minutes,
    });
    expect((await region.patch(`/api/v1/meetings/${id}`, edit)).statusCode).toBe(409);
    const event = await region.post('/api/v1/meetings', {
      ...body,
      tableId: null,
      kind: 'event',
      title: 'Bouwdag (fictief)',
    });
    expect(event.json()).toMatchObject({ kind: 'event', tableId: null });
    expect((await region.request({ method: 'DELETE', url: `/api/v1/meetings/${id}` })).statusCode).toBe(204);
  });

  test('a route must end with vaststellen; a concluded step stays', async () => {
    const bad = await region.post('/api/v1/proposals', {
      reference: 'TEST-0002',
      title: 'Zonder vaststelling',
      contactRole: 'beleidsadviseur',
      date: '2026-11-01',
      points: ['Iets.'],
      routeSteps: [{ tableId: tableId('brede-kijk'), date: null, purpose: 'advise' }],
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors).toEqual([
      { path: 'routeSteps.0.purpose', message: 'De laatste behandeling is een vaststelling.' },
    ]);
    const memo = (await region.get('/api/v1/proposals'))
      .json()
      .items.find((p: { reference: string }) => p.reference === 'DOC-24008845');
    const dropFirst = await region.put(`/api/v1/proposals/${memo.id}`, {
      ...memo,
      routeSteps: memo.routeSteps
        .slice(1)
        .map((s: { id: string; tableId: string; date: string; purpose: string }) => ({
          id: s.id,
          tableId: s.tableId,
          date: s.date,
          purpose: s.purpose,
        })),
    });
    expect(dropFirst.statusCode).toBe(422);
  });

  test('a plan not visible to the whole region never goes on an agenda (everyone in the region reads agendas)', async () => {
    const partners = await hilversum.post('/api/v1/plans', planInput({ visibility: 'partners' }));
    const regional = await hilversum.post('/api/v1/plans', planInput({ visibility: 'region' }));
    expect(partners.statusCode, partners.body).toBe(201);
    expect(regional.statusCode, regional.body).toBe(201);
    const url = `/api/v1/tables/${tableId('bo-bouwen-wonen')}/next-meeting/agenda-items`;

    const refused = await region.post(url, { subjectKind: 'plan', subjectId: partners.json().id });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().errors).toEqual([
      { path: 'subjectId', message: expect.stringContaining('niet voor de hele regio zichtbaar') },
    ]);
    const planBottleneck = await region.post('/api/v1/bottlenecks', {
      municipalityCode: 'GM0402',
      planId: partners.json().id,
      title: 'Knelpunt in een partnerplan (fictief)',
    });
    expect(planBottleneck.statusCode, planBottleneck.body).toBe(201);
    expect(
      (await region.post(url, { subjectKind: 'bottleneck', subjectId: planBottleneck.json().id })).statusCode,
    ).toBe(422);

    const accepted = await region.post(url, { subjectKind: 'plan', subjectId: regional.json().id });
    expect(accepted.statusCode, accepted.body).toBe(201);
    expect(accepted.json().item.title).toBe(`Plan: ${regional.json().name}`);
  });
});

import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ACCOUNTS, planInput } from '../../../test/support/fixtures';
import { type Client, createTestApp, type TestApp } from '../../../test/support/test-app';
import { databaseKinds } from '../../../test/support/test-db';

/** A multipart form with text fields and one file "openBook". */
function form(
  client: Client,
  url: string,
  fields: Record<string, string>,
  file?: { name: string; content: string },
) {
  const boundary = '----woonregie-fund-boundary';
  const parts = Object.entries(fields).map(
    ([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
  );
  if (file) {
    parts.push(
      `--${boundary}\r\nContent-Disposition: form-data; name="openBook"; filename="${file.name}"\r\nContent-Type: text/csv\r\n\r\n${file.content}\r\n`,
    );
  }
  return client.request({
    method: 'POST',
    url,
    payload: `${parts.join('')}--${boundary}--\r\n`,
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  });
}

const FIELDS = {
  motivation: 'De grondkosten op deze kleine kavel maken 30% sociale huur onhaalbaar; zie het open boek.',
  elsewhereChecked: 'true',
  elsewhereNote: 'Geen andere locatie van de ontwikkelaar in Hilversum beschikbaar.',
};

describe.each(databaseKinds())('compensation requests and the fund on %s', (kind) => {
  let t: TestApp;
  let developer: Client;
  let hilversum: Client;
  let region: Client;
  let planId: string;

  beforeAll(async () => {
    t = await createTestApp(kind);
    developer = await t.login(ACCOUNTS.developer);
    hilversum = await t.login(ACCOUNTS.hilversum);
    region = await t.login(ACCOUNTS.region);
    const created = await developer.post(
      '/api/v1/plans',
      planInput({
        segments: [
          { segment: 'socialRent', homes: 2 },
          { segment: 'freeBuy', homes: 18 },
        ] as never,
        deliveries: [{ year: 2029, homes: 20 }],
      }),
    );
    expect(created.statusCode, created.body).toBe(201);
    planId = created.json().id;
  });
  afterAll(() => t.close());

  test('a request needs a motivation and the check whether the homes can be built elsewhere', async () => {
    const response = await form(developer, `/api/v1/plans/${planId}/compensation-requests`, {
      motivation: 'Te duur',
      elsewhereNote: '',
    });
    expect(response.statusCode).toBe(422);
    const paths = response.json().errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['motivation', 'elsewhereChecked', 'elsewhereNote']));
    expect(response.body).toContain(
      'Onderzoek eerst of de sociale huurwoningen elders gebouwd kunnen worden',
    );
  });

  test('filed with an open book: the amount is computed; the file is confidential', async () => {
    const filed = await form(developer, `/api/v1/plans/${planId}/compensation-requests`, FIELDS, {
      name: 'open-boek.csv',
      content: 'post;bedrag\ngrond;1200000\n',
    });
    expect(filed.statusCode, filed.body).toBe(201);
    const [request] = filed.json().items;
    // 20 homes, 2 social: 6 required, 4 missing × € 20,000 (Hilversum).
    expect(request).toMatchObject({
      status: 'submitted',
      amountEur: 80_000,
      openBook: { name: 'open-boek.csv' },
    });
    const own = await developer.get(request.openBook.url);
    expect(own.statusCode).toBe(200);
    expect(own.body).toContain('grond;1200000');
    expect((await hilversum.get(request.openBook.url)).statusCode).toBe(200);
    // The regional office sees the request, not the open book.
    const theirs = (await region.get(`/api/v1/plans/${planId}/compensation-requests`)).json().items[0];
    expect(theirs.openBook).toEqual({ name: 'vertrouwelijk', url: null });
    expect((await region.get(request.openBook.url)).statusCode).toBe(404);
    const wrongType = await form(developer, `/api/v1/plans/${planId}/compensation-requests`, FIELDS, {
      name: 'open-boek.exe',
      content: 'x',
    });
    expect(wrongType.statusCode).toBe(422);
  });

  test('the municipality decides; approval books the payment; the balance is the sum of the entries', async () => {
    const [request] = (await hilversum.get(`/api/v1/plans/${planId}/compensation-requests`)).json().items;
    const decision = { decision: 'approved', note: 'Open boek gecontroleerd; afdracht akkoord.' };
    expect(
      (await developer.post(`/api/v1/compensation-requests/${request.id}/decision`, decision)).statusCode,
    ).toBe(403);
    const decided = await hilversum.post(`/api/v1/compensation-requests/${request.id}/decision`, decision);
    expect(decided.statusCode, decided.body).toBe(200);
    expect(decided.json().items[0]).toMatchObject({ status: 'approved', statusLabel: 'Toegekend' });
    expect(
      (await hilversum.post(`/api/v1/compensation-requests/${request.id}/decision`, decision)).statusCode,
    ).toBe(409);

    const fund = (await region.get('/api/v1/municipalities/GM0402/fund')).json();
    expect(fund.entries[0]).toMatchObject({ kind: 'payment', amountEur: 80_000, plan: { id: planId } });

    const today = new Date().toISOString().slice(0, 10);
    const tooMuch = await hilversum.post('/api/v1/municipalities/GM0402/fund/entries', {
      kind: 'contribution',
      amountEur: -(fund.balanceEur + 1),
      homes: 10,
      bookedOn: today,
      description: 'Bijdrage aan sociale huur elders',
    });
    expect(tooMuch.statusCode).toBe(422);
    expect(tooMuch.json().detail).toMatch(/saldo van het fonds .* is te laag/);
    const out = await hilversum.post('/api/v1/municipalities/GM0402/fund/entries', {
      kind: 'contribution',
      amountEur: -30_000,
      homes: 2,
      bookedOn: today,
      description: 'Bijdrage aan twee sociale huurwoningen (fictief)',
    });
    expect(out.statusCode, out.body).toBe(201);
    const corrected = await hilversum.post('/api/v1/municipalities/GM0402/fund/entries', {
      kind: 'correction',
      amountEur: 1_000,
      correctsId: out.json().entries[0].id,
      bookedOn: today,
      description: 'Correctie: bijdrage was € 1.000 te hoog geboekt',
    });
    expect(corrected.statusCode, corrected.body).toBe(201);
    const after = corrected.json();
    const sum = after.entries.reduce((total: number, e: { amountEur: number }) => total + e.amountEur, 0);
    expect(after.balanceEur).toBe(sum);
    expect(after.balanceEur).toBe(80_000 - 30_000 + 1_000);
    const notMine = await developer.post('/api/v1/municipalities/GM0402/fund/entries', {
      kind: 'payment',
      amountEur: 5,
      bookedOn: today,
      description: 'Probeer te boeken',
    });
    expect(notMine.statusCode).toBe(403);
    // Never edited in place: there is no route to change or remove an entry.
    const id = after.entries[0].id;
    expect(
      (await hilversum.request({ method: 'DELETE', url: `/api/v1/municipalities/GM0402/fund/entries/${id}` }))
        .statusCode,
    ).toBe(404);
    expect(
      (await hilversum.patch(`/api/v1/municipalities/GM0402/fund/entries/${id}`, { amountEur: 1 }))
        .statusCode,
    ).toBe(404);
    expect((await region.get('/api/v1/municipalities/GM0402/fund')).json().entries).toHaveLength(3);
  });
});

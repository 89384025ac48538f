import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ACCOUNTS, planInput, uniqueName } from '../../../test/support/fixtures';
import { type Client, createTestApp, type TestApp } from '../../../test/support/test-app';
import { databaseKinds } from '../../../test/support/test-db';

interface Hit {
  type: string;
  id: string;
  title: string;
  snippet: string;
  highlights: [number, number][];
}

const marked = (hit: Hit) => hit.highlights.map(([start, end]) => hit.snippet.slice(start, end));

describe.each(databaseKinds())('GET /search on %s', (kind) => {
  let t: TestApp;
  let hilversum: Client;
  let gooiseMeren: Client;
  let region: Client;
  const search = async (client: Client, q: string, extra = '') => {
    const response = await client.get(`/api/v1/search?q=${encodeURIComponent(q)}${extra}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json().items as Hit[];
  };

  beforeAll(async () => {
    t = await createTestApp(kind);
    hilversum = await t.login(ACCOUNTS.hilversum);
    gooiseMeren = await t.login(ACCOUNTS.gooiseMeren);
    region = await t.login(ACCOUNTS.region);
  });
  afterAll(() => t.close());

  test('"vereveningsfondsen" finds the items about a "vereveningsfonds", with the word highlighted', async () => {
    const hits = await search(hilversum, 'vereveningsfondsen');
    const fund = hits.find((hit) => hit.title === 'Vereveningsfonds');
    expect(fund).toMatchObject({ type: 'knowledgeItem' });
    expect(marked(fund as Hit).map((word) => word.toLowerCase())).toContain('vereveningsfonds');
    expect(hits.some((hit) => hit.title.startsWith('Alphen aan den Rijn'))).toBe(true);
  });

  test('"woningen" finds "woning", and a compound\'s tail finds the compound through the title', async () => {
    const name = uniqueName('Woning aan de Zuidkade');
    await hilversum.post('/api/v1/plans', planInput({ name, notes: 'Eén woning op de hoek.' }));
    const hits = await search(hilversum, 'woningen Zuidkade');
    const plan = hits.find((hit) => hit.title === name) as Hit;
    expect(plan).toMatchObject({ type: 'plan' });
    expect(marked(plan)).toEqual(expect.arrayContaining(['Woning', 'Zuidkade']));
    const compound = await search(hilversum, 'zuidkade woningen', '&type=plan');
    expect(compound.map((hit) => hit.title)).toContain(name);
    const tail = await search(region, 'bouwpaspoorten');
    expect(tail).toEqual([]);
    const blok = await search(region, 'blokpaspoort');
    expect(blok.map((hit) => hit.title)).toContain('Kavel- en blokpaspoorten');
  });

  test("another organisation's private plan never appears; its owner does see it", async () => {
    const name = uniqueName('Geheime Vereveningsstrook');
    const created = await hilversum.post('/api/v1/plans', planInput({ name, visibility: 'private' }));
    expect(created.statusCode, created.body).toBe(201);
    expect((await search(hilversum, 'vereveningsstrook')).map((hit) => hit.id)).toContain(created.json().id);
    for (const other of [gooiseMeren, region]) {
      expect((await search(other, 'vereveningsstrook')).map((hit) => hit.id)).not.toContain(
        created.json().id,
      );
      expect((await search(other, name)).map((hit) => hit.id)).not.toContain(created.json().id);
    }
  });

  test('results carry type, id, title, a plain-text snippet and highlights; no markup gets through', async () => {
    const name = uniqueName('Scriptlaan');
    await hilversum.post(
      '/api/v1/plans',
      planInput({ name, notes: '<b>Scriptlaan</b> <script>alert(1)</script>' }),
    );
    const [hit] = await search(hilversum, 'scriptlaan', '&type=plan');
    expect(hit).toMatchObject({ type: 'plan', title: name });
    // ts_headline drops markup; whatever text remains, the web renders it as text, never as HTML.
    expect(hit?.snippet).not.toMatch(/<script|<b>/);
    expect(marked(hit as Hit)).toContain('Scriptlaan');
  });

  test('stop words only, an excluded word, and an empty query', async () => {
    expect(await search(hilversum, 'de het van')).toEqual([]);
    const withAlphen = await search(hilversum, 'vereveningsfonds');
    const without = await search(hilversum, 'vereveningsfonds -alphen');
    expect(withAlphen.some((hit) => hit.title.includes('Alphen'))).toBe(true);
    expect(without.some((hit) => hit.title.includes('Alphen'))).toBe(false);
    expect((await hilversum.get('/api/v1/search?q=')).statusCode).toBe(422);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/search?q=woning' })).statusCode).toBe(401);
  });
});

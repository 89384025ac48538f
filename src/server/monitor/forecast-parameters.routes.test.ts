import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ACCOUNTS } from '../../../test/support/fixtures';
import { type Client, createTestApp, type TestApp } from '../../../test/support/test-app';
import { databaseKinds } from '../../../test/support/test-db';

describe.each(databaseKinds())('forecast parameters per region on %s', (kind) => {
  let t: TestApp;
  let region: Client;
  let hilversum: Client;
  const url = '/api/v1/regions/gooi-en-vechtstreek/forecast-parameters';

  beforeAll(async () => {
    t = await createTestApp(kind);
    region = await t.login(ACCOUNTS.region);
    hilversum = await t.login(ACCOUNTS.hilversum);
  });
  afterAll(() => t.close());

  test('the admin replaces them (with a source or assumption), the forecast uses them, and resets them', async () => {
    const start = (await region.get(url)).json();
    expect(start.custom).toBe(false);
    const forecast = async () =>
      (await region.post('/api/v1/regions/gooi-en-vechtstreek/forecast', { runs: 500, seed: 7 })).json();
    const before = await forecast();

    const parameters = structuredClone(start.parameters);
    for (const byHardness of Object.values(parameters.rules) as Record<string, { goAhead: unknown }>[]) {
      for (const rule of Object.values(byHardness)) {
        rule.goAhead = { value: 1, assumption: 'Regio rekent met: elk plan gaat door (test).' };
      }
    }
    const saved = await region.request({ method: 'PUT', url, payload: parameters });
    expect(saved.statusCode, saved.body).toBe(200);
    expect((await region.get(url)).json().custom).toBe(true);
    expect((await forecast()).p50DeliveredByHorizon).toBeGreaterThanOrEqual(before.p50DeliveredByHorizon);

    const reset = await region.request({ method: 'DELETE', url });
    expect(reset.statusCode).toBe(200);
    expect((await region.get(url)).json()).toEqual(start);
    expect(await forecast()).toEqual(before);
  });

  test('a value without source or assumption is refused with a Dutch message; others may not change them', async () => {
    const { parameters } = (await region.get(url)).json();
    const bad = structuredClone(parameters);
    bad.rules.planning.soft.goAhead = { value: 0.9 };
    const refused = await region.request({ method: 'PUT', url, payload: bad });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().errors).toEqual([
      expect.objectContaining({
        path: 'rules.planning.soft.goAhead',
        message: 'Noem de bron of leg uit waarom de waarde een aanname is.',
      }),
    ]);
    expect((await hilversum.request({ method: 'PUT', url, payload: parameters })).statusCode).toBe(403);
    expect((await hilversum.request({ method: 'DELETE', url })).statusCode).toBe(403);
  });
});

import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ACCOUNTS, planInput } from '../../../test/support/fixtures';
import { type Client, createTestApp, type TestApp } from '../../../test/support/test-app';

/** The list cache of the embedded database: exact after every write, and never shared between users. */
describe('GET /plans with the read cache (PGlite)', () => {
  let t: TestApp;
  let hilversum: Client;
  let developer: Client;

  beforeAll(async () => {
    t = await createTestApp('pglite', { readCache: true });
    hilversum = await t.login(ACCOUNTS.hilversum);
    developer = await t.login(ACCOUNTS.developer);
  });
  afterAll(() => t.close());

  test('a write is visible in the very next list', async () => {
    const url = '/api/v1/plans?municipality=GM0402&limit=5';
    const before = (await hilversum.get(url)).json().total;
    expect((await hilversum.get(url)).json().total).toBe(before);
    expect((await hilversum.post('/api/v1/plans', planInput({ visibility: 'private' }))).statusCode).toBe(
      201,
    );
    expect((await hilversum.get(url)).json().total).toBe(before + 1);
  });

  test('one organisation never gets the cached list of another', async () => {
    const url = '/api/v1/plans?municipality=GM0402&limit=200';
    const own = (await hilversum.get(url)).json();
    const other = (await developer.get(url)).json();
    expect(other.total).toBeLessThan(own.total);
    const privateNames = own.items
      .filter((plan: { visibility: string }) => plan.visibility === 'private')
      .map((plan: { name: string }) => plan.name);
    expect(privateNames.length).toBeGreaterThan(0);
    for (const plan of other.items) expect(privateNames).not.toContain(plan.name);
  });
});

import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ACCOUNTS } from '../../test/support/fixtures';
import { type Client, createTestApp, type TestApp } from '../../test/support/test-app';

/** Every answer carries the security headers (also a 404 and an error); the API's own answers are never cached. */
describe('headers on every answer (PGlite)', () => {
  let t: TestApp;
  let client: Client;
  beforeAll(async () => {
    t = await createTestApp('pglite', { readCache: true });
    client = await t.login(ACCOUNTS.hilversum);
  });
  afterAll(() => t.close());

  test.each([
    ['an API answer', 'GET', '/api/v1/me', 200],
    ['an API 404', 'GET', '/api/v1/nergens', 404],
    ['a validation error', 'POST', '/api/v1/plans', 422],
    ['an unknown page outside the API', 'GET', '/api/v2/iets', 404],
  ])('%s', async (_what, method, url, status) => {
    const response = await client.request({
      method: method as 'GET',
      url,
      payload: method === 'POST' ? {} : undefined,
    });
    expect(response.statusCode).toBe(status);
    expect(response.headers).toMatchObject({
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'same-origin',
      'x-frame-options': 'DENY',
    });
    if (status !== 404) expect(response.headers['cache-control']).toBe('no-store');
  });
});

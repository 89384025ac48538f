import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ACCOUNTS, planInput } from '../../../test/support/fixtures';
import { createTestApp, type TestApp } from '../../../test/support/test-app';
import { databaseKinds } from '../../../test/support/test-db';
import { DEMO_PASSWORD } from '../db/seed';

describe.each(databaseKinds())('sessions on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.close());

  const login = (email: string, password: string, ip = '10.0.0.1') =>
    t.app.inject({ method: 'POST', url: '/api/v1/session', payload: { email, password }, remoteAddress: ip });

  test('wrong credentials: 401 with a Dutch problem', async () => {
    const response = await login(ACCOUNTS.hilversum, 'fout');
    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({ status: 401, detail: 'E-mailadres of wachtwoord klopt niet.' });
  });

  test('login sets an httpOnly SameSite=Lax cookie; /me; logout ends the session', async () => {
    const response = await login(ACCOUNTS.hilversum, DEMO_PASSWORD);
    expect(response.statusCode).toBe(200);
    const cookie = String(response.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/);
    const session = cookie.split(';')[0] ?? '';
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie: session } });
    expect(me.json().user).toMatchObject({
      email: ACCOUNTS.hilversum,
      role: 'editor',
      organisation: { cbsCode: 'GM0402' },
    });
    const out = await t.app.inject({
      method: 'DELETE',
      url: '/api/v1/session',
      headers: { cookie: session, origin: 'http://localhost:80' },
    });
    expect(out.statusCode).toBe(204);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie: session } })).statusCode,
    ).toBe(401);
  });

  test('a mutation with the cookie but without our Origin is refused with 403', async () => {
    const client = await t.login(ACCOUNTS.hilversum);
    const noOrigin = await t.app.inject({
      method: 'POST',
      url: '/api/v1/plans',
      headers: { cookie: client.cookie },
      payload: planInput(),
    });
    expect(noOrigin.statusCode).toBe(403);
    const otherOrigin = await client.request({
      method: 'POST',
      url: '/api/v1/plans',
      headers: { origin: 'https://evil.example' },
      payload: planInput(),
    });
    expect(otherOrigin.statusCode).toBe(403);
  });

  test('too many failed logins from one address: 429, other addresses unaffected', async () => {
    for (let i = 0; i < 10; i++)
      expect((await login(ACCOUNTS.corporation, 'fout', '10.9.9.9')).statusCode).toBe(401);
    const blocked = await login(ACCOUNTS.corporation, DEMO_PASSWORD, '10.9.9.9');
    expect(blocked.statusCode).toBe(429);
    expect(blocked.headers['retry-after']).toBeDefined();
    expect((await login(ACCOUNTS.corporation, DEMO_PASSWORD, '10.9.9.8')).statusCode).toBe(200);
  });

  test('the OpenAPI document is served', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' });
    expect(response.statusCode).toBe(200);
    expect(Object.keys(response.json().paths)).toEqual(
      expect.arrayContaining(['/api/v1/plans', '/api/v1/plans/{id}']),
    );
  });
});

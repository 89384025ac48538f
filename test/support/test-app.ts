import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/server/app';
import { loadConfig } from '../../src/server/config';
import type { Database } from '../../src/server/db/client';
import { DEMO_PASSWORD } from '../../src/server/db/seed';
import { type DatabaseKind, openTestDatabase } from './test-db';

export const ORIGIN = 'http://localhost:80';

export interface TestApp {
  app: FastifyInstance;
  database: Database;
  /** Logs a demo account in and returns a client that sends its cookie and the right Origin. */
  login(email: string): Promise<Client>;
  close(): Promise<void>;
}

export interface Client {
  request(options: InjectOptions): Promise<LightMyRequestResponse>;
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, payload?: unknown): Promise<LightMyRequestResponse>;
  patch(url: string, payload?: unknown): Promise<LightMyRequestResponse>;
  put(url: string, payload?: unknown): Promise<LightMyRequestResponse>;
  cookie: string;
}

/** The app in-process (no network) on a fresh database of the given kind. */
export async function createTestApp(
  kind: DatabaseKind,
  options: { readCache?: boolean } = {},
): Promise<TestApp> {
  const database = await openTestDatabase(kind);
  const config = { ...loadConfig({ NODE_ENV: 'test', LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent' }) };
  const app = await buildApp({ db: database.db, config, readCache: options.readCache });
  const login = async (email: string): Promise<Client> => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/session',
      payload: { email, password: DEMO_PASSWORD },
    });
    if (response.statusCode !== 200)
      throw new Error(`login ${email}: ${response.statusCode} ${response.body}`);
    const cookie = String(response.headers['set-cookie']).split(';')[0] ?? '';
    const request = (options: InjectOptions) =>
      app.inject({
        ...options,
        headers: { cookie, origin: ORIGIN, host: 'localhost:80', ...options.headers },
      });
    return {
      cookie,
      request,
      get: (url) => request({ method: 'GET', url }),
      post: (url, payload) => request({ method: 'POST', url, payload: payload as InjectOptions['payload'] }),
      patch: (url, payload) =>
        request({ method: 'PATCH', url, payload: payload as InjectOptions['payload'] }),
      put: (url, payload) => request({ method: 'PUT', url, payload: payload as InjectOptions['payload'] }),
    };
  };
  return {
    app,
    database,
    login,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

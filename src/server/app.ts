import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { agreementRoutes } from './agreements/agreements.routes';
import { auditRoutes } from './audit/audit.routes';
import type { Actor } from './auth/actor';
import { registerAuth } from './auth/auth.plugin';
import { authRoutes } from './auth/auth.routes';
import { bottleneckRoutes } from './bottlenecks/bottlenecks.routes';
import type { Config } from './config';
import type { Db } from './db/client';
import { fundRoutes } from './fund-ledger/fund.routes';
import { registerErrorHandler } from './http/error-handler';
import { registerOriginCheck } from './http/origin-check';
import { ReadCache } from './http/read-cache';
import { importRoutes } from './imports/imports.routes';
import { instrumentRoutes } from './instruments/instruments.routes';
import { knowledgeRoutes } from './knowledge/knowledge.routes';
import { meetingRoutes } from './meetings/meetings.routes';
import { monitorRoutes } from './monitor/monitor.routes';
import { targetRoutes } from './monitor/targets.routes';
import { organisationRoutes } from './organisations/organisations.routes';
import { planRoutes } from './plans/plans.routes';
import { quickScanRoutes } from './quickscan/quickscan.routes';
import { reviewRoutes } from './regional-review/review.routes';
import { regionRoutes } from './regions/regions.routes';
import { reportRoutes } from './reports/reports.routes';
import { scheduleImportRoutes } from './schedules/schedule-xlsx-import.routes';
import { scheduleRoutes } from './schedules/schedules.routes';
import { searchRoutes } from './search/search.routes';
import { staffingRoutes } from './staffing/staffing.routes';
import { whatIfRoutes } from './what-if/what-if.routes';

const WEB_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/web');

/** Sent with every answer (set in onRequest, so a 404 and an error get them too). */
const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
  'x-frame-options': 'DENY',
};

/**
 * Builds the Fastify app; `start`, tests and benchmarks all use this.
 * `readCache`: cache list responses (only safe when this process is the database's only writer: PGlite).
 */
export async function buildApp({
  db,
  config,
  readCache = false,
}: {
  db: Db;
  config: Config;
  readCache?: boolean;
}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: config.logLevel === 'silent' ? false : { level: config.logLevel },
    trustProxy: Boolean(config.publicUrl),
    bodyLimit: 10 * 1024 * 1024,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);
  await app.register(fastifyCookie);
  registerOriginCheck(app, config.publicUrl);
  const cache = readCache ? new ReadCache() : undefined;
  const sessionCache = readCache ? new ReadCache<Actor | null>(1000, 10_000) : undefined;
  if (cache && sessionCache) {
    // A POST that only computes (a calculator, a what-if) says so with `config: { readOnly: true }`.
    const isWrite = (request: FastifyRequest) =>
      !['GET', 'HEAD', 'OPTIONS'].includes(request.method) && request.routeOptions.config?.readOnly !== true;
    const invalidate = (request: FastifyRequest, _reply: unknown, done: () => void) => {
      if (isWrite(request)) {
        cache.invalidate();
        sessionCache.invalidate();
      }
      done();
    };
    app.addHook('onRequest', invalidate);
    app.addHook('onResponse', invalidate);
  }
  registerAuth(app, db, sessionCache);
  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'Woonregie API',
        version: '1.0.0',
        description: 'Woningbouwplannen van een regio: plannen, monitor, regie.',
      },
      servers: [{ url: '/' }],
    },
    transform: jsonSchemaTransform,
  });

  await app.register(
    async (api) => {
      // Set before the handler (a sync hook: no promise per request); a route may still choose its own.
      api.addHook('onRequest', (_request, reply, done) => {
        reply.header('cache-control', 'no-store');
        done();
      });
      await api.register(authRoutes(db, config));
      await api.register(organisationRoutes(db, config));
      await api.register(planRoutes(db, cache));
      await api.register(regionRoutes(db));
      await api.register(auditRoutes(db));
      await api.register(bottleneckRoutes(db));
      await api.register(monitorRoutes(db));
      await api.register(targetRoutes(db));
      await api.register(importRoutes(db));
      await api.register(reportRoutes(db));
      await api.register(scheduleRoutes(db));
      await api.register(scheduleImportRoutes(db));
      await api.register(staffingRoutes(db));
      await api.register(whatIfRoutes(db));
      await api.register(instrumentRoutes(db, cache));
      await api.register(reviewRoutes(db));
      await api.register(quickScanRoutes(db));
      await api.register(fundRoutes(db));
      await api.register(meetingRoutes(db));
      await api.register(agreementRoutes(db));
      await api.register(knowledgeRoutes(db));
      await api.register(searchRoutes(db));
      api.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
    },
    { prefix: '/api/v1' },
  );

  app.addHook('onRequest', (_request, reply, done) => {
    reply.headers(SECURITY_HEADERS);
    done();
  });

  const hasWeb = fs.existsSync(path.join(WEB_DIST, 'index.html'));
  if (hasWeb) await app.register(fastifyStatic, { root: WEB_DIST, wildcard: false, index: false });
  // The web app routes in the browser: every other GET path outside /api gets index.html.
  app.setNotFoundHandler((request, reply) => {
    if (hasWeb && request.method === 'GET' && !request.url.startsWith('/api/')) {
      return reply.type('text/html').sendFile('index.html');
    }
    return reply
      .status(404)
      .type('application/problem+json')
      .send({
        type: 'about:blank',
        title: 'Niet gevonden',
        status: 404,
        detail: `Er is niets op ${request.url.split('?')[0]}.`,
      });
  });
  return app;
}

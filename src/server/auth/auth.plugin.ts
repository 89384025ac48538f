import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Db } from '../db/client';
import { AppError } from '../http/errors';
import type { Actor } from './actor';
import { findActorBySession, SESSION_COOKIE } from './sessions';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
  }
}

/** Loads the actor from the session cookie on every API request. */
export function registerAuth(app: FastifyInstance, db: Db): void {
  app.decorateRequest('actor', null);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    const token = request.cookies[SESSION_COOKIE];
    request.actor = token ? await findActorBySession(db, token) : null;
  });
}

/** The actor of the request, or a 401. */
export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw new AppError('unauthenticated', 'Log in om verder te gaan.');
  return request.actor;
}

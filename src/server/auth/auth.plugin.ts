import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Db } from '../db/client';
import { AppError } from '../http/errors';
import type { ReadCache } from '../http/read-cache';
import type { Actor } from './actor';
import { findActorBySession, SESSION_COOKIE } from './sessions';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
  }
}

/**
 * Loads the actor from the session cookie on every API request. With `cache` (PGlite only) a session found is
 * remembered briefly (the cache's TTL); every write, including logout, clears it.
 */
export function registerAuth(app: FastifyInstance, db: Db, cache?: ReadCache<Actor | null>): void {
  app.decorateRequest('actor', null);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    const token = request.cookies[SESSION_COOKIE];
    if (!token) {
      request.actor = null;
      return;
    }
    const version = cache?.version ?? 0;
    const cached = cache?.get(token);
    if (cached !== undefined) {
      request.actor = cached;
      return;
    }
    request.actor = await findActorBySession(db, token);
    if (request.actor) cache?.set(token, request.actor, version);
  });
}

/** The actor of the request, or a 401. */
export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw new AppError('unauthenticated', 'Log in om verder te gaan.');
  return request.actor;
}

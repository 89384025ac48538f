import type { FastifyInstance } from 'fastify';
import { SESSION_COOKIE } from '../auth/sessions';
import { AppError } from './errors';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * A request that changes data and is authenticated by the cookie must carry an Origin header equal to the
 * server's own origin, else 403 (api-contract.md). This stops cross-site request forgery; SameSite=Lax is
 * the second line of defence.
 */
export function registerOriginCheck(app: FastifyInstance, publicUrl: string | undefined): void {
  app.addHook('onRequest', async (request) => {
    if (SAFE_METHODS.has(request.method) || !request.url.startsWith('/api/')) return;
    const hasSession = Boolean(request.cookies[SESSION_COOKIE]);
    const origin = request.headers.origin;
    if (!hasSession && !origin) return;
    const own = publicUrl ? new URL(publicUrl).origin : `${request.protocol}://${request.host}`;
    if (origin !== own) {
      throw new AppError('forbidden', 'Dit verzoek komt niet van Woonregie zelf en is geweigerd.');
    }
  });
}

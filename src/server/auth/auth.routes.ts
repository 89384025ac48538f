import { eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { writeAudit } from '../audit/audit';
import type { Config } from '../config';
import type { Db } from '../db/client';
import { users } from '../db/schema';
import { AppError } from '../http/errors';
import { presentUser } from './actor';
import { requireActor } from './auth.plugin';
import { dummyHash, verifyPassword } from './password';
import { LoginRateLimiter } from './rate-limit';
import { createSession, deleteSession, findActorBySession, SESSION_COOKIE } from './sessions';

const ZLogin = z.object({
  email: z.string().trim().toLowerCase().email({ error: 'Vul een geldig e-mailadres in.' }),
  password: z.string().min(1, { error: 'Vul je wachtwoord in.' }).max(1000),
});

/** POST/DELETE /session and GET /me. */
export function authRoutes(db: Db, config: Config): FastifyPluginAsyncZod {
  const limiter = new LoginRateLimiter();
  return async (app) => {
    app.post('/session', { schema: { body: ZLogin, tags: ['sessie'] } }, async (request, reply) => {
      const wait = limiter.retryAfterSeconds(request.ip);
      if (wait > 0) {
        reply.header('retry-after', String(wait));
        throw new AppError(
          'tooManyRequests',
          `Te veel mislukte pogingen om in te loggen. Probeer het over ${Math.ceil(wait / 60)} minuten opnieuw.`,
        );
      }
      const [user] = await db.select().from(users).where(eq(users.email, request.body.email)).limit(1);
      const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash()), request.body.password);
      if (!user || !ok) {
        limiter.recordFailure(request.ip);
        throw new AppError('unauthenticated', 'E-mailadres of wachtwoord klopt niet.');
      }
      limiter.reset(request.ip);
      const token = await createSession(db, user.id, config.sessionTtlHours);
      const actor = await findActorBySession(db, token);
      if (!actor) throw new Error('session just created was not found');
      await writeAudit(db, actor, {
        action: 'login',
        entityType: 'session',
        entityId: user.id,
        summary: 'Ingelogd',
      });
      reply.setCookie(SESSION_COOKIE, token, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: config.env === 'production',
        maxAge: config.sessionTtlHours * 3600,
      });
      return { user: presentUser(actor) };
    });

    app.delete('/session', { schema: { tags: ['sessie'] } }, async (request, reply) => {
      const token = request.cookies[SESSION_COOKIE];
      if (token) {
        if (request.actor) {
          await writeAudit(db, request.actor, {
            action: 'logout',
            entityType: 'session',
            entityId: request.actor.userId,
            summary: 'Uitgelogd',
          });
        }
        await deleteSession(db, token);
      }
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send();
    });

    app.get('/me', { schema: { tags: ['sessie'] } }, async (request) => ({
      user: presentUser(requireActor(request)),
    }));
  };
}

import { and, asc, eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../auth/auth.plugin';
import type { Config } from '../config';
import type { Db } from '../db/client';
import { organisations, users } from '../db/schema';
import { DEMO_PASSWORD } from '../db/seed';
import { AppError } from '../http/errors';
import { findNationalLimits } from '../reference/limits.queries';

/** Reference data for forms: organisations, municipalities, national limits; and the demo logins. */
export function organisationRoutes(db: Db, config: Config): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['organisaties'];
    app.get('/organisations', { schema: { tags } }, async (request) => {
      const actor = requireActor(request);
      const items = await db
        .select({
          id: organisations.id,
          key: organisations.key,
          name: organisations.name,
          kind: organisations.kind,
          cbsCode: organisations.cbsCode,
        })
        .from(organisations)
        .where(eq(organisations.regionId, actor.regionId))
        .orderBy(asc(organisations.name));
      return { items };
    });

    app.get('/municipalities', { schema: { tags } }, async (request) => {
      const actor = requireActor(request);
      const rows = await db
        .select()
        .from(organisations)
        .where(and(eq(organisations.regionId, actor.regionId), eq(organisations.kind, 'municipality')))
        .orderBy(asc(organisations.name));
      return {
        items: rows.map((org) => ({
          code: org.cbsCode ?? '',
          name: org.name.replace(/^Gemeente /, ''),
          organisationId: org.id,
          member: org.member,
          centre:
            org.centreLat !== null && org.centreLon !== null
              ? { lat: org.centreLat, lon: org.centreLon }
              : null,
        })),
      };
    });

    app.get('/national-limits', { schema: { tags } }, async (request) => {
      requireActor(request);
      return { items: await findNationalLimits(db) };
    });

    // The demo logins are public knowledge (README) and exist only outside production.
    app.get('/demo-info', { schema: { tags: ['sessie'] } }, async () => {
      if (!config.demo) throw new AppError('notFound', 'Er is geen demo.');
      const rows = await db
        .select({ email: users.email, role: users.role, organisationName: organisations.name })
        .from(users)
        .innerJoin(organisations, eq(organisations.id, users.organisationId))
        .where(eq(users.demo, true))
        .orderBy(asc(users.email));
      if (rows.length === 0) throw new AppError('notFound', 'Er is geen demo.');
      return { password: DEMO_PASSWORD, accounts: rows };
    });
  };
}

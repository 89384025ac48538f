import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../auth/auth.plugin';
import type { Db } from '../db/client';
import { ZSearchQuery } from './search.schema';
import { search } from './search.service';

/** GET /search?q=: one search over everything the user may see (issue 6, items 5 and 7). */
export function searchRoutes(db: Db): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/search', { schema: { querystring: ZSearchQuery, tags: ['zoeken'] } }, async (request) =>
      search({ db, actor: requireActor(request), query: request.query }),
    );
  };
}

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../auth/auth.plugin';
import type { Db } from '../db/client';
import {
  ZBottleneckId,
  ZCreateBottleneckRequest,
  ZListBottlenecksQuery,
  ZUpdateBottleneckRequest,
} from './bottlenecks.schema';
import { createBottleneck, listBottlenecks, updateBottleneck } from './bottlenecks.service';

/** /bottlenecks: the register of bottlenecks ("knelpunten") of the actor's region. */
export function bottleneckRoutes(db: Db): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['knelpunten'];
    app.get('/bottlenecks', { schema: { querystring: ZListBottlenecksQuery, tags } }, async (request) =>
      listBottlenecks({ db, actor: requireActor(request), filter: request.query }),
    );
    app.post('/bottlenecks', { schema: { body: ZCreateBottleneckRequest, tags } }, async (request, reply) => {
      const created = await createBottleneck({ db, actor: requireActor(request), body: request.body });
      return reply.status(201).send(created);
    });
    app.patch(
      '/bottlenecks/:id',
      { schema: { params: ZBottleneckId, body: ZUpdateBottleneckRequest, tags } },
      async (request) =>
        updateBottleneck({ db, actor: requireActor(request), id: request.params.id, body: request.body }),
    );
  };
}

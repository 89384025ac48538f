import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ZKnowledgeItemInput } from '../../core/knowledge';
import { requireActor } from '../auth/auth.plugin';
import type { Db } from '../db/client';
import { ZPlanId } from '../plans/plans.schema';
import {
  ZDeleteQuery,
  ZKnowledgeId,
  ZKnowledgePlanParams,
  ZLinkPlan,
  ZListKnowledgeQuery,
  ZUpdateKnowledgeItem,
} from './knowledge.schema';
import {
  createKnowledge,
  deleteKnowledge,
  getKnowledge,
  linkPlan,
  listKnowledge,
  listPlanKnowledge,
  unlinkPlan,
  updateKnowledge,
} from './knowledge.service';

/** The knowledge centre (issue 6, item 5): instruments, practice examples, lessons and publications. */
export function knowledgeRoutes(db: Db): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['kennis'];
    app.get('/knowledge-items', { schema: { querystring: ZListKnowledgeQuery, tags } }, async (request) =>
      listKnowledge({ db, actor: requireActor(request), query: request.query }),
    );
    app.get('/knowledge-items/:id', { schema: { params: ZKnowledgeId, tags } }, async (request) =>
      getKnowledge({ db, actor: requireActor(request), id: request.params.id }),
    );
    app.post('/knowledge-items', { schema: { body: ZKnowledgeItemInput, tags } }, async (request, reply) =>
      reply.status(201).send(await createKnowledge({ db, actor: requireActor(request), body: request.body })),
    );
    app.put(
      '/knowledge-items/:id',
      { schema: { params: ZKnowledgeId, body: ZUpdateKnowledgeItem, tags } },
      async (request) =>
        updateKnowledge({ db, actor: requireActor(request), id: request.params.id, body: request.body }),
    );
    app.delete(
      '/knowledge-items/:id',
      { schema: { params: ZKnowledgeId, querystring: ZDeleteQuery, tags } },
      async (request, reply) => {
        const { id } = request.params;
        await deleteKnowledge({ db, actor: requireActor(request), id, version: request.query.version });
        return reply.status(204).send();
      },
    );
    app.put(
      '/knowledge-items/:id/plans/:planId',
      { schema: { params: ZKnowledgePlanParams, body: ZLinkPlan, tags } },
      async (request) =>
        linkPlan({ db, actor: requireActor(request), ...request.params, note: request.body.note }),
    );
    app.delete(
      '/knowledge-items/:id/plans/:planId',
      { schema: { params: ZKnowledgePlanParams, tags } },
      async (request) => unlinkPlan({ db, actor: requireActor(request), ...request.params }),
    );
    app.get('/plans/:id/knowledge-items', { schema: { params: ZPlanId, tags } }, async (request) =>
      listPlanKnowledge({ db, actor: requireActor(request), planId: request.params.id }),
    );
  };
}

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../auth/auth.plugin';
import type { Db } from '../db/client';
import { ZId, ZProposalInput, ZUpdateProposal } from './meetings.schema';
import { createProposal, getProposal, listProposals, updateProposal } from './proposals.service';

/** /proposals: proposals ("voorstellen") with their cover sheet and decision route. */
export function proposalRoutes(db: Db): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['overleg'];
    app.get('/proposals', { schema: { tags } }, async (request) =>
      listProposals({ db, actor: requireActor(request) }),
    );
    app.post('/proposals', { schema: { body: ZProposalInput, tags } }, async (request, reply) =>
      reply.status(201).send(await createProposal({ db, actor: requireActor(request), body: request.body })),
    );
    app.get('/proposals/:id', { schema: { params: ZId, tags } }, async (request) =>
      getProposal({ db, actor: requireActor(request), id: request.params.id }),
    );
    app.put('/proposals/:id', { schema: { params: ZId, body: ZUpdateProposal, tags } }, async (request) =>
      updateProposal({ db, actor: requireActor(request), id: request.params.id, body: request.body }),
    );
  };
}

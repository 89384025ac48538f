import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../auth/auth.plugin';
import type { Db } from '../db/client';
import { ZPlanId } from '../plans/plans.schema';
import {
  ZAgreementId,
  ZCommitmentId,
  ZComparisonQuery,
  ZCreateAgreement,
  ZCreateCommitment,
  ZListAgreementsQuery,
  ZRegionalDraftRequest,
  ZUpdateAgreement,
  ZUpdateCommitment,
} from './agreements.schema';
import {
  addCommitment,
  createAgreement,
  deleteAgreement,
  deleteCommitment,
  getAgreement,
  listAgreements,
  listPlanCommitments,
  updateAgreement,
  updateCommitment,
} from './agreements.service';
import { getComparison, getRegionalDraft } from './comparison.service';
import { directoryRoutes } from './directory.routes';

/** Prestatieafspraken, regional agreements, woonvisie and RAP, with their commitments (issue 6, item 1). */
export function agreementRoutes(db: Db): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['afspraken'];
    app.get('/agreements', { schema: { querystring: ZListAgreementsQuery, tags } }, async (request) =>
      listAgreements({ db, actor: requireActor(request), query: request.query }),
    );
    app.get('/agreements/comparison', { schema: { querystring: ZComparisonQuery, tags } }, async (request) =>
      getComparison({
        db,
        actor: requireActor(request),
        year: request.query.year,
        codes: request.query.municipalities,
      }),
    );
    app.post(
      '/agreements/regional-draft',
      { schema: { body: ZRegionalDraftRequest, tags }, config: { readOnly: true } },
      async (request) =>
        getRegionalDraft({
          db,
          actor: requireActor(request),
          year: request.body.year,
          codes: request.body.municipalities,
          minShare: request.body.minShare,
        }),
    );
    app.post('/agreements', { schema: { body: ZCreateAgreement, tags } }, async (request, reply) =>
      reply
        .status(201)
        .send(await createAgreement({ db, actor: requireActor(request), input: request.body })),
    );
    app.get('/agreements/:id', { schema: { params: ZAgreementId, tags } }, async (request) =>
      getAgreement({ db, actor: requireActor(request), id: request.params.id }),
    );
    app.patch(
      '/agreements/:id',
      { schema: { params: ZAgreementId, body: ZUpdateAgreement, tags } },
      async (request) =>
        updateAgreement({ db, actor: requireActor(request), id: request.params.id, input: request.body }),
    );
    app.delete('/agreements/:id', { schema: { params: ZAgreementId, tags } }, async (request, reply) => {
      await deleteAgreement({ db, actor: requireActor(request), id: request.params.id });
      return reply.status(204).send();
    });
    app.post(
      '/agreements/:id/commitments',
      { schema: { params: ZAgreementId, body: ZCreateCommitment, tags } },
      async (request, reply) =>
        reply.status(201).send(
          await addCommitment({
            db,
            actor: requireActor(request),
            id: request.params.id,
            input: request.body,
          }),
        ),
    );
    app.patch(
      '/commitments/:id',
      { schema: { params: ZCommitmentId, body: ZUpdateCommitment, tags } },
      async (request) =>
        updateCommitment({ db, actor: requireActor(request), id: request.params.id, input: request.body }),
    );
    app.delete('/commitments/:id', { schema: { params: ZCommitmentId, tags } }, async (request) =>
      deleteCommitment({ db, actor: requireActor(request), id: request.params.id }),
    );
    app.get('/plans/:id/commitments', { schema: { params: ZPlanId, tags } }, async (request) =>
      listPlanCommitments({ db, actor: requireActor(request), planId: request.params.id }),
    );
    await app.register(directoryRoutes(db));
  };
}

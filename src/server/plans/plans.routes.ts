import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../auth/auth.plugin';
import type { Db } from '../db/client';
import { ZCreatePlanRequest, ZListPlansQuery, ZPlanId, ZUpdatePlanRequest } from './plans.schema';
import { createPlan, getPlan, listPlans, listPlanVersions, updatePlan } from './plans.service';

/** /plans: parse → authorize (in the service, with the actor) → present. */
export function planRoutes(db: Db): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['plannen'];
    app.get('/plans', { schema: { querystring: ZListPlansQuery, tags } }, async (request) =>
      listPlans({ db, actor: requireActor(request), query: request.query }),
    );

    // The body is validated by the shared ZPlanInput inside the service, so the form and the API give the
    // same Dutch messages; the schema here documents it in OpenAPI.
    app.post(
      '/plans',
      { schema: { body: ZCreatePlanRequest, tags }, attachValidation: true },
      async (request, reply) => {
        const plan = await createPlan({ db, actor: requireActor(request), body: request.body });
        return reply.status(201).send(plan);
      },
    );

    app.get('/plans/:id', { schema: { params: ZPlanId, tags } }, async (request) =>
      getPlan({ db, actor: requireActor(request), id: request.params.id }),
    );

    app.patch(
      '/plans/:id',
      { schema: { params: ZPlanId, body: ZUpdatePlanRequest, tags } },
      async (request) =>
        updatePlan({ db, actor: requireActor(request), id: request.params.id, body: request.body }),
    );

    app.get('/plans/:id/versions', { schema: { params: ZPlanId, tags } }, async (request) =>
      listPlanVersions({ db, actor: requireActor(request), id: request.params.id }),
    );
  };
}

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../auth/auth.plugin';
import type { Db } from '../db/client';
import type { ReadCache } from '../http/read-cache';
import { setProgrammeStatus, ZProgrammeStatusRequest } from './plans.programme';
import { ZCreatePlanRequest, ZListPlansQuery, ZPlanId, ZUpdatePlanRequest } from './plans.schema';
import { createPlan, getPlan, listPlans, listPlanVersions, updatePlan } from './plans.service';

/** /plans: parse → authorize (in the service, with the actor) → present. */
export function planRoutes(db: Db, cache?: ReadCache): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['plannen'];
    app.get('/plans', { schema: { querystring: ZListPlansQuery, tags } }, async (request, reply) => {
      const actor = requireActor(request);
      if (!cache) return listPlans({ db, actor, query: request.query });
      // What a user may see depends on who they are: the key holds the user, organisation and role.
      const key = `plans|${actor.userId}|${actor.organisationId}|${actor.role}|${request.url}`;
      const version = cache.version;
      let body = cache.get(key);
      if (body === undefined) {
        body = JSON.stringify(await listPlans({ db, actor, query: request.query }));
        cache.set(key, body, version);
      }
      return reply.type('application/json; charset=utf-8').send(body);
    });

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

    app.post(
      '/plans/:id/programme-status',
      { schema: { params: ZPlanId, body: ZProgrammeStatusRequest, tags } },
      async (request) =>
        setProgrammeStatus({ db, actor: requireActor(request), id: request.params.id, body: request.body }),
    );

    app.get('/plans/:id/versions', { schema: { params: ZPlanId, tags } }, async (request) =>
      listPlanVersions({ db, actor: requireActor(request), id: request.params.id }),
    );
  };
}

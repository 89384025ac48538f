import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../auth/auth.plugin';
import type { Db } from '../db/client';
import type { ReadCache } from '../http/read-cache';
import { ZPlanId } from '../plans/plans.schema';
import { compensationFor } from './compensation.service';
import { evaluateCompliance, planCompliance, recordHardshipException } from './compliance.service';
import {
  ZCompensationRequest,
  ZComplianceRequest,
  ZHardshipException,
  ZMunicipalityCode,
  ZNewOrdinance,
  ZPolicyWhatIf,
} from './instruments.schema';
import { addOrdinanceVersion, instrumentsOverview, policyWhatIf } from './instruments.service';

/** Ordinances, norms, the compensation calculator and the policy what-if (issue 5, items 1–3, 6, 7). */
export function instrumentRoutes(db: Db, cache?: ReadCache): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['instrumenten'];
    app.get('/instruments', { schema: { tags } }, async (request) =>
      instrumentsOverview({ db, actor: requireActor(request) }),
    );
    app.get('/plans/:id/compliance', { schema: { params: ZPlanId, tags } }, async (request, reply) => {
      const actor = requireActor(request);
      if (!cache) return planCompliance({ db, actor, planId: request.params.id });
      // Cached like the plan list (embedded database only; every write clears it): the key holds who asks.
      const key = `compliance|${actor.userId}|${actor.organisationId}|${actor.role}|${request.params.id}`;
      const version = cache.version;
      let body = cache.get(key);
      if (body === undefined) {
        body = JSON.stringify(await planCompliance({ db, actor, planId: request.params.id }));
        cache.set(key, body, version);
      }
      return reply.type('application/json; charset=utf-8').send(body);
    });
    app.post(
      '/plans/:id/hardship-exceptions',
      { schema: { params: ZPlanId, body: ZHardshipException, tags } },
      async (request, reply) => {
        const result = await recordHardshipException({
          db,
          actor: requireActor(request),
          planId: request.params.id,
          body: request.body,
        });
        return reply.status(201).send(result);
      },
    );
    app.post(
      '/municipalities/:code/compliance',
      { config: { readOnly: true }, schema: { params: ZMunicipalityCode, body: ZComplianceRequest, tags } },
      async (request) => {
        const actor = requireActor(request);
        return evaluateCompliance(db, actor.regionId, request.params.code, request.body);
      },
    );
    app.post(
      '/municipalities/:code/compensation',
      { config: { readOnly: true }, schema: { params: ZMunicipalityCode, body: ZCompensationRequest, tags } },
      async (request) =>
        compensationFor({
          db,
          actor: requireActor(request),
          municipalityCode: request.params.code,
          body: request.body,
        }),
    );
    app.post(
      '/municipalities/:code/ordinances',
      { schema: { params: ZMunicipalityCode, body: ZNewOrdinance, tags } },
      async (request, reply) => {
        const row = await addOrdinanceVersion({
          db,
          actor: requireActor(request),
          municipalityCode: request.params.code,
          body: request.body,
        });
        return reply.status(201).send(row);
      },
    );
    app.post(
      '/municipalities/:code/instruments/what-if',
      { config: { readOnly: true }, schema: { params: ZMunicipalityCode, body: ZPolicyWhatIf, tags } },
      async (request) =>
        policyWhatIf({
          db,
          actor: requireActor(request),
          municipalityCode: request.params.code,
          body: request.body,
        }),
    );
  };
}

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../auth/auth.plugin';
import type { Db } from '../db/client';
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
export function instrumentRoutes(db: Db): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['instrumenten'];
    app.get('/instruments', { schema: { tags } }, async (request) =>
      instrumentsOverview({ db, actor: requireActor(request) }),
    );
    app.get('/plans/:id/compliance', { schema: { params: ZPlanId, tags } }, async (request) =>
      planCompliance({ db, actor: requireActor(request), planId: request.params.id }),
    );
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
      { schema: { params: ZMunicipalityCode, body: ZComplianceRequest, tags } },
      async (request) => {
        const actor = requireActor(request);
        return evaluateCompliance(db, actor.regionId, request.params.code, request.body);
      },
    );
    app.post(
      '/municipalities/:code/compensation',
      { schema: { params: ZMunicipalityCode, body: ZCompensationRequest, tags } },
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
      { schema: { params: ZMunicipalityCode, body: ZPolicyWhatIf, tags } },
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

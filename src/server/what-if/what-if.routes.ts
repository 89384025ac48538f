import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { templateActivityChoices } from '../../core/route-map';
import { requireActor } from '../auth/auth.plugin';
import type { Db } from '../db/client';
import { ZPlanId } from '../plans/plans.schema';
import {
  ZMunicipalityParams,
  ZSaveScenarioRequest,
  ZScenarioId,
  ZScenarioQuery,
  ZWhatIfRequest,
} from './what-if.schema';
import {
  deleteScenario,
  listScenarios,
  municipalityWhatIf,
  planWhatIf,
  saveScenario,
} from './what-if.service';

/** What-if on schedules and saved scenarios (issue 4, item 5). */
export function whatIfRoutes(db: Db): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['planning'];
    // The activities of the twelve templates, for the "longer or shorter" choice of the what-if.
    app.get('/route-map/activities', { schema: { tags } }, async (request) => {
      requireActor(request);
      return { items: templateActivityChoices() };
    });
    app.post(
      '/plans/:id/schedule/what-if',
      { config: { readOnly: true }, schema: { params: ZPlanId, body: ZWhatIfRequest, tags } },
      async (request) =>
        planWhatIf({
          db,
          actor: requireActor(request),
          planId: request.params.id,
          changes: request.body.changes,
        }),
    );
    app.post(
      '/municipalities/:code/schedule/what-if',
      { config: { readOnly: true }, schema: { params: ZMunicipalityParams, body: ZWhatIfRequest, tags } },
      async (request) =>
        municipalityWhatIf({
          db,
          actor: requireActor(request),
          municipalityCode: request.params.code,
          changes: request.body.changes,
        }),
    );
    app.get('/schedule-scenarios', { schema: { querystring: ZScenarioQuery, tags } }, async (request) =>
      listScenarios({ db, actor: requireActor(request), query: request.query }),
    );
    app.post(
      '/schedule-scenarios',
      { schema: { body: ZSaveScenarioRequest, tags } },
      async (request, reply) => {
        const scenario = await saveScenario({ db, actor: requireActor(request), body: request.body });
        return reply.status(201).send(scenario);
      },
    );
    app.delete(
      '/schedule-scenarios/:id',
      { schema: { params: ZScenarioId, tags } },
      async (request, reply) => {
        await deleteScenario({ db, actor: requireActor(request), id: request.params.id });
        return reply.status(204).send();
      },
    );
  };
}

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../auth/auth.plugin';
import type { Db } from '../db/client';
import { ZOrganisationParams, ZPutStaffCapacityRequest, ZStaffingQuery } from './staffing.schema';
import { getStaffing, putStaffCapacity } from './staffing.service';

/** GET /organisations/{id}/staffing and PUT /organisations/{id}/staff-capacity (issue 4, item 6). */
export function staffingRoutes(db: Db): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['capaciteit'];
    app.get(
      '/organisations/:id/staffing',
      { schema: { params: ZOrganisationParams, querystring: ZStaffingQuery, tags } },
      async (request) =>
        getStaffing({
          db,
          actor: requireActor(request),
          organisationId: request.params.id,
          query: request.query,
        }),
    );
    app.put(
      '/organisations/:id/staff-capacity',
      { schema: { params: ZOrganisationParams, body: ZPutStaffCapacityRequest, tags } },
      async (request) =>
        putStaffCapacity({
          db,
          actor: requireActor(request),
          organisationId: request.params.id,
          body: request.body,
        }),
    );
  };
}

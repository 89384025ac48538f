import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../auth/auth.plugin';
import type { Db } from '../db/client';
import { ZPlanId } from '../plans/plans.schema';
import { getDirectory } from './directory.service';
import { ZPlanContactInput, ZPlanContactParams } from './plan-contacts.schema';
import {
  addPlanContact,
  deletePlanContact,
  listPlanContacts,
  updatePlanContact,
} from './plan-contacts.service';

const ZDirectoryQuery = z.object({
  municipality: z
    .string()
    .regex(/^GM\d{4}$/, { error: 'Een gemeentecode is GM gevolgd door vier cijfers.' })
    .optional(),
});

/** The directory ("Bel elkaar vaker") and who to call for what per plan (issue 6, item 4). */
export function directoryRoutes(db: Db): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['adresboek'];
    app.get('/directory', { schema: { querystring: ZDirectoryQuery, tags } }, async (request) =>
      getDirectory({ db, actor: requireActor(request), municipality: request.query.municipality }),
    );
    app.get('/plans/:id/contacts', { schema: { params: ZPlanId, tags } }, async (request) =>
      listPlanContacts({ db, actor: requireActor(request), planId: request.params.id }),
    );
    app.post(
      '/plans/:id/contacts',
      { schema: { params: ZPlanId, body: ZPlanContactInput, tags } },
      async (request, reply) =>
        reply.status(201).send(
          await addPlanContact({
            db,
            actor: requireActor(request),
            planId: request.params.id,
            input: request.body,
          }),
        ),
    );
    app.put(
      '/plans/:id/contacts/:contactId',
      { schema: { params: ZPlanContactParams, body: ZPlanContactInput, tags } },
      async (request) =>
        updatePlanContact({
          db,
          actor: requireActor(request),
          planId: request.params.id,
          contactId: request.params.contactId,
          input: request.body,
        }),
    );
    app.delete(
      '/plans/:id/contacts/:contactId',
      { schema: { params: ZPlanContactParams, tags } },
      async (request) =>
        deletePlanContact({
          db,
          actor: requireActor(request),
          planId: request.params.id,
          contactId: request.params.contactId,
        }),
    );
  };
}

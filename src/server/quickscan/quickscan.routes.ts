import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../auth/auth.plugin';
import type { Db } from '../db/client';
import { ZPlanId } from '../plans/plans.schema';
import { ZParticipationReport, ZPutQuickScan } from './quickscan.schema';
import {
  addParticipationReport,
  getQuickScan,
  listParticipationReports,
  putQuickScan,
} from './quickscan.service';

/** The participation QuickScan and the reports per phase (issue 5, item 4). */
export function quickScanRoutes(db: Db): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['participatie'];
    app.get('/plans/:id/quickscan', { schema: { params: ZPlanId, tags } }, async (request) =>
      getQuickScan({ db, actor: requireActor(request), planId: request.params.id }),
    );
    app.put(
      '/plans/:id/quickscan',
      { schema: { params: ZPlanId, body: ZPutQuickScan, tags } },
      async (request) =>
        putQuickScan({ db, actor: requireActor(request), planId: request.params.id, body: request.body }),
    );
    app.get('/plans/:id/participation-reports', { schema: { params: ZPlanId, tags } }, async (request) =>
      listParticipationReports({ db, actor: requireActor(request), planId: request.params.id }),
    );
    app.post(
      '/plans/:id/participation-reports',
      { schema: { params: ZPlanId, body: ZParticipationReport, tags } },
      async (request, reply) => {
        const result = await addParticipationReport({
          db,
          actor: requireActor(request),
          planId: request.params.id,
          body: request.body,
        });
        return reply.status(201).send(result);
      },
    );
  };
}

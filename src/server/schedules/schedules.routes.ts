import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../auth/auth.plugin';
import type { Db } from '../db/client';
import { ZPlanId } from '../plans/plans.schema';
import { answerQuestion, getLogbook } from './logbook.service';
import { exportScheduleWorkbook } from './schedule-xlsx';
import { agreeSchedule, compareVariants } from './schedules.compare';
import { ZLogbookAnswer, ZPutScheduleRequest, ZRouteMapRequest } from './schedules.schema';
import { getSchedule, putSchedule, routeMap, SCHEDULE_VARIANTS } from './schedules.service';

const ZVariantQuery = z.object({
  variant: z
    .enum(SCHEDULE_VARIANTS, {
      error: 'Kies de gezamenlijke planning, die van de gemeente of die van de corporatie.',
    })
    .default('joint'),
});

/** POST /route-map and GET/PUT /plans/{id}/schedule (api-contract.md, "Schedules"). */
export function scheduleRoutes(db: Db): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['planning'];
    app.post('/route-map', { schema: { body: ZRouteMapRequest, tags } }, async (request) => {
      requireActor(request);
      return routeMap(request.body);
    });
    app.get(
      '/plans/:id/schedule',
      { schema: { params: ZPlanId, querystring: ZVariantQuery, tags } },
      async (request) =>
        getSchedule({
          db,
          actor: requireActor(request),
          planId: request.params.id,
          variant: request.query.variant,
        }),
    );
    app.get(
      '/plans/:id/schedule.xlsx',
      { schema: { params: ZPlanId, querystring: ZVariantQuery, tags } },
      async (request, reply) => {
        const file = await exportScheduleWorkbook({
          db,
          actor: requireActor(request),
          planId: request.params.id,
          variant: request.query.variant,
        });
        return reply
          .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
          .header('content-disposition', `attachment; filename="${file.fileName}"`)
          .send(file.body);
      },
    );
    app.get(
      '/plans/:id/schedule/compare',
      {
        schema: {
          params: ZPlanId,
          querystring: z.object({
            a: z.enum(SCHEDULE_VARIANTS).default('municipality'),
            b: z.enum(SCHEDULE_VARIANTS).default('corporation'),
          }),
          tags,
        },
      },
      async (request) =>
        compareVariants({ db, actor: requireActor(request), planId: request.params.id, ...request.query }),
    );
    app.post(
      '/plans/:id/schedule/agree',
      {
        schema: {
          params: ZPlanId,
          body: z.object({
            from: z.enum(['municipality', 'corporation'], {
              error: 'Kies de planning van de gemeente of die van de corporatie.',
            }),
          }),
          tags,
        },
      },
      async (request) =>
        agreeSchedule({
          db,
          actor: requireActor(request),
          planId: request.params.id,
          from: request.body.from,
        }),
    );
    app.get('/plans/:id/logbook', { schema: { params: ZPlanId, tags } }, async (request) =>
      getLogbook({ db, actor: requireActor(request), planId: request.params.id }),
    );
    app.post(
      '/plans/:id/logbook',
      { schema: { params: ZPlanId, body: ZLogbookAnswer, tags } },
      async (request, reply) => {
        const logbook = await answerQuestion({
          db,
          actor: requireActor(request),
          planId: request.params.id,
          body: request.body,
        });
        return reply.status(201).send(logbook);
      },
    );
    app.put(
      '/plans/:id/schedule',
      { schema: { params: ZPlanId, querystring: ZVariantQuery, body: ZPutScheduleRequest, tags } },
      async (request) =>
        putSchedule({
          db,
          actor: requireActor(request),
          planId: request.params.id,
          variant: request.query.variant,
          body: request.body,
        }),
    );
  };
}

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../auth/auth.plugin';
import type { Db } from '../db/client';
import { getForecastParameters, putForecastParameters, resetForecastParameters } from './forecast.service';
import { ZRegionParams } from './monitor.schema';
import {
  ZMonitorSettingsRequest,
  ZPutRealisationRequest,
  ZPutTargetRequest,
  ZTargetParams,
} from './targets.schema';
import { listTargets, putMonitorSettings, putRealisation, putTarget } from './targets.service';

/** Targets, realisations, monitor settings and forecast parameters of a region. */
export function targetRoutes(db: Db): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['monitor'];
    app.get('/regions/:regionId/targets', { schema: { params: ZRegionParams, tags } }, async (request) =>
      listTargets({ db, actor: requireActor(request), regionId: request.params.regionId }),
    );
    app.put(
      '/regions/:regionId/targets/:code',
      { schema: { params: ZTargetParams, body: ZPutTargetRequest, tags } },
      async (request) =>
        putTarget({ db, actor: requireActor(request), ...request.params, body: request.body }),
    );
    app.put(
      '/regions/:regionId/realisations',
      { schema: { params: ZRegionParams, body: ZPutRealisationRequest, tags } },
      async (request, reply) => {
        await putRealisation({
          db,
          actor: requireActor(request),
          regionId: request.params.regionId,
          body: request.body,
        });
        return reply.status(204).send();
      },
    );
    app.put(
      '/regions/:regionId/monitor-settings',
      { schema: { params: ZRegionParams, body: ZMonitorSettingsRequest, tags } },
      async (request, reply) => {
        await putMonitorSettings({
          db,
          actor: requireActor(request),
          regionId: request.params.regionId,
          body: request.body,
        });
        return reply.status(204).send();
      },
    );
    app.get(
      '/regions/:regionId/forecast-parameters',
      { schema: { params: ZRegionParams, tags } },
      async (request) =>
        getForecastParameters({ db, actor: requireActor(request), regionId: request.params.regionId }),
    );
    app.delete(
      '/regions/:regionId/forecast-parameters',
      { schema: { params: ZRegionParams, tags } },
      async (request) =>
        resetForecastParameters({ db, actor: requireActor(request), regionId: request.params.regionId }),
    );
    app.put(
      '/regions/:regionId/forecast-parameters',
      { schema: { params: ZRegionParams, tags } },
      async (request) =>
        putForecastParameters({
          db,
          actor: requireActor(request),
          regionId: request.params.regionId,
          body: request.body,
        }),
    );
  };
}

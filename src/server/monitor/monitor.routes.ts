import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../auth/auth.plugin';
import { assertMayRecordSignals } from '../bottlenecks/bottlenecks.service';
import type { Db } from '../db/client';
import { runRegionForecast } from './forecast.service';
import { ZCompareQuery, ZForecastRequest, ZRegionParams } from './monitor.schema';
import { getMonitor } from './monitor.service';
import {
  compareSnapshotPair,
  createSnapshotByHand,
  getSnapshots,
  recordRegionSignals,
} from './snapshots.service';
import { requireRegion } from './targets.service';

/** /regions/{regionId}/monitor, /forecast, /snapshots and the signals → bottlenecks step. */
export function monitorRoutes(db: Db): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['monitor'];
    app.get('/regions/:regionId/monitor', { schema: { params: ZRegionParams, tags } }, async (request) =>
      getMonitor({ db, actor: requireActor(request), regionId: request.params.regionId }),
    );
    app.post(
      '/regions/:regionId/forecast',
      { schema: { params: ZRegionParams, body: ZForecastRequest, tags } },
      async (request) =>
        runRegionForecast({
          db,
          actor: requireActor(request),
          regionId: request.params.regionId,
          body: request.body,
        }),
    );
    app.get('/regions/:regionId/snapshots', { schema: { params: ZRegionParams, tags } }, async (request) =>
      getSnapshots({ db, actor: requireActor(request), regionId: request.params.regionId }),
    );
    app.post(
      '/regions/:regionId/snapshots',
      { schema: { params: ZRegionParams, tags } },
      async (request, reply) => {
        const created = await createSnapshotByHand({
          db,
          actor: requireActor(request),
          regionId: request.params.regionId,
        });
        return reply.status(201).send(created);
      },
    );
    app.get(
      '/regions/:regionId/snapshots/compare',
      { schema: { params: ZRegionParams, querystring: ZCompareQuery, tags } },
      async (request) =>
        compareSnapshotPair({
          db,
          actor: requireActor(request),
          regionId: request.params.regionId,
          ...request.query,
        }),
    );
    app.post(
      '/regions/:regionId/bottlenecks/record-signals',
      { schema: { params: ZRegionParams, tags: ['knelpunten'] } },
      async (request) => {
        const actor = requireActor(request);
        const region = await requireRegion(db, actor, request.params.regionId);
        assertMayRecordSignals(actor);
        return { created: await recordRegionSignals(db, region, actor) };
      },
    );
  };
}

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../auth/auth.plugin';
import type { Db } from '../db/client';
import { getRegionMap, getRegionOverview } from './regions.service';

const ZRegionParams = z.object({ regionId: z.string().min(1).max(100) });

/** /regions/{regionId}/overview and /map; regionId is the slug or the uuid. */
export function regionRoutes(db: Db): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['regio'];
    app.get('/regions/:regionId/overview', { schema: { params: ZRegionParams, tags } }, async (request) =>
      getRegionOverview({ db, actor: requireActor(request), regionId: request.params.regionId }),
    );
    app.get('/regions/:regionId/map', { schema: { params: ZRegionParams, tags } }, async (request) =>
      getRegionMap({ db, actor: requireActor(request), regionId: request.params.regionId }),
    );
  };
}

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../auth/auth.plugin';
import type { Db } from '../db/client';
import { ZRegionParams } from '../monitor/monitor.schema';
import { ZReportQuery } from './reports.schema';
import { exportMonitor, REPORT_FORMATS, type ReportFormat } from './reports.service';

/** GET /regions/{regionId}/monitor.xlsx and /monitor.pdf: the monitor with its forecast, as a download. */
export function reportRoutes(db: Db): FastifyPluginAsyncZod {
  return async (app) => {
    for (const format of Object.keys(REPORT_FORMATS) as ReportFormat[]) {
      app.get(
        `/regions/:regionId/monitor.${format}`,
        { schema: { params: ZRegionParams, querystring: ZReportQuery, tags: ['monitor'] } },
        async (request, reply) => {
          const file = await exportMonitor({
            db,
            actor: requireActor(request),
            regionId: request.params.regionId,
            query: request.query,
            format,
          });
          return reply
            .type(file.contentType)
            .header('content-disposition', `attachment; filename="${file.fileName}"`)
            .send(file.body);
        },
      );
    }
  };
}

import fastifyMultipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../auth/auth.plugin';
import type { Db } from '../db/client';
import { AppError } from '../http/errors';
import { ZPlanId } from '../plans/plans.schema';
import { importScheduleWorkbook } from './schedule-xlsx-import';
import { SCHEDULE_VARIANTS } from './schedules.service';

/** A schedule workbook is a few hundred kB at most. */
const MAX_FILE_BYTES = 5 * 1024 * 1024;

const ZImportQuery = z.object({
  variant: z
    .enum(SCHEDULE_VARIANTS, {
      error: 'Kies de gezamenlijke planning, die van de gemeente of die van de corporatie.',
    })
    .default('joint'),
  dryRun: z
    .enum(['true', 'false'], { error: 'dryRun is true of false.' })
    .default('false')
    .transform((value) => value === 'true'),
});

/** POST /plans/{id}/schedule.xlsx: the exported workbook, edited, read back (issue 4, item 9). */
export function scheduleImportRoutes(db: Db): FastifyPluginAsyncZod {
  return async (app) => {
    await app.register(fastifyMultipart, { limits: { fileSize: MAX_FILE_BYTES, files: 1, fields: 5 } });
    app.post(
      '/plans/:id/schedule.xlsx',
      { schema: { params: ZPlanId, querystring: ZImportQuery, tags: ['planning'] } },
      async (request) => {
        const actor = requireActor(request);
        if (!request.isMultipart()) {
          throw new AppError('validation', 'Stuur het bestand als multipart/form-data (veld "file").');
        }
        const file = await request.file().catch(() => {
          throw new AppError('validation', 'Het bestand kon niet worden gelezen. Probeer het opnieuw.');
        });
        if (!file) throw new AppError('validation', 'Kies een bestand om te importeren.');
        const buffer = await file.toBuffer().catch(() => {
          throw new AppError(
            'validation',
            `Het bestand is te groot (meer dan ${MAX_FILE_BYTES / 1024 / 1024} MB).`,
          );
        });
        if (buffer.length === 0) throw new AppError('validation', 'Het bestand is leeg.');
        return importScheduleWorkbook({
          db,
          actor,
          planId: request.params.id,
          variant: request.query.variant,
          buffer,
          dryRun: request.query.dryRun,
        });
      },
    );
  };
}

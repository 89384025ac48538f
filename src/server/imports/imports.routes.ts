import fastifyMultipart from '@fastify/multipart';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../auth/auth.plugin';
import type { Db } from '../db/client';
import { AppError } from '../http/errors';
import { ZRegionParams } from '../monitor/monitor.schema';
import { exportPlanmonitor } from './imports.export';
import { importRealisations } from './imports.realisations';
import { type ImportFile, importPlans } from './imports.service';
import { writePlanTableTemplate } from './plan-table-template';
import { writePlanmonitorTemplate } from './planmonitor-write';
import { writeRealisationTableTemplate } from './realisation-template';

/** Largest upload: a 30,000-row plan table is about 2 MB as XLSX and 3 MB as CSV. */
const MAX_FILE_BYTES = 25 * 1024 * 1024;

const ZDryRun = z.object({
  dryRun: z
    .enum(['true', 'false'], { error: 'dryRun is true of false.' })
    .default('false')
    .transform((value) => value === 'true'),
});

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const CSV = 'text/csv; charset=utf-8';

const TEMPLATES: Record<string, { type: string; write: () => Promise<Buffer>; name: string }> = {
  'plans.csv': { type: CSV, write: () => writePlanTableTemplate('csv'), name: 'sjabloon-plannen.csv' },
  'plans.xlsx': { type: XLSX, write: () => writePlanTableTemplate('xlsx'), name: 'sjabloon-plannen.xlsx' },
  'planmonitor-wonen.xlsx': {
    type: XLSX,
    write: writePlanmonitorTemplate,
    name: 'sjabloon-planmonitor-wonen.xlsx',
  },
  'realisations.csv': {
    type: CSV,
    write: () => writeRealisationTableTemplate('csv'),
    name: 'sjabloon-realisaties.csv',
  },
  'realisations.xlsx': {
    type: XLSX,
    write: () => writeRealisationTableTemplate('xlsx'),
    name: 'sjabloon-realisaties.xlsx',
  },
};

/** The one uploaded file of a multipart request, or a Dutch 422. */
async function readUpload(request: FastifyRequest): Promise<ImportFile> {
  if (!request.isMultipart()) {
    throw new AppError('validation', 'Stuur het bestand als multipart/form-data (veld "file").');
  }
  let file: Awaited<ReturnType<FastifyRequest['file']>>;
  try {
    file = await request.file({ limits: { fileSize: MAX_FILE_BYTES, files: 1 } });
  } catch {
    throw new AppError('validation', 'Het bestand kon niet worden gelezen. Probeer het opnieuw.');
  }
  if (!file) throw new AppError('validation', 'Kies een bestand om te importeren.');
  const buffer = await file.toBuffer().catch(() => {
    throw new AppError(
      'validation',
      `Het bestand is te groot (meer dan ${MAX_FILE_BYTES / 1024 / 1024} MB). Splits het in delen.`,
    );
  });
  if (buffer.length === 0) throw new AppError('validation', 'Het bestand is leeg.');
  return { buffer, fileName: file.filename || 'bestand' };
}

function sendFile(reply: FastifyReply, type: string, name: string, body: Buffer) {
  return reply
    .header('content-type', type)
    .header('content-disposition', `attachment; filename="${name}"`)
    .send(body);
}

/** POST /imports/plans, POST /regions/{id}/imports/realisations, templates and the Planmonitor Wonen export. */
export function importRoutes(db: Db): FastifyPluginAsyncZod {
  return async (app) => {
    await app.register(fastifyMultipart, { limits: { fileSize: MAX_FILE_BYTES, files: 1, fields: 5 } });
    const tags = ['import en export'];
    app.post('/imports/plans', { schema: { querystring: ZDryRun, tags } }, async (request) => {
      const actor = requireActor(request);
      const file = await readUpload(request);
      return importPlans({ db, actor, file, dryRun: request.query.dryRun });
    });
    app.post(
      '/regions/:regionId/imports/realisations',
      { schema: { params: ZRegionParams, querystring: ZDryRun, tags } },
      async (request) => {
        const actor = requireActor(request);
        const file = await readUpload(request);
        return importRealisations({
          db,
          actor,
          regionId: request.params.regionId,
          file,
          dryRun: request.query.dryRun,
        });
      },
    );
    app.get(
      '/imports/templates/:file',
      { schema: { params: z.object({ file: z.string().max(100) }), tags } },
      async (request, reply) => {
        requireActor(request);
        const template = TEMPLATES[request.params.file];
        if (!template) throw new AppError('notFound', 'Dit sjabloon bestaat niet.');
        return sendFile(reply, template.type, template.name, await template.write());
      },
    );
    app.get(
      '/regions/:regionId/plans.xlsx',
      {
        schema: {
          params: ZRegionParams,
          querystring: z.object({
            format: z.literal('planmonitor-wonen', { error: 'Kies format=planmonitor-wonen.' }),
            municipality: z
              .string()
              .regex(/^GM\d{4}$/, { error: 'Een gemeentecode is GM gevolgd door vier cijfers.' })
              .optional(),
          }),
          tags,
        },
      },
      async (request, reply) => {
        const { body, fileName } = await exportPlanmonitor({
          db,
          actor: requireActor(request),
          regionId: request.params.regionId,
          municipality: request.query.municipality,
        });
        return sendFile(reply, XLSX, fileName, body);
      },
    );
  };
}

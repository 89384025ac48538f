import fastifyMultipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../auth/auth.plugin';
import type { Db } from '../db/client';
import { AppError } from '../http/errors';
import { ZMunicipalityCode } from '../instruments/instruments.schema';
import { ZPlanId } from '../plans/plans.schema';
import { ZDecision, ZFundEntry, ZRequestFields, ZRequestId } from './fund.schema';
import {
  bookEntry,
  decideRequest,
  fileRequest,
  getFund,
  listRequests,
  type OpenBook,
  openBookFile,
} from './fund.service';

const MAX_FILE_BYTES = 10 * 1024 * 1024;
const OPEN_BOOK_TYPES = /\.(pdf|xlsx|csv)$/i;

/** Compensation requests and the fund ledger (issue 5, item 3). */
export function fundRoutes(db: Db): FastifyPluginAsyncZod {
  return async (app) => {
    await app.register(fastifyMultipart, { limits: { fileSize: MAX_FILE_BYTES, files: 1, fields: 10 } });
    const tags = ['compensatie'];
    app.get('/plans/:id/compensation-requests', { schema: { params: ZPlanId, tags } }, async (request) =>
      listRequests({ db, actor: requireActor(request), planId: request.params.id }),
    );
    app.post(
      '/plans/:id/compensation-requests',
      { schema: { params: ZPlanId, tags } },
      async (request, reply) => {
        const actor = requireActor(request);
        const raw: Record<string, unknown> = {};
        let openBook: OpenBook | null = null;
        if (request.isMultipart()) {
          for await (const part of request.parts()) {
            if (part.type === 'file') {
              const content = await part.toBuffer().catch(() => {
                throw new AppError('validation', 'Het open-boekbestand is te groot (maximaal 10 MB).', [
                  { path: 'openBook', message: 'Het bestand is te groot (maximaal 10 MB).' },
                ]);
              });
              if (content.length === 0) continue;
              if (!OPEN_BOOK_TYPES.test(part.filename)) {
                throw new AppError('validation', 'Niet alle velden zijn goed ingevuld.', [
                  { path: 'openBook', message: 'Lever het open boek aan als PDF, XLSX of CSV.' },
                ]);
              }
              openBook = { name: part.filename, type: part.mimetype, content };
            } else raw[part.fieldname] = part.value;
          }
          raw.elsewhereChecked = raw.elsewhereChecked === 'true' || raw.elsewhereChecked === 'on';
        } else Object.assign(raw, request.body ?? {});
        const parsed = ZRequestFields.safeParse(raw);
        if (!parsed.success) {
          throw new AppError(
            'validation',
            'Niet alle velden zijn goed ingevuld.',
            parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
          );
        }
        const result = await fileRequest({
          db,
          actor,
          planId: request.params.id,
          fields: parsed.data,
          openBook,
        });
        return reply.status(201).send(result);
      },
    );
    app.get(
      '/compensation-requests/:id/open-book',
      { schema: { params: ZRequestId, tags } },
      async (request, reply) => {
        const file = await openBookFile({ db, actor: requireActor(request), id: request.params.id });
        return reply
          .header('content-type', file.type)
          .header('content-disposition', `attachment; filename="${file.name.replace(/[^\w.\- ]/g, '_')}"`)
          .header('cache-control', 'private, no-store')
          .send(file.content);
      },
    );
    app.post(
      '/compensation-requests/:id/decision',
      { schema: { params: ZRequestId, body: ZDecision, tags } },
      async (request) =>
        decideRequest({ db, actor: requireActor(request), id: request.params.id, body: request.body }),
    );
    app.get('/municipalities/:code/fund', { schema: { params: ZMunicipalityCode, tags } }, async (request) =>
      getFund({ db, actor: requireActor(request), municipalityCode: request.params.code }),
    );
    app.post(
      '/municipalities/:code/fund/entries',
      { schema: { params: ZMunicipalityCode, body: ZFundEntry, tags } },
      async (request, reply) => {
        const result = await bookEntry({
          db,
          actor: requireActor(request),
          municipalityCode: request.params.code,
          body: request.body,
        });
        return reply.status(201).send(result);
      },
    );
  };
}

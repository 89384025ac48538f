import fastifyMultipart from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../auth/auth.plugin';
import type { Db } from '../db/client';
import { AppError, toFieldErrors } from '../http/errors';
import { ZMunicipalityCode } from '../instruments/instruments.schema';
import { ZPlanId } from '../plans/plans.schema';
import { ZDecision, ZFundEntry, ZRequestFields, ZRequestId } from './fund.schema';
import { bookEntry, getFund } from './ledger.service';
import { attachmentHeader, checkOpenBook, MAX_OPEN_BOOK_BYTES, type OpenBook } from './open-book';
import { decideRequest, fileRequest, listRequests, openBookFile } from './requests.service';

const tooLarge = () =>
  new AppError('validation', 'Het open boek is te groot (maximaal 10 MB).', [
    { path: 'openBook', message: 'Het bestand is te groot (maximaal 10 MB).' },
  ]);

/** The request's fields and its optional file `openBook`, from a multipart form or a JSON body. */
async function readRequestForm(request: FastifyRequest) {
  const raw: Record<string, unknown> = {};
  let openBook: OpenBook | null = null;
  if (request.isMultipart()) {
    for await (const part of request.parts()) {
      if (part.type === 'file') {
        const content = await part.toBuffer().catch(() => {
          throw tooLarge();
        });
        if (part.fieldname === 'openBook' && content.length > 0)
          openBook = checkOpenBook(part.filename, content);
      } else raw[part.fieldname] = part.value;
    }
    // A checkbox in a form: "true" or "on" when ticked, absent otherwise.
    raw.elsewhereChecked = raw.elsewhereChecked === 'true' || raw.elsewhereChecked === 'on';
  } else Object.assign(raw, request.body ?? {});
  const parsed = ZRequestFields.safeParse(raw);
  if (!parsed.success) {
    throw new AppError(
      'validation',
      'Niet alle velden zijn goed ingevuld.',
      toFieldErrors(parsed.error.issues),
    );
  }
  return { fields: parsed.data, openBook };
}

/** Compensation requests and the fund ledger (issue 5, item 3). No route changes or removes an entry. */
export function fundRoutes(db: Db): FastifyPluginAsyncZod {
  return async (app) => {
    await app.register(fastifyMultipart, { limits: { fileSize: MAX_OPEN_BOOK_BYTES, files: 1, fields: 10 } });
    const tags = ['compensatie'];
    app.get('/plans/:id/compensation-requests', { schema: { params: ZPlanId, tags } }, async (request) =>
      listRequests({ db, actor: requireActor(request), planId: request.params.id }),
    );
    app.post(
      '/plans/:id/compensation-requests',
      { schema: { params: ZPlanId, tags } },
      async (request, reply) => {
        const actor = requireActor(request);
        const { fields, openBook } = await readRequestForm(request);
        const result = await fileRequest({ db, actor, planId: request.params.id, fields, openBook });
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
          .header('content-disposition', attachmentHeader(file.name))
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
        const actor = requireActor(request);
        const result = await bookEntry({
          db,
          actor,
          municipalityCode: request.params.code,
          body: request.body,
        });
        return reply.status(201).send(result);
      },
    );
  };
}

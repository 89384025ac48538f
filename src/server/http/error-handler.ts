import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, ERROR_TITLES, type FieldError } from './errors';

/** Writes every error as application/problem+json with Dutch text (api-contract.md). */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      return reply
        .status(error.status)
        .type('application/problem+json')
        .send({
          type: 'about:blank',
          title: ERROR_TITLES[error.code],
          status: error.status,
          detail: error.message,
          ...(error.errors ? { errors: error.errors } : {}),
          ...error.extra,
        });
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const errors: FieldError[] = error.validation.map((issue) => ({
        path: issue.instancePath.replace(/^\//, '').replaceAll('/', '.'),
        message: issue.message ?? 'Ongeldige waarde.',
      }));
      return reply.status(422).type('application/problem+json').send({
        type: 'about:blank',
        title: ERROR_TITLES.validation,
        status: 422,
        detail: 'Niet alle velden zijn goed ingevuld.',
        errors,
      });
    }
    const status =
      error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
    if (status === 500) request.log.error(error);
    return reply
      .status(status)
      .type('application/problem+json')
      .send({
        type: 'about:blank',
        title: status === 500 ? 'Er ging iets mis' : 'Ongeldig verzoek',
        status,
        detail:
          status === 500
            ? 'Er ging iets mis op de server. Probeer het opnieuw; je invoer is niet opgeslagen.'
            : 'Het verzoek kon niet worden verwerkt.',
      });
  });
}

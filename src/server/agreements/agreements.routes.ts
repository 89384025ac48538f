import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db } from '../db/client';

/** Issue 6: this area's routes (filled in by the area). */
export function agreementRoutes(_db: Db): FastifyPluginAsyncZod {
  return async () => {};
}

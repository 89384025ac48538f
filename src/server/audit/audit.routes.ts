import { and, desc, eq, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Actor } from '../auth/actor';
import { requireActor } from '../auth/auth.plugin';
import { visiblePlans } from '../auth/visibility';
import type { Db } from '../db/client';
import { auditLog, organisations, planParties, plans, users } from '../db/schema';
import { AppError } from '../http/errors';

const ZAuditQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

/**
 * What an admin may read of the audit log: everything done by their own organisation, and the changes to
 * plans they may see. Business cases in before/after are removed unless the admin may see them.
 */
function visibleEntries(actor: Actor): SQL {
  const visiblePlanIds = sql`select ${plans.id}::text from ${plans} where ${visiblePlans(actor)}`;
  return or(
    eq(auditLog.organisationId, actor.organisationId),
    and(eq(auditLog.entityType, 'plan'), sql`${auditLog.entityId} in (${visiblePlanIds})`),
  ) as SQL;
}

function redact(value: unknown): unknown {
  if (!value || typeof value !== 'object') return value;
  const { businessCase: _hidden, ...rest } = value as Record<string, unknown>;
  return 'businessCase' in value ? { ...rest, businessCase: '(vertrouwelijk)' } : rest;
}

/** GET /audit-log, for admins. */
export function auditRoutes(db: Db): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/audit-log', { schema: { querystring: ZAuditQuery, tags: ['beheer'] } }, async (request) => {
      const actor = requireActor(request);
      if (actor.role !== 'admin') throw new AppError('forbidden', 'Alleen beheerders zien het auditlog.');
      const where = visibleEntries(actor);
      const [rows, [count]] = await Promise.all([
        db
          .select({
            entry: auditLog,
            userName: users.name,
            email: users.email,
            organisationName: organisations.name,
          })
          .from(auditLog)
          .leftJoin(users, eq(users.id, auditLog.userId))
          .leftJoin(organisations, eq(organisations.id, auditLog.organisationId))
          .where(where)
          .orderBy(desc(auditLog.id))
          .limit(request.query.limit)
          .offset(request.query.offset),
        db.select({ n: sql<number>`count(*)::int` }).from(auditLog).where(where),
      ]);
      const planIds = [
        ...new Set(rows.filter((r) => r.entry.entityType === 'plan').map((r) => r.entry.entityId ?? '')),
      ];
      const mine = planIds.length
        ? await db
            .select({ id: plans.id })
            .from(plans)
            .where(
              and(
                inArray(plans.id, planIds),
                or(
                  eq(plans.ownerOrganisationId, actor.organisationId),
                  sql`exists (select 1 from ${planParties} where ${planParties.planId} = ${plans.id} and ${planParties.organisationId} = ${actor.organisationId})`,
                ),
              ),
            )
        : [];
      const maySeeCase = new Set(mine.map((p) => p.id));
      return {
        total: count?.n ?? 0,
        items: rows.map(({ entry, userName, email, organisationName }) => {
          const hide = entry.entityType === 'plan' && !maySeeCase.has(entry.entityId ?? '');
          return {
            id: entry.id,
            at: entry.at.toISOString(),
            actor: userName ? { name: userName, email, organisationName } : null,
            action: entry.action,
            entityType: entry.entityType,
            entityId: entry.entityId,
            summary: entry.summary,
            before: hide ? redact(entry.before) : entry.before,
            after: hide ? redact(entry.after) : entry.after,
          };
        }),
      };
    });
  };
}

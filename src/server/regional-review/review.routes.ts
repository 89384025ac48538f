import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ReviewCriterion } from '../../core/instruments';
import { requireActor } from '../auth/auth.plugin';
import type { Db } from '../db/client';
import { ZRegionParams } from '../monitor/monitor.schema';
import { ZPlanId } from '../plans/plans.schema';
import { ZAdviseReview, ZFramework, ZScoreReview } from './review.schema';
import {
  adviseReview,
  getFramework,
  getPlanReview,
  listReviews,
  putFramework,
  scoreReview,
} from './review.service';

/** The regional review of plans of 50 homes or more (issue 5, item 5). */
export function reviewRoutes(db: Db): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['regionale toets'];
    app.get('/reviews', { schema: { tags } }, async (request) =>
      listReviews({ db, actor: requireActor(request) }),
    );
    app.get('/plans/:id/review', { schema: { params: ZPlanId, tags } }, async (request) =>
      getPlanReview({ db, actor: requireActor(request), planId: request.params.id }),
    );
    app.put('/plans/:id/review', { schema: { params: ZPlanId, body: ZScoreReview, tags } }, async (request) =>
      scoreReview({ db, actor: requireActor(request), planId: request.params.id, body: request.body }),
    );
    app.post(
      '/plans/:id/review/advice',
      { schema: { params: ZPlanId, body: ZAdviseReview, tags } },
      async (request) =>
        adviseReview({ db, actor: requireActor(request), planId: request.params.id, body: request.body }),
    );
    app.get(
      '/regions/:regionId/review-framework',
      { schema: { params: ZRegionParams, tags } },
      async (request) =>
        getFramework({ db, actor: requireActor(request), regionId: request.params.regionId }),
    );
    app.put(
      '/regions/:regionId/review-framework',
      { schema: { params: ZRegionParams, body: ZFramework, tags } },
      async (request) =>
        putFramework({
          db,
          actor: requireActor(request),
          regionId: request.params.regionId,
          criteria: request.body.criteria as ReviewCriterion[],
        }),
    );
  };
}

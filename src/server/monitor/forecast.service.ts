import { eq } from 'drizzle-orm';
import { DEFAULT_FORECAST_PARAMETERS, runForecast, ZForecastParameters } from '../../core/monitor';
import { writeAudit } from '../audit/audit';
import type { Actor } from '../auth/actor';
import type { Db } from '../db/client';
import { regionSettings } from '../db/schema';
import { AppError, toFieldErrors } from '../http/errors';
import { loadMonitorInputs } from './monitor.inputs';
import type { TForecastRequest } from './monitor.schema';
import { assertRegionAdmin, requireRegion } from './targets.service';

/**
 * POST /regions/{id}/forecast: the Monte Carlo forecast over the plans the actor may count, with the region's
 * parameters. The same seed gives the same answer (core/monitor/forecast.ts).
 */
export async function runRegionForecast({
  db,
  actor,
  regionId,
  body,
}: {
  db: Db;
  actor: Actor;
  regionId: string;
  body: TForecastRequest;
}) {
  const inputs = await loadMonitorInputs(db, actor, regionId);
  return runForecast({
    plans: inputs.plans,
    targets: inputs.targets.filter((target) => target.municipalityCode !== null),
    realisations: inputs.realisations,
    parameters: inputs.parameters,
    runs: body.runs,
    seed: body.seed,
    horizonYear: body.horizonYear,
    scenario: body.scenario,
  });
}

/** The region's forecast parameters (the defaults until its admin changes them). */
export async function getForecastParameters({
  db,
  actor,
  regionId,
}: {
  db: Db;
  actor: Actor;
  regionId: string;
}) {
  const inputs = await loadMonitorInputs(db, actor, regionId);
  return {
    parameters: inputs.parameters,
    custom: inputs.parametersCustom,
  };
}

/** Replaces the region's forecast parameters after validating them whole (region admin only). */
export async function putForecastParameters({
  db,
  actor,
  regionId,
  body,
}: {
  db: Db;
  actor: Actor;
  regionId: string;
  body: unknown;
}) {
  const region = await requireRegion(db, actor, regionId);
  assertRegionAdmin(actor);
  const parsed = ZForecastParameters.safeParse(body);
  if (!parsed.success) {
    throw new AppError('validation', 'De parameters zijn niet geldig.', toFieldErrors(parsed.error.issues));
  }
  await db.transaction(async (tx) => {
    await tx
      .insert(regionSettings)
      .values({
        regionId: region.id,
        forecastParameters: parsed.data as unknown as Record<string, unknown>,
        updatedBy: actor.userId,
      })
      .onConflictDoUpdate({
        target: regionSettings.regionId,
        set: {
          forecastParameters: parsed.data as unknown as Record<string, unknown>,
          updatedAt: new Date(),
          updatedBy: actor.userId,
        },
      });
    await writeAudit(tx, actor, {
      action: 'update',
      entityType: 'forecastParameters',
      entityId: region.id,
      summary: 'Parameters van de prognose gewijzigd',
      after: parsed.data,
    });
  });
  return { parameters: parsed.data, custom: true };
}

/** Back to the default parameters (data/forecast-parameters.json); region admin only, recorded in the audit log. */
export async function resetForecastParameters({
  db,
  actor,
  regionId,
}: {
  db: Db;
  actor: Actor;
  regionId: string;
}) {
  const region = await requireRegion(db, actor, regionId);
  assertRegionAdmin(actor);
  await db.transaction(async (tx) => {
    await tx
      .update(regionSettings)
      .set({ forecastParameters: null, updatedAt: new Date(), updatedBy: actor.userId })
      .where(eq(regionSettings.regionId, region.id));
    await writeAudit(tx, actor, {
      action: 'update',
      entityType: 'forecastParameters',
      entityId: region.id,
      summary: 'Parameters van de prognose teruggezet naar de standaardwaarden',
    });
  });
  return { parameters: DEFAULT_FORECAST_PARAMETERS, custom: false };
}

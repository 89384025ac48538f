import { and, eq } from 'drizzle-orm';
import {
  DEFAULT_FORECAST_PARAMETERS,
  type ForecastParameters,
  ZForecastParameters,
} from '../../core/monitor';
import { DEFAULT_MONITOR_SETTINGS, type MonitorSettings } from '../../core/monitor/types';
import type { Actor } from '../auth/actor';
import type { Db } from '../db/client';
import { organisations } from '../db/schema';
import { findMemberMunicipalities } from '../regions/regions.queries';
import { findMonitorPlansCached } from './monitor.cache';
import { findMonitorRealisations, findMonitorTargets, findRegionSettings } from './monitor.queries';
import { requireRegion } from './targets.service';

/** Everything the monitor and the forecast compute from, read for one actor in one region. */
export async function loadMonitorInputs(db: Db, actor: Actor, regionId: string) {
  const region = await requireRegion(db, actor, regionId);
  const memberRows = await findMemberMunicipalities(db, region.id);
  const municipalities = memberRows.map((m) => ({
    code: m.code ?? '',
    name: (m.name ?? '').replace(/^Gemeente /, ''),
    lat: m.lat,
    lon: m.lon,
  }));
  const [plans, targets, realisations, settingsRow] = await Promise.all([
    findMonitorPlansCached(db, actor, region.id),
    findMonitorTargets(db, region.id),
    findMonitorRealisations(
      db,
      municipalities.map((m) => m.code),
    ),
    findRegionSettings(db, region.id),
  ]);
  const settings: MonitorSettings = settingsRow
    ? { reserveMargin: settingsRow.reserveMargin, staleAfterMonths: settingsRow.staleAfterMonths }
    : DEFAULT_MONITOR_SETTINGS;
  return {
    region,
    municipalities,
    plans,
    targets,
    realisations,
    settings,
    parameters: parseStoredParameters(settingsRow?.forecastParameters),
    /** Whether the region stored valid parameters of its own (else the defaults apply). */
    parametersCustom: ZForecastParameters.safeParse(settingsRow?.forecastParameters).success,
    settingsUpdatedAt: settingsRow?.updatedAt.toISOString() ?? null,
  };
}
export type MonitorInputs = Awaited<ReturnType<typeof loadMonitorInputs>>;

/** Stored parameters are validated when read back; invalid or absent ones fall back to the defaults. */
function parseStoredParameters(value: unknown): ForecastParameters {
  if (!value) return DEFAULT_FORECAST_PARAMETERS;
  const parsed = ZForecastParameters.safeParse(value);
  return parsed.success ? parsed.data : DEFAULT_FORECAST_PARAMETERS;
}

/**
 * The regional office as an actor, for the scheduled job: it counts every plan of the region that is not a
 * private draft (api-contract.md), and acts in the audit log as "Systeem".
 */
export async function regionOfficeActor(
  db: Db,
  region: { id: string; slug: string; name: string },
): Promise<Actor | null> {
  const [office] = await db
    .select()
    .from(organisations)
    .where(and(eq(organisations.regionId, region.id), eq(organisations.kind, 'region')));
  if (!office) return null;
  return {
    userId: '00000000-0000-0000-0000-000000000000',
    email: 'systeem@woonregie.test',
    name: 'Systeem',
    role: 'viewer',
    organisationId: office.id,
    organisationName: office.name,
    organisationKind: 'region',
    cbsCode: null,
    regionId: region.id,
    regionSlug: region.slug,
    regionName: region.name,
  };
}

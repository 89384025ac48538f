/**
 * The web app's only door to the server: typed fetch calls to /api/v1 (the web never imports src/server).
 * The response types mirror ../shared/design/api-contract.md.
 */
import type { FeatureCollection } from 'geojson';
import type {
  ForecastParameters,
  ForecastResult,
  MonitorAggregate,
  MonitorSettings,
  MonitorSignal,
  OccupiedCapacity,
} from '../core/monitor';
import type {
  Hardness,
  NationalLimits,
  NormsResult,
  PartyRole,
  Phase,
  PlanningStatus,
  PlanType,
  Segment,
  TBusinessCase,
  TPlanInput,
  Visibility,
} from '../core/programme';

export interface FieldError {
  path: string;
  message: string;
}

/** An error answer of the API (application/problem+json), with Dutch messages. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errors: FieldError[] = [],
    readonly body: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/**
 * The field errors of a failed request by path, for the messages next to the fields; `pathOf` maps the API's path
 * onto the form's (e.g. `answers.scale` → `scale`). Empty for anything that is not an ApiError.
 */
export function fieldErrors(
  error: unknown,
  pathOf: (path: string) => string = (path) => path,
): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  return Object.fromEntries(error.errors.map((e) => [pathOf(e.path), e.message]));
}

export type Role = 'viewer' | 'editor' | 'admin';
export type OrganisationKind =
  | 'region'
  | 'municipality'
  | 'housingAssociation'
  | 'tenantOrganisation'
  | 'developer'
  | 'province'
  | 'adviser';

export interface Me {
  id: string;
  email: string;
  name: string;
  role: Role;
  organisation: { id: string; name: string; kind: OrganisationKind; cbsCode: string | null };
  region: { id: string; slug: string; name: string };
}

export interface Organisation {
  id: string;
  key: string;
  name: string;
  kind: OrganisationKind;
  cbsCode: string | null;
}

export interface Municipality {
  code: string;
  name: string;
  organisationId: string;
  member: boolean;
  centre: { lat: number; lon: number } | null;
}

export interface Plan extends Omit<TPlanInput, 'businessCase' | 'parties'> {
  id: string;
  externalId: string | null;
  municipalityName: string;
  owner: { id: string; name: string };
  version: number;
  hardness: Hardness;
  planType: PlanType | null;
  parties: { organisationId: string; organisationName: string; role: PartyRole }[];
  businessCase?: TBusinessCase | null;
  fictional: boolean;
  programmeStatus: { status: 'active' | 'onHold' | 'withdrawn'; reason: string | null; at: string | null };
  totals: {
    homes: number;
    socialRentHomes: number;
    affordableHomes: number;
    socialRentShare: number;
    affordableShare: number;
  };
  norms: NormsResult;
  permissions: { canEdit: boolean; canSeeBusinessCase: boolean };
  createdAt: string;
  updatedAt: string;
}

export interface PlanList {
  items: Plan[];
  total: number;
  totals: { plans: number; homes: number; socialRentHomes: number; affordableHomes: number };
}

export interface PlanVersion {
  version: number;
  changedAt: string;
  changedBy: { name: string; organisationName: string };
  changes: { field: string; before: unknown; after: unknown }[];
}

interface Planned {
  homes: number;
  bySegment: Record<Segment, number>;
  socialRentShare: number;
  affordableShare: number;
}

export interface RegionOverview {
  region: {
    id: string;
    slug: string;
    name: string;
    target: {
      periodStart: number;
      periodEnd: number;
      homes: number | null;
      socialRentHomes: number | null;
      source: string | null;
    };
    planned: Planned;
    delivered: { homes: number; socialRentHomes: number; demo: boolean };
  };
  municipalities: {
    code: string;
    name: string;
    target: { homes: number | null; socialRentHomes: number | null; demo: boolean; source: string | null };
    planned: Planned;
    delivered: { homes: number; socialRentHomes: number; demo: boolean };
  }[];
}

/** A plan as a point on a map. */
export interface MapPlanPoint {
  id: string;
  name: string;
  municipalityCode: string;
  lat: number;
  lon: number;
  homes: number;
  hardness: Hardness;
}

export interface RegionMap {
  boundaries: FeatureCollection | null;
  attribution: string;
  municipalities: { code: string; name: string; centre: { lat: number; lon: number } | null }[];
  plans: (MapPlanPoint & { phase: Phase })[];
}

export interface AuditEntry {
  id: number;
  at: string;
  actor: { name: string; email: string | null; organisationName: string | null } | null;
  action: string;
  entityType: string;
  entityId: string | null;
  summary: string;
  before: unknown;
  after: unknown;
}

export type BottleneckStatus = 'open' | 'inProgress' | 'resolved';

export interface Bottleneck {
  id: string;
  kind: 'behindTrajectory' | 'shareBelowNorm' | 'stalePlan' | 'lowForecast' | 'scheduleDelay' | 'manual';
  signalKey: string | null;
  municipalityCode: string | null;
  plan: { id: string; name: string } | null;
  title: string;
  detail: string;
  status: BottleneckStatus;
  owner: { id: string; name: string } | null;
  note: string | null;
  createdAt: string;
  updatedAt: string;
  permissions: { canEdit: boolean };
  /** The meetings whose agenda has this bottleneck, by date, with the decision once taken. */
  agenda: { meetingId: string; meetingTitle: string; startsAt: string; decision: string | null }[];
}

export interface Target {
  municipalityCode: string | null;
  periodStart: number;
  periodEnd: number;
  homes: number;
  bySegment: Partial<Record<Segment, number>>;
  source: string | null;
  demo: boolean;
  updatedAt: string;
}

export interface Monitor {
  region: {
    target: number;
    delivered: number;
    planned: number;
    planCapacity: { hard: number; soft: number };
  };
  generatedAt: string;
  regionInfo: { id: string; slug: string; name: string };
  settings: MonitorSettings & { rationale: { text: string; sources: string[] }; updatedAt: string | null };
  details: MonitorAggregate;
  occupied: OccupiedCapacity[];
  freed: { planId: string; name: string; municipalityCode: string; status: string; homes: number }[];
  changes: {
    since: { id: string; quarter: string; takenAt: string };
    added: { id: string; name: string; municipalityCode: string; homes: number }[];
    dropped: { id: string; name: string; municipalityCode: string; homes: number; status: string }[];
    moved: {
      id: string;
      name: string;
      municipalityCode: string;
      homes: number;
      from: { phase: Phase };
      to: { phase: Phase };
    }[];
    delayed: {
      id: string;
      name: string;
      municipalityCode: string;
      homes: number;
      from: number;
      to: number;
    }[];
  } | null;
  signals: MonitorSignal[];
  map: MonitorMapData | null;
}

/** The `map` field of GET /regions/{id}/monitor: boundaries and the plans as points. */
export interface MonitorMapData {
  boundaries: FeatureCollection | null;
  attribution: string;
  plans: MapPlanPoint[];
}

/** A stored quarterly snapshot of the programme. */
export interface SnapshotSummary {
  id: string;
  quarter: string;
  kind: 'manual' | 'scheduled';
  takenAt: string;
}

interface SnapshotEntry {
  id: string;
  name: string;
  municipalityCode: string;
  homes: number;
}

/** What changed between two snapshots (GET /regions/{id}/snapshots/compare). */
export interface SnapshotComparison {
  from: { id: string; quarter: string; takenAt: string };
  to: { id: string; quarter: string; takenAt: string };
  added: SnapshotEntry[];
  dropped: (SnapshotEntry & { status: string })[];
  moved: (SnapshotEntry & {
    from: { phase: Phase; hardness: Hardness };
    to: { phase: Phase; hardness: Hardness };
  })[];
  delayed: (SnapshotEntry & { from: number; to: number; years: number })[];
  byMunicipality: { code: string; added: number; dropped: number; moved: number; delayed: number }[];
}

export interface DemoInfo {
  password: string;
  accounts: { email: string; role: Role; organisationName: string }[];
}

export type {
  ForecastResult,
  Hardness,
  MonitorAggregate,
  NationalLimits,
  Phase,
  PlanningStatus,
  Segment,
  Visibility,
};

/** A JSON call to /api/v1; a failure throws ApiError with the server's Dutch detail and field errors. */
export async function request<T>(method: string, url: string, body?: unknown): Promise<T> {
  const response = await fetch(`/api/v1${url}`, {
    method,
    credentials: 'same-origin',
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  const data = text ? (JSON.parse(text) as Record<string, unknown>) : {};
  if (!response.ok) {
    const message =
      typeof data.detail === 'string' ? data.detail : `Er ging iets mis (HTTP ${response.status}).`;
    throw new ApiError(response.status, message, (data.errors as FieldError[] | undefined) ?? [], data);
  }
  return data as T;
}

/** Turns a filter object into a query string, leaving out empty values. */
export function toQuery(params: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

export const api = {
  login: (email: string, password: string) => request<{ user: Me }>('POST', '/session', { email, password }),
  logout: () => request<unknown>('DELETE', '/session'),
  me: () => request<{ user: Me }>('GET', '/me'),
  demoInfo: () => request<DemoInfo>('GET', '/demo-info'),
  organisations: () => request<{ items: Organisation[] }>('GET', '/organisations'),
  municipalities: () => request<{ items: Municipality[] }>('GET', '/municipalities'),
  nationalLimits: () => request<{ items: NationalLimits[] }>('GET', '/national-limits'),
  plans: (query: string) => request<PlanList>('GET', `/plans${query}`),
  plan: (id: string) => request<Plan>('GET', `/plans/${encodeURIComponent(id)}`),
  planVersions: (id: string) =>
    request<{ items: PlanVersion[] }>('GET', `/plans/${encodeURIComponent(id)}/versions`),
  createPlan: (body: unknown) => request<Plan>('POST', '/plans', body),
  updatePlan: (id: string, body: unknown) => request<Plan>('PATCH', `/plans/${encodeURIComponent(id)}`, body),
  regionOverview: (slug: string) =>
    request<RegionOverview>('GET', `/regions/${encodeURIComponent(slug)}/overview`),
  regionMap: (slug: string) => request<RegionMap>('GET', `/regions/${encodeURIComponent(slug)}/map`),
  bottlenecks: (query: string) => request<{ items: Bottleneck[] }>('GET', `/bottlenecks${query}`),
  createBottleneck: (body: unknown) => request<Bottleneck>('POST', '/bottlenecks', body),
  updateBottleneck: (id: string, body: unknown) =>
    request<Bottleneck>('PATCH', `/bottlenecks/${encodeURIComponent(id)}`, body),
  targets: (slug: string) =>
    request<{
      settings: {
        reserveMargin: number;
        staleAfterMonths: number;
        rationale: { text: string; sources: string[] };
      };
      region: Target | null;
      municipalities: Target[];
    }>('GET', `/regions/${encodeURIComponent(slug)}/targets`),
  putTarget: (slug: string, code: string, body: unknown) =>
    request<unknown>('PUT', `/regions/${encodeURIComponent(slug)}/targets/${encodeURIComponent(code)}`, body),
  putRealisation: (slug: string, body: unknown) =>
    request<unknown>('PUT', `/regions/${encodeURIComponent(slug)}/realisations`, body),
  putMonitorSettings: (slug: string, body: unknown) =>
    request<unknown>('PUT', `/regions/${encodeURIComponent(slug)}/monitor-settings`, body),
  monitor: (slug: string) => request<Monitor>('GET', `/regions/${encodeURIComponent(slug)}/monitor`),
  forecast: (slug: string, body: { runs: number; seed: number; horizonYear: number; scenario: string }) =>
    request<ForecastResult>('POST', `/regions/${encodeURIComponent(slug)}/forecast`, body),
  forecastParameters: (slug: string) =>
    request<{ parameters: ForecastParameters; custom: boolean }>(
      'GET',
      `/regions/${encodeURIComponent(slug)}/forecast-parameters`,
    ),
  putForecastParameters: (slug: string, body: ForecastParameters) =>
    request<{ parameters: ForecastParameters; custom: boolean }>(
      'PUT',
      `/regions/${encodeURIComponent(slug)}/forecast-parameters`,
      body,
    ),
  resetForecastParameters: (slug: string) =>
    request<{ parameters: ForecastParameters; custom: boolean }>(
      'DELETE',
      `/regions/${encodeURIComponent(slug)}/forecast-parameters`,
    ),
  snapshots: (slug: string) =>
    request<{ items: SnapshotSummary[] }>('GET', `/regions/${encodeURIComponent(slug)}/snapshots`),
  compareSnapshots: (slug: string, from: string, to: string) =>
    request<SnapshotComparison>(
      'GET',
      `/regions/${encodeURIComponent(slug)}/snapshots/compare?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`,
    ),
  takeSnapshot: (slug: string) =>
    request<unknown>('POST', `/regions/${encodeURIComponent(slug)}/snapshots`, {}),
  recordSignals: (slug: string) =>
    request<{ created: number }>(
      'POST',
      `/regions/${encodeURIComponent(slug)}/bottlenecks/record-signals`,
      {},
    ),
  setProgrammeStatus: (id: string, body: { status: string; reason: string; version: number }) =>
    request<Plan>('POST', `/plans/${encodeURIComponent(id)}/programme-status`, body),
  auditLog: (query: string) => request<{ items: AuditEntry[]; total: number }>('GET', `/audit-log${query}`),
};

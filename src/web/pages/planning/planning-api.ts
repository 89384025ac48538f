/**
 * The planning page's calls to /api/v1 (route map and a plan's schedule), typed after the lead's routes.
 * They follow api.ts's `request` exactly, so they can move into api.ts's `api` object unchanged.
 */
import type { Development, Preparation, Procedure, RouteMapPhase } from '../../../core/route-map/schema';
import type { CalendarSnap, Link } from '../../../core/schedule/types';
import { ApiError, request } from '../../api';
import { uploadImport } from '../imports/upload';

/** The three answers of the route map. */
export interface RouteAnswers {
  development: Development;
  procedure: Procedure;
  preparation: Preparation;
}

/** A dependency: finish-to-start (FS) or start-to-start (SS), with a lag in weeks. */
export type ScheduleLink = Link;

/** One activity of a computed schedule (a template's or a plan's). Dates are `YYYY-MM-DD`. */
export interface Activity {
  key: string;
  name: string;
  phase: RouteMapPhase;
  durationWeeks: number;
  dependsOn: string[];
  links: ScheduleLink[];
  party: string | null;
  roles: string[];
  milestone: boolean;
  calendar: string | null;
  actualStart: string | null;
  actualEnd: string | null;
  startWeek: number;
  endWeek: number;
  start: string;
  end: string;
  critical: boolean;
  totalFloatWeeks: number;
  /** How a calendar (the council's meetings) moved the activity, when the server says. */
  snap?: CalendarSnap | null;
}

/** A template chosen by the route map, scheduled from today (POST /route-map). */
export interface RouteMapResult {
  key: string;
  label: string;
  activities: Activity[];
  start: string;
  end: string;
  durationWeeks: number;
  criticalPath: string[];
}

export interface BaselineActivity {
  key: string;
  name: string;
  start: string;
  end: string;
}

/** A plan's schedule (GET/PUT /plans/{id}/schedule). */
export interface Schedule {
  planId: string;
  variant: string;
  version: number;
  route: RouteAnswers | null;
  templateKey: string | null;
  agreedAt: string | null;
  updatedAt: string;
  baseline: BaselineActivity[] | null;
  activities: Activity[];
  start: string;
  end: string;
  durationWeeks: number;
  criticalPath: string[];
}

/** An activity as PUT takes it. */
export interface ActivityInput {
  key: string;
  name: string;
  phase: RouteMapPhase;
  durationWeeks: number;
  dependsOn: ScheduleLink[];
  party?: string;
  roles?: string[];
  milestone?: boolean;
  calendar?: string;
  actualStart?: string;
  actualEnd?: string;
}

export interface SaveScheduleBody {
  startDate: string;
  activities: ActivityInput[];
  route?: RouteAnswers;
  templateKey?: string;
  version?: number;
}

/** Whose planning: the joint one, or the municipality's or the corporation's own (to compare and agree). */
export type ScheduleVariant = 'joint' | 'municipality' | 'corporation';

const schedulePath = (planId: string, variant: string) =>
  `/plans/${encodeURIComponent(planId)}/schedule?variant=${variant}`;

/** One difference between two plannings (GET /plans/{id}/schedule/compare). */
export interface ScheduleDifference {
  key: string;
  name: string;
  label: string;
  kind: 'missing' | 'duration' | 'dependencies' | 'dates';
}

export interface ScheduleComparison {
  a: ScheduleVariant;
  b: ScheduleVariant;
  ready: boolean;
  missing: ScheduleVariant[];
  ends: { a: string; b: string } | null;
  differences: ScheduleDifference[];
}

/** One changed field of an activity in an import, its values as text. */
export interface ScheduleFieldChange {
  field: string;
  label: string;
  before: string;
  after: string;
}

/** What reading a schedule workbook back changes (POST /plans/{id}/schedule.xlsx, dry run or done). */
export interface ScheduleImportSummary {
  dryRun: boolean;
  added: { key: string; name: string }[];
  removed: { key: string; name: string }[];
  changed: { key: string; name: string; fields: string[]; changes: ScheduleFieldChange[] }[];
  answers: { questionKey: string; question: string; answer: 'ja' | 'nee' | 'nvt'; note: string | null }[];
  end: { before: string | null; after: string };
  unchanged: boolean;
}

export const planningApi = {
  /** The template for three answers, scheduled from today. */
  routeMap: (answers: RouteAnswers) => request<RouteMapResult>('POST', '/route-map', answers),
  /** The plan's schedule (joint unless said), or null when it has none yet (404). */
  schedule: async (planId: string, variant: string = 'joint'): Promise<Schedule | null> => {
    try {
      return await request<Schedule>('GET', schedulePath(planId, variant));
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) return null;
      throw error;
    }
  },
  saveSchedule: (planId: string, body: SaveScheduleBody, variant: string = 'joint') =>
    request<Schedule>('PUT', schedulePath(planId, variant), body),
  compare: (planId: string) =>
    request<ScheduleComparison>('GET', `/plans/${encodeURIComponent(planId)}/schedule/compare`),
  agree: (planId: string, from: 'municipality' | 'corporation') =>
    request<Schedule>('POST', `/plans/${encodeURIComponent(planId)}/schedule/agree`, { from }),
  /** The edited workbook read back: a dry run lists what changes, otherwise it is saved. */
  importWorkbook: (
    planId: string,
    variant: ScheduleVariant,
    file: File,
    dryRun: boolean,
    onProgress: (fraction: number) => void,
  ) =>
    uploadImport<ScheduleImportSummary>(
      `/plans/${encodeURIComponent(planId)}/schedule.xlsx?variant=${variant}&dryRun=${dryRun}`,
      file,
      onProgress,
    ),
};

import { chooseTemplate, type TemplateActivity } from '../../core/route-map';
import { computeSchedule, type ScheduleActivity } from '../../core/schedule';
import type { StaffingSchedule } from '../../core/staffing';
import type { ScheduleCalendars } from '../schedules/calendars';
import { ZRouteMapRequest } from '../schedules/schedules.schema';
import type { findScheduledPlans } from './staffing.queries';

type ScheduleRow = Awaited<ReturnType<typeof findScheduledPlans>>[number];
type StoredActivity = ScheduleActivity & Partial<Pick<TemplateActivity, 'staffing'>>;

/** Per plan the first variant in `variants` order that it has. */
export function pickVariants(rows: ScheduleRow[], variants: readonly string[]): ScheduleRow[] {
  const best = new Map<string, ScheduleRow>();
  for (const row of rows) {
    const current = best.get(row.planId);
    if (!current || variants.indexOf(row.variant) < variants.indexOf(current.variant))
      best.set(row.planId, row);
  }
  return [...best.values()];
}

/** The template's activities by key, for activities saved without staffing or party (route map edits). */
function templateActivities(route: unknown): Map<string, TemplateActivity> {
  const answers = ZRouteMapRequest.safeParse(route);
  if (!answers.success) return new Map();
  return new Map(chooseTemplate(answers.data).activities.map((activity) => [activity.key, activity]));
}

/**
 * A stored schedule dated as the planning page shows it (council calendar, unfinished work not before today),
 * with each activity's staffing and party, falling back to the route map template's. Null: it does not compute.
 */
export function toStaffingSchedule(
  row: ScheduleRow,
  calendars: ScheduleCalendars,
  today: string,
): StaffingSchedule | null {
  const activities = row.activities as unknown as StoredActivity[];
  const result = computeSchedule(activities, { start: row.startDate, today, ...calendars });
  if (!result.ok) return null;
  const template = activities.some((a) => !a.staffing || !a.party)
    ? templateActivities(row.route)
    : new Map();
  return {
    planId: row.planId,
    planName: row.planName,
    activities: result.activities.map((dated, i) => {
      const stored = activities[i] as StoredActivity;
      const fallback = template.get(stored.key);
      return {
        start: dated.start,
        end: dated.end,
        staffing: stored.staffing ?? fallback?.staffing ?? [],
        party: stored.party ?? fallback?.party ?? null,
      };
    }),
  };
}

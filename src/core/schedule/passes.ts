import { nextCalendarDay, previousCalendarDay } from './calendars';
import { formatIsoDay, requireIsoDay } from './dates';
import type { ScheduleGraph } from './graph';
import { scratchFloat64 } from './scratch';
import type { CalendarSnap, ScheduleActivity } from './types';

/** Early start, early finish and late start per position, in days from the project start; scratch arrays. */
export interface SchedulePasses {
  es: Float64Array;
  ef: Float64Array;
  ls: Float64Array;
  /** The latest early finish: the project end. */
  end: number;
  snaps: (CalendarSnap | null)[] | null;
}

interface PassInput {
  activities: readonly ScheduleActivity[];
  graph: ScheduleGraph;
  projectStart: number;
  /** Days from the project start, or -Infinity without a date of measurement. */
  today: number;
  calendars: (number[] | undefined)[] | null;
  /** The name of the calendar milestones without their own follow (ScheduleOptions.milestoneCalendar). */
  milestoneCalendar?: string | undefined;
}

/**
 * The critical path method's two passes, in days so that actual and calendar dates stay exact.
 * Forward: an activity starts at the latest of what its links allow (FS: predecessor's finish + lag; SS:
 * predecessor's start + lag), the project start and `today`, then on its calendar's next date. An activity
 * that actually started keeps its actual dates; without an actual end it runs its duration, or until today.
 * Backward: the late finish is the project end, lowered by every successor (FS: its late start − lag; SS: its
 * late start − lag + own duration). A successor that has started no longer constrains its predecessors.
 */
export function runPasses(input: PassInput): SchedulePasses {
  const { activities, graph, projectStart, today, calendars } = input;
  const { order, predStart, pred } = graph;
  const n = activities.length;
  const es = scratchFloat64(0, n);
  const ef = scratchFloat64(1, n);
  let snaps: (CalendarSnap | null)[] | null = null;
  let end = n === 0 ? 0 : Number.NEGATIVE_INFINITY;
  for (let o = 0; o < n; o += 1) {
    const v = order[o] as number;
    const a = activities[v] as ScheduleActivity;
    const duration = a.durationWeeks * 7;
    let start = 0;
    let finish: number;
    if (a.actualStart != null) {
      start = requireIsoDay(a.actualStart) - projectStart;
      finish =
        a.actualEnd != null ? requireIsoDay(a.actualEnd) - projectStart : Math.max(start + duration, today);
    } else {
      const first = predStart[v] as number;
      for (let e = first; e < (predStart[v + 1] as number); e += 1) {
        const p = pred[e] as number;
        const link = a.dependsOn[e - first] as ScheduleActivity['dependsOn'][number];
        const allowed = (link.type === 'FS' ? (ef[p] as number) : (es[p] as number)) + link.lagWeeks * 7;
        if (allowed > start) start = allowed;
      }
      if (today > start) start = today;
      const days = calendars?.[v];
      if (days) {
        const date = nextCalendarDay(days, start);
        snaps ??= new Array(n).fill(null);
        snaps[v] = {
          calendar: a.calendar ?? input.milestoneCalendar ?? '',
          earliest: formatIsoDay(projectStart + start),
          date: date === null ? null : formatIsoDay(projectStart + date),
        };
        if (date !== null) start = date;
      }
      finish = start + duration;
    }
    es[v] = start;
    ef[v] = finish;
    if (finish > end) end = finish;
  }
  return { es, ef, ls: backwardPass(input, es, ef, end, snaps), end, snaps };
}

function backwardPass(
  input: PassInput,
  es: Float64Array,
  ef: Float64Array,
  end: number,
  snaps: (CalendarSnap | null)[] | null,
): Float64Array {
  const { activities, graph, calendars } = input;
  const { order, predStart, pred } = graph;
  const lf = scratchFloat64(2, activities.length).fill(end, 0, activities.length);
  const ls = scratchFloat64(3, activities.length);
  for (let o = activities.length - 1; o >= 0; o -= 1) {
    const v = order[o] as number;
    const a = activities[v] as ScheduleActivity;
    let lateStart = (lf[v] as number) - ((ef[v] as number) - (es[v] as number));
    // A calendar activity can only start late on an earlier calendar date; its own early start is one.
    const days = calendars?.[v];
    if (days && snaps?.[v]?.date) lateStart = previousCalendarDay(days, lateStart) ?? lateStart;
    ls[v] = lateStart;
    if (a.actualStart != null) continue;
    const first = predStart[v] as number;
    for (let e = first; e < (predStart[v + 1] as number); e += 1) {
      const p = pred[e] as number;
      const link = a.dependsOn[e - first] as ScheduleActivity['dependsOn'][number];
      let latest = lateStart - link.lagWeeks * 7;
      if (link.type === 'SS') latest += (ef[p] as number) - (es[p] as number);
      if (latest < (lf[p] as number)) lf[p] = latest;
    }
  }
  return ls;
}

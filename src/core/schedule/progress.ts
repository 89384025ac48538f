import { requireIsoDay } from './dates';
import type { ScheduleOk } from './types';

/** How much later (positive) or earlier (negative) an activity ends than in the baseline, in weeks. */
export interface ActivitySlip {
  key: string;
  name: string;
  baselineEnd: string;
  end: string;
  slipWeeks: number;
  /** Critical in the current schedule: any further delay moves the project end. */
  critical: boolean;
}

export interface BaselineComparison {
  /** Activities in both schedules, in the current schedule's order. */
  activities: ActivitySlip[];
  /** Keys in the current schedule that the baseline lacks, and the other way round. */
  added: string[];
  removed: string[];
  baselineEnd: string;
  end: string;
  projectSlipWeeks: number;
}

const slipWeeks = (baselineEnd: string, end: string) => (requireIsoDay(end) - requireIsoDay(baselineEnd)) / 7;

/**
 * The slip of every activity and of the project end against the baseline (issue 4, item 7): compares end
 * dates, not weeks, so a baseline and a current schedule may start on different dates.
 */
export function compareWithBaseline(baseline: ScheduleOk, current: ScheduleOk): BaselineComparison {
  const baselineByKey = new Map(baseline.activities.map((a) => [a.key, a]));
  const activities: ActivitySlip[] = [];
  const added: string[] = [];
  for (const a of current.activities) {
    const before = baselineByKey.get(a.key);
    if (!before) {
      added.push(a.key);
      continue;
    }
    const slip = slipWeeks(before.end, a.end);
    activities.push({
      key: a.key,
      name: a.name,
      baselineEnd: before.end,
      end: a.end,
      slipWeeks: slip,
      critical: a.critical,
    });
  }
  const currentKeys = new Set(current.activities.map((a) => a.key));
  return {
    activities,
    added,
    removed: baseline.activities.filter((a) => !currentKeys.has(a.key)).map((a) => a.key),
    baselineEnd: baseline.end,
    end: current.end,
    projectSlipWeeks: slipWeeks(baseline.end, current.end),
  };
}

/**
 * Whether a slip is a delay on the critical path: later than the baseline and critical now, so it moves the
 * planned delivery and raises a bottleneck (issue 4, item 7; issue 3).
 */
export function isCriticalDelay(slip: ActivitySlip): boolean {
  return slip.slipWeeks > 0 && slip.critical;
}

/** The delayed activities on the critical path, in schedule order. */
export function findCriticalDelays(comparison: BaselineComparison): ActivitySlip[] {
  return comparison.activities.filter(isCriticalDelay);
}

import type { ScheduleGraph } from './graph';
import type { SchedulePasses } from './passes';
import type { ScheduleActivity } from './types';

/**
 * One chain of critical activities, as positions in topological order: from the last activity to end at the
 * project end, walk back over tight links (the predecessor alone fixes the start) to a critical predecessor.
 * The chain begins at week 0, or at an activity whose start an actual date, a calendar date or today fixes.
 */
export function findCriticalPath(
  activities: readonly ScheduleActivity[],
  graph: ScheduleGraph,
  passes: SchedulePasses,
): number[] {
  const { order, predStart, pred } = graph;
  const { es, ef, ls, end } = passes;
  let v = -1;
  for (let o = activities.length - 1; o >= 0 && v < 0; o -= 1) {
    const w = order[o] as number;
    if (ef[w] === end && ls[w] === es[w]) v = w;
  }
  const chain: number[] = [];
  while (v >= 0) {
    chain.push(v);
    const a = activities[v] as ScheduleActivity;
    const at = v;
    v = -1;
    if (a.actualStart != null) break;
    const first = predStart[at] as number;
    for (let e = first; e < (predStart[at + 1] as number) && v < 0; e += 1) {
      const p = pred[e] as number;
      const link = a.dependsOn[e - first] as ScheduleActivity['dependsOn'][number];
      const allowed = (link.type === 'FS' ? (ef[p] as number) : (es[p] as number)) + link.lagWeeks * 7;
      if (allowed === es[at] && ls[p] === es[p]) v = p;
    }
  }
  return chain.reverse();
}

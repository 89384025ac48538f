import { scratchInt32 } from './scratch';
import type { ScheduleActivity, ScheduleError } from './types';

/**
 * The dependency graph by position (index in the activity list), in flat arrays: the predecessors of activity i
 * are `pred[predStart[i]] … pred[predStart[i + 1] - 1]`, in the order of its `dependsOn`. The arrays are scratch
 * (scratch.ts): longer than needed, and valid only until the next buildGraph call.
 */
export interface ScheduleGraph {
  /** Positions in topological order: every activity after all of its predecessors. */
  order: Int32Array;
  predStart: Int32Array;
  pred: Int32Array;
}

/** Key → position; cleared per call (see scratch.ts). */
const position = new Map<string, number>();

/**
 * Resolves keys to positions and sorts the activities topologically (Kahn's algorithm, O(V + E)); refuses
 * duplicate keys, unknown dependencies and cycles with a Dutch message naming the activities.
 */
export function buildGraph(activities: readonly ScheduleActivity[]): ScheduleGraph | ScheduleError {
  const n = activities.length;
  position.clear();
  let edges = 0;
  for (let i = 0; i < n; i += 1) {
    const a = activities[i] as ScheduleActivity;
    const other = position.get(a.key);
    if (other !== undefined) return duplicateKey(activities[other] as ScheduleActivity, a);
    position.set(a.key, i);
    edges += a.dependsOn.length;
  }
  const predStart = scratchInt32(0, n + 1);
  const pred = scratchInt32(1, edges);
  const outCount = scratchInt32(2, n + 1).fill(0, 0, n + 1);
  let k = 0;
  for (let i = 0; i < n; i += 1) {
    const a = activities[i] as ScheduleActivity;
    predStart[i] = k;
    for (const link of a.dependsOn) {
      const p = position.get(link.key);
      if (p === undefined) return unknownDependency(a, link.key);
      pred[k++] = p;
      outCount[p + 1] = (outCount[p + 1] as number) + 1;
    }
  }
  predStart[n] = k;
  // Successor lists for Kahn's algorithm: outCount becomes the offsets, then a fill cursor.
  for (let i = 0; i < n; i += 1) outCount[i + 1] = (outCount[i + 1] as number) + (outCount[i] as number);
  const succStart = scratchInt32(3, n + 1);
  succStart.set(outCount.subarray(0, n + 1));
  const succ = scratchInt32(4, edges);
  for (let i = 0; i < n; i += 1) {
    for (let e = predStart[i] as number; e < (predStart[i + 1] as number); e += 1) {
      const p = pred[e] as number;
      succ[outCount[p] as number] = i;
      outCount[p] = (outCount[p] as number) + 1;
    }
  }
  const inDegree = scratchInt32(5, n);
  const order = scratchInt32(6, n);
  let tail = 0;
  for (let i = 0; i < n; i += 1) {
    inDegree[i] = (predStart[i + 1] as number) - (predStart[i] as number);
    if (inDegree[i] === 0) order[tail++] = i;
  }
  for (let head = 0; head < tail; head += 1) {
    const v = order[head] as number;
    for (let e = succStart[v] as number; e < (succStart[v + 1] as number); e += 1) {
      const s = succ[e] as number;
      inDegree[s] = (inDegree[s] as number) - 1;
      if (inDegree[s] === 0) order[tail++] = s;
    }
  }
  if (tail < n) return cycleError(activities, findCycle(inDegree.subarray(0, n), predStart, pred));
  return { order, predStart, pred };
}

/**
 * One cycle among the activities Kahn's algorithm left (in-degree > 0), in dependency order. Each of them has a
 * predecessor that is also left, so walking back from one must revisit an activity.
 */
function findCycle(inDegree: Int32Array, predStart: Int32Array, pred: Int32Array): number[] {
  const seenAt = new Int32Array(inDegree.length).fill(-1);
  const path: number[] = [];
  let v = inDegree.findIndex((d) => d > 0);
  while ((seenAt[v] as number) < 0) {
    seenAt[v] = path.length;
    path.push(v);
    for (let e = predStart[v] as number; e < (predStart[v + 1] as number); e += 1) {
      const p = pred[e] as number;
      if ((inDegree[p] as number) > 0) {
        v = p;
        break;
      }
    }
  }
  return path.slice(seenAt[v]).reverse();
}

function cycleError(activities: readonly ScheduleActivity[], positions: number[]): ScheduleError {
  const cycle = positions.map((i) => {
    const a = activities[i] as ScheduleActivity;
    return { key: a.key, name: a.name };
  });
  const names = [...cycle, cycle[0]].map((a) => a?.name).join(' → ');
  return { ok: false, error: 'cycle', cycle, message: `De afhankelijkheden vormen een kring: ${names}.` };
}

function duplicateKey(first: ScheduleActivity, second: ScheduleActivity): ScheduleError {
  return {
    ok: false,
    error: 'duplicateKey',
    activity: second.key,
    message: `'${first.name}' en '${second.name}' hebben dezelfde sleutel '${second.key}'; elke activiteit heeft een eigen sleutel.`,
  };
}

function unknownDependency(activity: ScheduleActivity, dependency: string): ScheduleError {
  return {
    ok: false,
    error: 'unknownDependency',
    activity: activity.key,
    dependency,
    message: `'${activity.name}' hangt af van '${dependency}', maar die activiteit staat niet in de planning.`,
  };
}

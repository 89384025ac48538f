import { SEGMENTS } from '../programme';
import { planHomes } from './capacity';
import type { PlanRow } from './forecast-pack';
import { type ForecastParameters, type ForecastPhase, findMaxDelay, toDelayCdf } from './forecast-parameters';
import { DRAW_LEVELS } from './forecast-random';
import type { MonitorPlan } from './types';

/**
 * The deliveries a plan is simulated with, as offsets from this year, ascending, within the `years` simulated:
 * its planned deliveries, those before this year moved to this year (late, not lost); without a delivery
 * planning, all its homes in this year + the phase's lead time (leadTimeYears, facts-region.md §4.4–4.5).
 * Later ones are dropped: a delay only makes them later still.
 */
export function plannedDeliveries(
  plan: MonitorPlan,
  parameters: ForecastParameters,
  thisYear: number,
  years: number,
): { offset: number; homes: number }[] {
  const out: { offset: number; homes: number }[] = [];
  const add = (year: number, homes: number) => {
    const offset = Math.max(year, thisYear) - thisYear;
    if (homes <= 0 || offset >= years) return;
    const same = out.find((d) => d.offset === offset);
    if (same) same.homes += homes;
    else out.push({ offset, homes });
  };
  for (const d of plan.deliveries) add(d.year, d.homes);
  if (!plan.deliveries.some((d) => d.homes > 0)) {
    add(thisYear + parameters.leadTimeYears[plan.phase as ForecastPhase].value, planHomes(plan));
  }
  return out.sort((a, b) => a.offset - b.offset);
}

const SEGMENT_INDEX = new Map(SEGMENTS.map((segment, s) => [segment, s]));
const UNKNOWN = SEGMENTS.indexOf('unknown');

/**
 * Adds a plan's expected homes per year and segment: the chance of each delay as the simulation applies it
 * (its share of the draw levels) · homes · the segment's share. So the expectation is exactly the simulated
 * model's, without sampling noise.
 */
export function addExpected(means: Float64Array, plan: MonitorPlan, row: PlanRow, years: number): void {
  const total = planHomes(plan);
  // Without segment lines every home is unknown.
  const lines = total > 0 ? plan.segments : [{ segment: 'unknown' as const, homes: 1 }];
  for (const line of lines) {
    const share = line.homes / (total || 1);
    const s = SEGMENT_INDEX.get(line.segment) ?? UNKNOWN;
    for (const delivery of row.deliveries) {
      for (let d = 0; d < row.thresholds.length && delivery.offset + d < years; d += 1) {
        const levels = (row.thresholds[d] as number) - (d ? (row.thresholds[d - 1] as number) : 0);
        const chance = levels / DRAW_LEVELS;
        const at = (delivery.offset + d) * SEGMENTS.length + s;
        means[at] = (means[at] as number) + chance * delivery.homes * share;
      }
    }
  }
}

/**
 * What one home of new hard plan capacity is expected to deliver by the horizon: the chance it goes ahead times
 * the chance its delay still fits between the phase's lead time and the horizon (extraCapacityPhase).
 */
export function expectYield(parameters: ForecastParameters, yearsLeft: number): number {
  const phase = parameters.extraCapacityPhase.value;
  const rule = parameters.rules[phase].hard;
  const slack = yearsLeft - parameters.leadTimeYears[phase].value;
  if (slack < 0) return 0;
  return rule.goAhead.value * (toDelayCdf(rule, Math.max(slack, findMaxDelay(parameters)))[slack] ?? 1);
}

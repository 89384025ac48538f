import { countsAsCapacity, freesCapacity, planHomes } from './capacity';
import { formatDate } from './format';
import type { MonitorPlan, MonitorSettings } from './types';

/** A plan that holds plan capacity without moving ("bezet planruimte"), with the reasons in Dutch. */
export interface OccupiedCapacity {
  planId: string;
  name: string;
  municipalityCode: string;
  hardness: MonitorPlan['hardness'];
  /** The homes (plan capacity) the plan holds. */
  homes: number;
  reasons: string[];
}

/** Names in Dutch order; one collator, as `localeCompare` builds one per call. */
const byName = new Intl.Collator('nl');

/** The calendar date (yyyy-mm-dd, UTC) `months` months before `today`. */
function monthsBefore(today: Date, months: number): string {
  const date = new Date(today);
  date.setUTCMonth(date.getUTCMonth() - months);
  return date.toISOString().slice(0, 10);
}

/**
 * Why a plan occupies capacity, in Dutch; empty when it does not. Dates compare as calendar dates (UTC):
 * a milestone has passed the day after its date, and an update on the milestone's date counts as progress.
 */
export function explainOccupied(plan: MonitorPlan, settings: MonitorSettings, today: Date): string[] {
  return reasonsFor(plan, settings.staleAfterMonths, {
    today: today.toISOString().slice(0, 10),
    staleBefore: monthsBefore(today, settings.staleAfterMonths),
  });
}

/** explainOccupied with today's date and the stale cut-off worked out once for all plans. */
function reasonsFor(
  plan: MonitorPlan,
  staleAfterMonths: number,
  dates: { today: string; staleBefore: string },
) {
  const todayDate = dates.today;
  const updated = plan.updatedAt.slice(0, 10);
  const reasons: string[] = [];
  const due = plan.nextMilestoneDate;
  if (due && due < todayDate && updated < due) {
    const label = plan.nextMilestoneLabel ? ` "${plan.nextMilestoneLabel}"` : '';
    reasons.push(`Mijlpaal${label} van ${formatDate(due)} is verstreken zonder voortgang.`);
  }
  if (updated < dates.staleBefore) {
    reasons.push(`Niet bijgewerkt sinds ${formatDate(updated)} (langer dan ${staleAfterMonths} maanden).`);
  }
  return reasons;
}

/**
 * Plans that occupy plan capacity without moving ("bezet planruimte"; seed 003, Adaptief programmeren: "Zorg
 * dat bestaande plannen de planruimte niet blijven bezetten", "Koppel termijnen aan plannen"): plans that count
 * as capacity (capacity.ts: active, not delivered, hard or soft) whose next milestone passed while the plan was
 * not updated on or after it, or that were not updated for `staleAfterMonths` months. Largest first.
 */
export function findOccupiedCapacity(
  plans: readonly MonitorPlan[],
  settings: MonitorSettings,
  today: Date,
): OccupiedCapacity[] {
  const out: OccupiedCapacity[] = [];
  const dates = {
    today: today.toISOString().slice(0, 10),
    staleBefore: monthsBefore(today, settings.staleAfterMonths),
  };
  for (const plan of plans) {
    if (!countsAsCapacity(plan)) continue;
    const reasons = reasonsFor(plan, settings.staleAfterMonths, dates);
    if (!reasons.length) continue;
    out.push({
      planId: plan.id,
      name: plan.name,
      municipalityCode: plan.municipalityCode,
      hardness: plan.hardness,
      homes: planHomes(plan),
      reasons,
    });
  }
  return out.sort((a, b) => b.homes - a.homes || byName.compare(a.name, b.name));
}

/** Capacity freed by a plan put on hold or withdrawn before delivery. */
export interface FreedCapacity {
  planId: string;
  name: string;
  municipalityCode: string;
  hardness: MonitorPlan['hardness'];
  status: MonitorPlan['programmeStatus'];
  homes: number;
}

/** Plans on hold or withdrawn (not delivered): the capacity they freed, largest first. */
export function freedCapacity(plans: readonly MonitorPlan[]): FreedCapacity[] {
  return plans
    .filter(freesCapacity)
    .map((plan) => ({
      planId: plan.id,
      name: plan.name,
      municipalityCode: plan.municipalityCode,
      hardness: plan.hardness,
      status: plan.programmeStatus,
      homes: planHomes(plan),
    }))
    .sort((a, b) => b.homes - a.homes || byName.compare(a.name, b.name));
}

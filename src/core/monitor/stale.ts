import { sumHomes } from '../programme';
import { countsAsCapacity } from './aggregate';
import type { MonitorPlan, MonitorSettings } from './types';

export interface OccupiedCapacity {
  planId: string;
  name: string;
  municipalityCode: string;
  hardness: MonitorPlan['hardness'];
  homes: number;
  reasons: string[];
}

const DAY = 24 * 60 * 60 * 1000;

/** The date `months` calendar months before `today` (UTC). */
function monthsBefore(today: Date, months: number): Date {
  const date = new Date(today);
  date.setUTCMonth(date.getUTCMonth() - months);
  return date;
}

/**
 * Plans that occupy plan capacity without moving ("bezet planruimte", seed 003, Adaptief programmeren:
 * "Zorg dat bestaande plannen de planruimte niet blijven bezetten" and "Koppel termijnen aan plannen"):
 * an active plan whose next milestone passed while the plan was not updated since, or that was not updated
 * for `staleAfterMonths` months.
 */
export function findOccupiedCapacity(
  plans: readonly MonitorPlan[],
  settings: MonitorSettings,
  today: Date,
): OccupiedCapacity[] {
  const limit = monthsBefore(today, settings.staleAfterMonths);
  const out: OccupiedCapacity[] = [];
  for (const plan of plans) {
    if (!countsAsCapacity(plan)) continue;
    const updated = new Date(plan.updatedAt);
    const reasons: string[] = [];
    if (plan.nextMilestoneDate) {
      const due = new Date(`${plan.nextMilestoneDate}T00:00:00Z`);
      if (due.getTime() < today.getTime() - DAY && updated.getTime() < due.getTime()) {
        const label = plan.nextMilestoneLabel ? `"${plan.nextMilestoneLabel}" ` : '';
        reasons.push(`Mijlpaal ${label}van ${plan.nextMilestoneDate} is verstreken zonder voortgang.`);
      }
    }
    if (updated.getTime() < limit.getTime()) {
      reasons.push(
        `Niet bijgewerkt sinds ${plan.updatedAt.slice(0, 10)} (meer dan ${settings.staleAfterMonths} maanden).`,
      );
    }
    if (reasons.length) {
      out.push({
        planId: plan.id,
        name: plan.name,
        municipalityCode: plan.municipalityCode,
        hardness: plan.hardness,
        homes: sumHomes(plan.segments),
        reasons,
      });
    }
  }
  return out.sort((a, b) => b.homes - a.homes);
}

/** Plans on hold or withdrawn: the capacity they freed. */
export function freedCapacity(plans: readonly MonitorPlan[]) {
  return plans
    .filter((plan) => plan.programmeStatus !== 'active' && plan.phase !== 'delivered')
    .map((plan) => ({
      planId: plan.id,
      name: plan.name,
      municipalityCode: plan.municipalityCode,
      status: plan.programmeStatus,
      homes: sumHomes(plan.segments),
    }))
    .sort((a, b) => b.homes - a.homes);
}

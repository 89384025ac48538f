import { Link } from 'react-router';
import type { Staffing } from './staffing-api';
import { formatFte, formatMonth, roleLabel } from './staffing-format';

interface PlanDemand {
  id: string;
  name: string;
  first: string;
  last: string;
  peak: number;
  overMonths: number;
}

/** The plans behind one role's demand: when, at most how much, and in how many over-allocated months. */
export function RolePlans({ data, role }: { data: Staffing; role: string }) {
  const row = data.roles.find((r) => r.role === role);
  if (!row) return null;
  const names = new Map(data.plans.map((plan) => [plan.id, plan.name]));
  const byPlan = new Map<string, PlanDemand>();
  for (const cell of row.cells)
    for (const share of cell.plans) {
      const plan = byPlan.get(share.planId) ?? {
        id: share.planId,
        name: names.get(share.planId) ?? share.planId,
        first: cell.month,
        last: cell.month,
        peak: 0,
        overMonths: 0,
      };
      plan.last = cell.month;
      plan.peak = Math.max(plan.peak, share.fte);
      if (cell.over) plan.overMonths += 1;
      byPlan.set(share.planId, plan);
    }
  const plans = [...byPlan.values()].sort((a, b) => b.overMonths - a.overMonths || b.peak - a.peak);
  return (
    <section className="wr-section" aria-labelledby="rol-plannen" aria-live="polite">
      <h3 className="utrecht-heading-3" id="rol-plannen">
        Plannen achter de vraag naar {roleLabel(role).toLowerCase()}
      </h3>
      {plans.length === 0 ? (
        <p className="wr-empty">Geen plan vraagt in deze periode om deze rol.</p>
      ) : (
        <ul className="utrecht-unordered-list" data-testid="role-plans">
          {plans.map((plan) => (
            <li key={plan.id} className="utrecht-unordered-list__item">
              <Link className="utrecht-link" to={`/plannen/${plan.id}/planning`}>
                {plan.name}
              </Link>
              : {formatMonth(plan.first)} tot en met {formatMonth(plan.last)}, hoogstens{' '}
              {formatFte(plan.peak)} fte
              {plan.overMonths > 0 && `; ${plan.overMonths} maanden in overbezetting`}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

import type { OverAllocation, Staffing } from './staffing-api';
import { formatFte, formatMonth, roleLabel } from './staffing-format';

/** Per role: the months with more demand than capacity, the largest shortage, and the plans that cause it. */
export function OverAllocations({ data }: { data: Staffing }) {
  const byRole = new Map<string, OverAllocation[]>();
  for (const over of data.overAllocations) byRole.set(over.role, [...(byRole.get(over.role) ?? []), over]);
  if (byRole.size === 0)
    return (
      <p className="wr-empty" data-testid="over-allocations">
        Geen overbezetting: in elke maand is de vraag per rol hoogstens de beschikbare capaciteit.
      </p>
    );
  return (
    <ul className="utrecht-unordered-list wr-staffing-overs" data-testid="over-allocations">
      {[...byRole].map(([role, months]) => {
        const worst = months.reduce((a, b) => (b.shortage > a.shortage ? b : a));
        const plans = new Map<string, { name: string; fte: number }>();
        for (const month of months)
          for (const plan of month.plans) {
            const known = plans.get(plan.planId);
            plans.set(plan.planId, { name: plan.planName, fte: Math.max(known?.fte ?? 0, plan.fte) });
          }
        const causes = [...plans.values()].sort((a, b) => b.fte - a.fte);
        return (
          <li key={role} className="utrecht-unordered-list__item">
            <strong>
              ! {roleLabel(role)}: {months.length} {months.length === 1 ? 'maand' : 'maanden'} overbezet
            </strong>{' '}
            ({formatMonth(months[0]?.month ?? '')} tot en met{' '}
            {formatMonth(months[months.length - 1]?.month ?? '')}). Grootste tekort{' '}
            {formatFte(worst.shortage)} fte in {formatMonth(worst.month)}: {formatFte(worst.fte)} fte nodig,{' '}
            {formatFte(worst.available)} beschikbaar. Door:{' '}
            {causes.map((plan, i) => (
              <span key={plan.name}>
                {i > 0 && ', '}
                {plan.name} (tot {formatFte(plan.fte)} fte)
              </span>
            ))}
            .
          </li>
        );
      })}
    </ul>
  );
}

import { Link } from 'react-router';

/** On the plan page: the plan's participation and, from 50 homes, its regional review. */
export function PlanInstrumentLinks({ planId, homes }: { planId: string; homes: number }) {
  return (
    <ul className="wr-plan-instrument-links utrecht-unordered-list">
      <li>
        <Link to={`/plannen/${planId}/participatie`}>Participatie: QuickScan, verslagen en motivering</Link>
      </li>
      <li>
        <Link to={`/plannen/${planId}/compensatie`}>Compensatie: afdracht, verzoeken en besluit</Link>
      </li>
      {homes >= 50 && (
        <li>
          <Link to={`/plannen/${planId}/toetsing`}>Regionale toets (plan van 50 woningen of meer)</Link>
        </li>
      )}
    </ul>
  );
}

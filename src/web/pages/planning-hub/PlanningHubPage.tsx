import './planning-hub.css';
import { Link } from 'react-router';
import { usePageTitle } from '../../components/usePageTitle';

/**
 * /planning (ux.md: "schedules of my plans, critical paths, staff capacity"): the way in to the planning tools.
 * A plan's own planning (route map, Gantt, critical path, logbook) is on its plan page under "Planning".
 */
export function PlanningHubPage() {
  usePageTitle('Planning');
  return (
    <>
      <h1 className="utrecht-heading-1">Planning</h1>
      <p className="wr-lead">
        De planning van een plan — routekaart, Gantt-diagram, kritiek pad, vergelijking tussen gemeente en
        corporatie, logboek — staat bij het plan zelf: open een plan bij <Link to="/plannen">Plannen</Link> en
        kies "Planning".
      </p>
      <ul className="wr-hub">
        <li>
          <h2 className="utrecht-heading-3">
            <Link to="/capaciteit">Capaciteit</Link>
          </h2>
          <p className="utrecht-paragraph">
            Hoeveel medewerkers per rol de planningen van alle plannen van een organisatie vragen, per maand,
            tegenover wat er beschikbaar is — met de plannen die overbezetting veroorzaken.
          </p>
        </li>
        <li>
          <h2 className="utrecht-heading-3">
            <Link to="/planning/wat-als">Wat als…</Link>
          </h2>
          <p className="utrecht-paragraph">
            Wat een andere procedure, een extra participatieronde of een langere besluitvorming doet met de
            einddatum van één plan of van alle plannen van een gemeente — zonder iets op te slaan.
          </p>
        </li>
      </ul>
    </>
  );
}

import './forecast-settings.css';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { ForecastParameters } from '../../../core/monitor/forecast-parameters';
import { api } from '../../api';
import { Term } from '../../components/labels';
import { Loading, QueryError } from '../../components/Status';
import { useMe } from '../../components/session';
import { usePageTitle } from '../../components/usePageTitle';
import type { FormApi } from './cells';
import { ForecastSettingsForm } from './ForecastSettingsForm';
import { LeadTimeTable, ScenarioTable } from './OtherTables';
import { ChanceTable, DelayTable } from './RuleTables';

/** /beheer/prognose: the forecast's parameters with their sources; the region's admin may change them. */
export function ForecastSettingsPage() {
  usePageTitle('Prognoseparameters');
  const me = useMe();
  const slug = me.region.slug;
  const query = useQuery({
    queryKey: ['forecast-parameters', slug],
    queryFn: () => api.forecastParameters(slug),
  });
  const isRegionAdmin = me.organisation.kind === 'region' && me.role === 'admin';
  return (
    <>
      <p className="wr-breadcrumb">
        <Link to="/beheer">Beheer</Link>
      </p>
      <h1 className="utrecht-heading-1">Prognoseparameters</h1>
      <Intro />
      {query.isPending && <Loading label="Parameters laden…" />}
      {query.isError && <QueryError error={query.error} />}
      {query.data && (
        <>
          <p className="utrecht-paragraph fp-kind-line" data-testid="parameters-kind">
            Deze regio rekent met:{' '}
            <strong className="fp-kind">
              {query.data.custom ? 'Eigen waarden van de regio' : 'Standaardwaarden'}
            </strong>
            .{' '}
            {isRegionAdmin
              ? 'Wijzig je een waarde, dan vraagt het formulier waarom. Die toelichting komt in de plaats van de bron.'
              : 'Alleen de beheerder van de regio kan deze parameters wijzigen.'}
          </p>
          {isRegionAdmin ? (
            <ForecastSettingsForm slug={slug} data={query.data}>
              {(form) => <Sections parameters={query.data.parameters} form={form} />}
            </ForecastSettingsForm>
          ) : (
            <Sections parameters={query.data.parameters} />
          )}
        </>
      )}
    </>
  );
}

function Intro() {
  return (
    <div className="fp-intro">
      <p className="utrecht-paragraph wr-lead">
        De prognose op de <Link to="/monitor">Monitor</Link> speelt de plannen duizenden keren na (een{' '}
        <Term title="Een rekenmethode die een onzekere uitkomst vele keren met toeval naspeelt en de uitkomsten telt.">
          Monte-Carlosimulatie
        </Term>
        ). Daarvoor gebruikt zij deze waarden:
      </p>
      <ul className="utrecht-unordered-list">
        <li className="utrecht-unordered-list__item">
          de <strong>kans dat een plan doorgaat</strong>, per fase en{' '}
          <Term title="Hard: het bestemmingsplan of omgevingsplan is vastgesteld. Zacht: dat is nog niet zo.">
            hardheid
          </Term>
          ;
        </li>
        <li className="utrecht-unordered-list__item">
          de <strong>vertraging in hele jaren</strong>: de kans dat een plan 0, 1, 2 of meer jaar later
          oplevert dan gepland;
        </li>
        <li className="utrecht-unordered-list__item">
          de <strong>doorlooptijd</strong> tot oplevering, voor plannen zonder opleverjaren;
        </li>
        <li className="utrecht-unordered-list__item">
          per <strong>vraagscenario</strong> een factor op de opgave: 1,1 betekent 10% meer woningen nodig.
        </li>
      </ul>
      <p className="utrecht-paragraph">Elke waarde noemt haar bron, of legt uit waarom zij een aanname is.</p>
    </div>
  );
}

function Sections({ parameters, form }: { parameters: ForecastParameters; form?: FormApi }) {
  return (
    <>
      <section className="wr-section" aria-labelledby="fp-regels">
        <h2 className="utrecht-heading-2" id="fp-regels">
          Kans dat een plan doorgaat en vertraging
        </h2>
        <ChanceTable parameters={parameters} form={form} />
        <DelayTable parameters={parameters} form={form} />
      </section>
      <section className="wr-section" aria-labelledby="fp-doorlooptijden">
        <h2 className="utrecht-heading-2" id="fp-doorlooptijden">
          Doorlooptijden
        </h2>
        <LeadTimeTable parameters={parameters} form={form} />
      </section>
      <section className="wr-section" aria-labelledby="fp-scenarios">
        <h2 className="utrecht-heading-2" id="fp-scenarios">
          Vraagscenario's
        </h2>
        <ScenarioTable parameters={parameters} form={form} />
      </section>
    </>
  );
}

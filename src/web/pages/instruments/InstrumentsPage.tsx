import './instruments.css';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { describeMethod } from '../../../core/instruments/compensation';
import { describeOrdinance } from '../../../core/instruments/ordinance';
import { api } from '../../api';
import { Loading, QueryError } from '../../components/Status';
import { usePageTitle } from '../../components/usePageTitle';
import { formatDate, formatEuro } from '../../format';
import { instrumentsApi, type MunicipalityInstruments } from './instruments-api';
import { OrdinanceVersionForm } from './OrdinanceVersionForm';
import { PolicyWhatIf } from './PolicyWhatIf';

/**
 * /instrumenten: each municipality's doelgroepenverordening and compensation scheme in plain Dutch, with their
 * source and the plans they affect, the norms and national limits, and a what-if on their parameters (issue 5).
 */
export function InstrumentsPage() {
  usePageTitle('Instrumenten');
  const overview = useQuery({ queryKey: ['instruments'], queryFn: instrumentsApi.overview });
  const limits = useQuery({ queryKey: ['national-limits'], queryFn: api.nationalLimits });
  return (
    <>
      <h1 className="utrecht-heading-1">Instrumenten</h1>
      <p className="wr-lead">
        Hoe elke gemeente stuurt op betaalbare woningen: de doelgroepenverordening, de normen en de
        compensatieregeling. Steeds op dezelfde manier berekend, met de bron erbij en de plannen die het
        raakt.
      </p>
      <p className="utrecht-paragraph">
        <Link to="/toetsing">Regionale toets van plannen van 50 woningen of meer</Link>
      </p>
      <nav className="wr-instruments-toc" aria-label="Gemeenten op deze pagina">
        {overview.data?.municipalities.map((m) => (
          <a key={m.code} href={`#gemeente-${m.code}`}>
            {m.name}
          </a>
        ))}
      </nav>
      <section className="wr-section" aria-labelledby="normen">
        <h2 className="utrecht-heading-2" id="normen">
          Normen
        </h2>
        <p className="utrecht-paragraph">
          Per plan, per gemeente en voor de regio: minstens <strong>30% sociale huur</strong> en minstens{' '}
          <strong>twee derde betaalbaar</strong> (sociale huur, middenhuur en betaalbare koop). Een woning
          boven de landelijke grens van haar jaar telt niet als betaalbaar. De aandelen per gemeente en regio
          staan in de <Link to="/monitor">monitor</Link>.
        </p>
        {limits.isSuccess && (
          <div className="wr-table-scroll">
            <table className="utrecht-table wr-table">
              <caption className="utrecht-table__caption">Landelijke grenzen per jaar</caption>
              <thead className="utrecht-table__header">
                <tr className="utrecht-table__row">
                  <th className="utrecht-table__header-cell" scope="col">
                    Jaar
                  </th>
                  <th className="utrecht-table__header-cell wr-num" scope="col">
                    Sociale huur tot
                  </th>
                  <th className="utrecht-table__header-cell wr-num" scope="col">
                    Middenhuur tot
                  </th>
                  <th className="utrecht-table__header-cell wr-num" scope="col">
                    Betaalbare koop tot
                  </th>
                </tr>
              </thead>
              <tbody className="utrecht-table__body">
                {limits.data.items.map((row) => (
                  <tr className="utrecht-table__row" key={row.year}>
                    <th className="utrecht-table__header-cell" scope="row">
                      {row.year}
                    </th>
                    <td className="utrecht-table__cell wr-num">{limitText(row.socialRentCeilingEur)}</td>
                    <td className="utrecht-table__cell wr-num">{limitText(row.midRentCeilingEur)}</td>
                    <td className="utrecht-table__cell wr-num">{limitText(row.affordableBuyLimitEur)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      {overview.isPending && <Loading label="Instrumenten laden…" />}
      {overview.isError && <QueryError error={overview.error} />}
      {overview.data?.municipalities.map((municipality) => (
        <MunicipalitySection key={municipality.code} municipality={municipality} />
      ))}
    </>
  );
}

const limitText = (value: number | null) => (value == null ? 'geen bron' : formatEuro(value));

function MunicipalitySection({ municipality }: { municipality: MunicipalityInstruments }) {
  const { ordinance, scheme } = municipality;
  const headingId = `gemeente-${municipality.code}`;
  return (
    <section className="wr-section wr-instrument" aria-labelledby={headingId}>
      <h2 className="utrecht-heading-2" id={headingId}>
        {municipality.name}
      </h2>
      <div className="wr-instrument__grid">
        <div>
          <h3 className="utrecht-heading-3">Doelgroepenverordening</h3>
          {ordinance ? (
            <>
              <p className="utrecht-paragraph">
                <strong>{ordinance.title}</strong>, in werking sinds {formatDate(ordinance.effectiveFrom)}
                {ordinance.demo && (
                  <span className="wr-badge wr-badge--soft wr-badge--small">demowaarden</span>
                )}
              </p>
              <ul className="utrecht-unordered-list">
                {describeOrdinance(ordinance).map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
              <details className="wr-details">
                <summary>Hardheidsclausule en bron</summary>
                <p className="wr-small">{ordinance.hardshipClause}</p>
                <p className="wr-small wr-muted">Bron: {ordinance.source}</p>
                {municipality.versions.length > 1 && (
                  <p className="wr-small wr-muted">
                    Versies:{' '}
                    {municipality.versions
                      .map((v) => `${v.title} (vanaf ${formatDate(v.effectiveFrom)})`)
                      .join('; ')}
                  </p>
                )}
              </details>
            </>
          ) : (
            <p className="wr-empty">Geen doelgroepenverordening in Woonregie.</p>
          )}
        </div>
        <div>
          <h3 className="utrecht-heading-3">Compensatieregeling</h3>
          {scheme ? (
            <>
              <p className="utrecht-paragraph">
                <strong>{scheme.title}</strong>
                {scheme.demo && <span className="wr-badge wr-badge--soft wr-badge--small">demowaarden</span>}
              </p>
              <p className="utrecht-paragraph">{describeMethod(scheme.method)}</p>
              <p className="wr-small">
                Vanaf {scheme.minProjectHomes} woningen buiten de sociale huur.{' '}
                {scheme.fundCapPerHomeEur != null &&
                  `Het fonds draagt hoogstens ${formatEuro(scheme.fundCapPerHomeEur)} per woning bij. `}
                Afgerond op {scheme.roundingEur === 1 ? "hele euro's" : formatEuro(scheme.roundingEur)}.
              </p>
              <p className="wr-small">
                <Link to={`/instrumenten/fonds/${municipality.code}`}>Het fonds: boekingen en saldo</Link>
              </p>
              <details className="wr-details">
                <summary>Bron</summary>
                <p className="wr-small wr-muted">{scheme.source}</p>
              </details>
            </>
          ) : (
            <p className="wr-empty">Geen compensatieregeling in Woonregie.</p>
          )}
        </div>
      </div>
      <h3 className="utrecht-heading-3">Plannen die niet aan de verordening voldoen</h3>
      {municipality.affectedPlans.length === 0 ? (
        <p className="wr-small">Geen: alle plannen die je mag zien voldoen, of hebben een uitzondering.</p>
      ) : (
        <ul className="utrecht-unordered-list">
          {municipality.affectedPlans.map((plan) => (
            <li key={plan.id}>
              <Link to={`/plannen/${plan.id}`}>{plan.name}</Link>: {plan.failing.join(' ')}
            </li>
          ))}
        </ul>
      )}
      {municipality.canEdit && (
        <details className="wr-details">
          <summary>Nieuwe versie van de verordening vastleggen</summary>
          <OrdinanceVersionForm municipality={municipality} />
        </details>
      )}
      {(ordinance || scheme) && (
        <details className="wr-details wr-whatif-policy">
          <summary>Wat als de regels veranderen?</summary>
          <PolicyWhatIf municipality={municipality} />
        </details>
      )}
    </section>
  );
}

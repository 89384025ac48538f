import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import type { GridCommitment } from '../../../core/agreements';
import { api } from '../../api';
import { Loading, QueryError } from '../../components/Status';
import { usePageTitle } from '../../components/usePageTitle';
import { formatNumber } from '../../format';
import { agreementsApi } from './agreements-api';
import { formatAmount, StatusBadge } from './parts';

const THIS_YEAR = new Date().getFullYear();

/**
 * /afspraken/vergelijken: the prestatieafspraken of the chosen municipalities side by side for one year — a row per
 * topic, a column per municipality (seed 003: "in elke gemeente anders geformuleerd, maar in essentie hetzelfde").
 */
export function ComparisonPage() {
  usePageTitle('Prestatieafspraken vergelijken');
  const [params, setParams] = useSearchParams();
  const asked = Number(params.get('jaar'));
  const year = Number.isInteger(asked) && asked >= 2015 && asked <= 2040 ? asked : THIS_YEAR;
  const chosen = (params.get('gemeenten') ?? '').split(',').filter(Boolean);
  const municipalities = useQuery({ queryKey: ['municipalities'], queryFn: api.municipalities });
  const members = municipalities.data?.items.filter((m) => m.member) ?? [];
  const grid = useQuery({
    queryKey: ['agreements-comparison', year, chosen.join(',')],
    queryFn: () => agreementsApi.comparison(year, chosen),
  });
  const update = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    // flushSync: the checkboxes read the URL, so it must change at the click, not after a transition.
    setParams(next, { replace: true, flushSync: true });
  };
  const toggle = (code: string, on: boolean) => {
    const base = chosen.length ? chosen : members.map((m) => m.code);
    const next = on ? [...base, code] : base.filter((c) => c !== code);
    const ordered = members.map((m) => m.code).filter((c) => next.includes(c));
    update('gemeenten', ordered.join(','));
  };
  const isChosen = (code: string) => (chosen.length ? chosen.includes(code) : true);
  const years = [...new Set([...(grid.data?.years ?? []), THIS_YEAR, year])].sort((a, b) => b - a);
  return (
    <>
      <p className="wr-breadcrumb">
        <Link to="/afspraken">Afspraken</Link>
      </p>
      <div className="wr-page-head">
        <h1 className="utrecht-heading-1">Prestatieafspraken vergelijken</h1>
        <div className="wr-actions">
          <button
            type="button"
            className="utrecht-button utrecht-button--secondary-action"
            onClick={() => window.print()}
          >
            Afdrukken
          </button>
        </div>
      </div>
      <p className="wr-lead">
        Elke gemeente schrijft haar prestatieafspraken anders op, maar ze gaan over dezelfde onderwerpen. Hier
        staan ze naast elkaar: per onderwerp een rij, per gemeente een kolom.
      </p>
      <form className="wr-filters" aria-label="Kies jaar en gemeenten" onSubmit={(e) => e.preventDefault()}>
        <div className="wr-filter">
          <label className="utrecht-form-label" htmlFor="filter-jaar">
            Jaar
          </label>
          <select
            id="filter-jaar"
            className="utrecht-select utrecht-select--html-select"
            value={year}
            onChange={(e) => update('jaar', e.target.value)}
          >
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
        <fieldset className="wr-filter wr-filter--checks wr-compare-municipalities">
          <legend className="utrecht-form-label">Gemeenten</legend>
          <div className="wr-inline wr-wrap">
            {members.map((m) => (
              <label key={m.code} className="wr-check">
                <input
                  type="checkbox"
                  className="utrecht-checkbox utrecht-checkbox--html-input"
                  checked={isChosen(m.code)}
                  onChange={(e) => toggle(m.code, e.target.checked)}
                />
                {m.name}
              </label>
            ))}
          </div>
        </fieldset>
      </form>
      {grid.isPending && <Loading label="Vergelijking laden…" />}
      {grid.isError && <QueryError error={grid.error} />}
      {grid.data &&
        (grid.data.rows.length === 0 ? (
          <p className="wr-empty">
            Er zijn geen prestatieafspraken van {year} voor deze gemeenten. Kies een ander jaar
            {grid.data.years.length ? ` (er zijn afspraken van ${grid.data.years.join(', ')})` : ''}.
          </p>
        ) : (
          <>
            <p className="utrecht-paragraph">
              {grid.data.rows.filter((r) => r.presentIn === grid.data.columns.length).length} van de{' '}
              {grid.data.rows.length} onderwerpen staan in de afspraken van alle {grid.data.columns.length}{' '}
              gekozen gemeenten.
            </p>
            <div className="wr-table-scroll wr-compare-scroll">
              <table className="utrecht-table wr-table wr-compare" data-testid="vergelijking">
                <caption className="wr-visually-hidden">
                  Prestatieafspraken {year}: onderwerpen per gemeente
                </caption>
                <thead className="utrecht-table__header">
                  <tr className="utrecht-table__row">
                    <th className="utrecht-table__header-cell wr-compare__corner" scope="col">
                      Onderwerp
                    </th>
                    {grid.data.columns.map((c) => (
                      <th key={c.code} className="utrecht-table__header-cell" scope="col">
                        {c.agreementIds[0] ? (
                          <Link to={`/afspraken/${c.agreementIds[0]}`}>{c.name}</Link>
                        ) : (
                          c.name
                        )}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody className="utrecht-table__body">
                  {grid.data.rows.map((row) => (
                    <tr key={row.topic} className="utrecht-table__row">
                      <th className="utrecht-table__header-cell wr-compare__topic" scope="row">
                        {row.label}
                        <br />
                        <span className="wr-small wr-muted">
                          in {row.presentIn} van {grid.data.columns.length}
                        </span>
                      </th>
                      {row.cells.map((cell, i) => (
                        <td key={grid.data.columns[i]?.code} className="utrecht-table__cell wr-compare__cell">
                          {cell.length === 0 ? (
                            <span className="wr-muted">geen afspraak</span>
                          ) : (
                            cell.map((c) => <GridItem key={c.id} c={c} />)
                          )}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        ))}
    </>
  );
}

function GridItem({ c }: { c: GridCommitment }) {
  return (
    <div className="wr-compare__item">
      <div>
        <StatusBadge status={c.status} /> <span className="wr-small">{c.partyName}</span>
      </div>
      {c.type !== 'process' && (
        <div className="wr-small">
          Doel {formatAmount(c.target, c.unit)}
          {c.planned != null ? (
            <>
              , opgeleverd {formatNumber(c.actual)}, gepland {formatNumber(c.planned)}{' '}
              <span className="wr-badge wr-badge--internal wr-badge--small">berekend</span>
            </>
          ) : (
            c.actual !== null && `, gerealiseerd ${formatAmount(c.actual, c.unit)}`
          )}
        </div>
      )}
      <div className="wr-small wr-muted">{c.description}</div>
    </div>
  );
}

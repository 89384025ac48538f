import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { AGREEMENT_KINDS, KIND_LABELS } from '../../../core/agreements';
import { api } from '../../api';
import { Loading, QueryError } from '../../components/Status';
import { useMe } from '../../components/session';
import { usePageTitle } from '../../components/usePageTitle';
import { type Agreement, agreementsApi } from './agreements-api';
import { StatusSummary } from './parts';

/** /afspraken: prestatieafspraken, regional agreements, woonvisie and RAP per year and municipality, with progress. */
export function AgreementListPage() {
  usePageTitle('Afspraken');
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const year = params.get('jaar') ?? '';
  const municipality = params.get('gemeente') ?? '';
  const kind = params.get('soort') ?? '';
  const list = useQuery({
    queryKey: ['agreements', year, municipality, kind],
    queryFn: () =>
      agreementsApi.list({
        year: year ? Number(year) : undefined,
        municipality: municipality || undefined,
        kind: kind || undefined,
      }),
  });
  const municipalities = useQuery({ queryKey: ['municipalities'], queryFn: api.municipalities });
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const years = Array.from({ length: 8 }, (_, i) => String(2023 + i)).reverse();
  const canWrite = me.role !== 'viewer';
  return (
    <>
      <div className="wr-page-head">
        <h1 className="utrecht-heading-1">Afspraken</h1>
        <div className="wr-actions">
          <Link
            className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action"
            to="/afspraken/vergelijken"
          >
            Gemeenten vergelijken
          </Link>
          {canWrite && me.organisation.kind === 'region' && (
            <Link
              className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action"
              to="/afspraken/regionaal-opstellen"
            >
              Regionale afspraak opstellen
            </Link>
          )}
          {canWrite && (
            <Link
              className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action"
              to="/afspraken/nieuw"
            >
              Nieuwe afspraak
            </Link>
          )}
        </div>
      </div>
      <p className="wr-lead">
        De prestatieafspraken van gemeente, corporatie en huurders, de regionale woonafspraken, de actiepunten
        van de regionale woonvisie en de afspraken met de provincie (RAP). Per afspraak zie je hoe de
        toezeggingen ervoor staan.
      </p>
      <form className="wr-filters" aria-label="Filters" onSubmit={(e) => e.preventDefault()}>
        <div className="wr-filter">
          <label className="utrecht-form-label" htmlFor="filter-jaar">
            Jaar
          </label>
          <select
            id="filter-jaar"
            className="utrecht-select utrecht-select--html-select"
            value={year}
            onChange={(e) => set('jaar', e.target.value)}
          >
            <option value="">Alle jaren</option>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
        <div className="wr-filter">
          <label className="utrecht-form-label" htmlFor="filter-gemeente">
            Gemeente
          </label>
          <select
            id="filter-gemeente"
            className="utrecht-select utrecht-select--html-select"
            value={municipality}
            onChange={(e) => set('gemeente', e.target.value)}
          >
            <option value="">Alle gemeenten</option>
            {municipalities.data?.items.map((m) => (
              <option key={m.code} value={m.code}>
                {m.name}
              </option>
            ))}
          </select>
        </div>
        <div className="wr-filter">
          <label className="utrecht-form-label" htmlFor="filter-soort">
            Soort
          </label>
          <select
            id="filter-soort"
            className="utrecht-select utrecht-select--html-select"
            value={kind}
            onChange={(e) => set('soort', e.target.value)}
          >
            <option value="">Alle soorten</option>
            {AGREEMENT_KINDS.map((k) => (
              <option key={k} value={k}>
                {KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </div>
      </form>
      {list.isPending && <Loading label="Afspraken laden…" />}
      {list.isError && <QueryError error={list.error} />}
      {list.data &&
        (list.data.items.length === 0 ? (
          <p className="wr-empty">
            Er zijn geen afspraken met deze filters. Kies een ander jaar of een andere gemeente
            {canWrite ? ', of leg een nieuwe afspraak vast' : ''}.
          </p>
        ) : (
          <AgreementTable items={list.data.items} />
        ))}
    </>
  );
}

function AgreementTable({ items }: { items: Agreement[] }) {
  return (
    <div className="wr-table-scroll">
      <table className="utrecht-table wr-table" data-testid="afspraken">
        <caption className="wr-visually-hidden">Afspraken met de stand van hun toezeggingen</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            {[
              'Afspraak',
              'Jaar',
              'Gemeente',
              'Soort',
              'Corporaties en huurders',
              'Stand van de toezeggingen',
            ].map((h) => (
              <th key={h} className="utrecht-table__header-cell" scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {items.map((a) => (
            <tr className="utrecht-table__row" key={a.id}>
              <th className="utrecht-table__header-cell" scope="row">
                <Link to={`/afspraken/${a.id}`}>{a.title}</Link>
                {a.demo && <span className="wr-badge wr-badge--internal wr-badge--small">demo</span>}
              </th>
              <td className="utrecht-table__cell wr-nowrap">{a.year}</td>
              <td className="utrecht-table__cell">{a.municipalityName ?? 'Regio'}</td>
              <td className="utrecht-table__cell wr-agreement-kind">{a.kindLabel}</td>
              <td className="utrecht-table__cell wr-small">{partyLine(a)}</td>
              <td className="utrecht-table__cell">
                <StatusSummary byStatus={a.summary.byStatus} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** "de Alliantie, Dudok Wonen en 2 huurdersorganisaties"; the municipality has its own column. */
function partyLine(a: Agreement): string {
  const corporations = a.parties.filter((p) => p.kind === 'housingAssociation').map((p) => p.name);
  const tenants = a.parties.filter((p) => p.kind === 'tenantOrganisation').length;
  const others = a.parties.filter(
    (p) => !['housingAssociation', 'tenantOrganisation', 'municipality'].includes(p.kind),
  );
  const parts = [...others.map((p) => p.name), ...corporations];
  if (tenants) parts.push(tenants === 1 ? '1 huurdersorganisatie' : `${tenants} huurdersorganisaties`);
  const municipalities = a.parties.filter((p) => p.kind === 'municipality').length;
  if (a.kind !== 'performance' && municipalities) parts.push(`${municipalities} gemeenten`);
  return parts.join(', ') || '–';
}

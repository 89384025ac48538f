import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import {
  HARDNESS_LABELS,
  HARDNESSES,
  PHASE_LABELS,
  PHASES,
  SEGMENT_LABELS,
  SEGMENTS,
} from '../../../core/programme';
import { api, type Plan, toQuery } from '../../api';
import { HardnessBadge, phaseLabel } from '../../components/labels';
import { Pagination } from '../../components/Pagination';
import { Loading, QueryError } from '../../components/Status';
import { useMe } from '../../components/session';
import { usePageTitle } from '../../components/usePageTitle';
import { formatHomes, formatNumber, formatPercent } from '../../format';

const PAGE_SIZE = 25;

/** Columns that sort, with the API's sort key. */
const SORTABLE = {
  name: 'Naam',
  municipality: 'Gemeente',
  homes: 'Woningen',
  delivery: 'Oplevering',
} as const;
type SortKey = keyof typeof SORTABLE;

function deliveryRange(plan: Plan): string {
  const years = plan.deliveries.map((line) => line.year);
  if (years.length === 0) return '–';
  const first = Math.min(...years);
  const last = Math.max(...years);
  return first === last ? String(first) : `${first}–${last}`;
}

/** /plannen: every plan the user may see; filters, sorting and page live in the URL so a view can be shared. */
export function PlanListPage() {
  usePageTitle('Plannen');
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('pagina') ?? 1) || 1);
  const sort = params.get('sorteer') ?? 'name';
  const [search, setSearch] = useState(params.get('zoek') ?? '');
  useEffect(() => setSearch(params.get('zoek') ?? ''), [params]);

  const municipalities = useQuery({ queryKey: ['municipalities'], queryFn: api.municipalities });
  const query = toQuery({
    municipality: params.get('gemeente'),
    phase: params.get('fase'),
    hardness: params.get('hardheid'),
    segment: params.get('segment'),
    minHomes: params.get('groot') === '1' ? 50 : undefined,
    q: params.get('zoek'),
    owner: params.get('eigen') === '1' ? 'mine' : undefined,
    sort,
    limit: PAGE_SIZE,
    offset: (page - 1) * PAGE_SIZE,
  });
  const plans = useQuery({
    queryKey: ['plans', query],
    queryFn: () => api.plans(query),
    placeholderData: keepPreviousData,
  });

  function update(changes: Record<string, string | null>) {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    if (!('pagina' in changes)) next.delete('pagina');
    setParams(next);
  }

  function submitSearch(event: FormEvent) {
    event.preventDefault();
    update({ zoek: search.trim() || null });
  }

  function sortBy(key: SortKey) {
    update({ sorteer: sort === key ? `-${key}` : key });
  }

  const filtered = ['gemeente', 'fase', 'hardheid', 'segment', 'groot', 'zoek', 'eigen'].some((k) =>
    params.get(k),
  );
  const data = plans.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / PAGE_SIZE)) : 1;

  return (
    <>
      <div className="wr-page-head">
        <h1 className="utrecht-heading-1">Plannen</h1>
        <div className="wr-actions">
          <a
            href={`/api/v1/regions/${me.region.slug}/plans.xlsx?format=planmonitor-wonen${params.get('gemeente') ? `&municipality=${params.get('gemeente')}` : ''}`}
            className="utrecht-button-link utrecht-button-link--secondary-action"
            download
          >
            Exporteren (Planmonitor Wonen)
          </a>
          {me.role !== 'viewer' && (
            <>
              <Link to="/beheer/import" className="utrecht-button-link utrecht-button-link--secondary-action">
                Importeren
              </Link>
              <Link to="/plannen/nieuw" className="utrecht-button-link utrecht-button-link--primary-action">
                Nieuw plan
              </Link>
            </>
          )}
        </div>
      </div>

      <form className="wr-filters" onSubmit={submitSearch} aria-label="Plannen filteren">
        <div className="wr-filter wr-filter--search">
          <label className="utrecht-form-label" htmlFor="f-zoek">
            Zoek op naam
          </label>
          <div className="wr-inline">
            <input
              id="f-zoek"
              type="search"
              className="utrecht-textbox utrecht-textbox--html-input"
              value={search}
              onChange={(event) => setSearch(event.target.value)}
            />
            <button type="submit" className="utrecht-button utrecht-button--secondary-action">
              Zoeken
            </button>
          </div>
        </div>
        <FilterSelect
          id="f-gemeente"
          label="Gemeente"
          value={params.get('gemeente')}
          onChange={(value) => update({ gemeente: value })}
          options={(municipalities.data?.items ?? []).filter((m) => m.member).map((m) => [m.code, m.name])}
        />
        <FilterSelect
          id="f-fase"
          label="Fase"
          value={params.get('fase')}
          onChange={(value) => update({ fase: value })}
          options={PHASES.map((phase) => [phase, PHASE_LABELS[phase]])}
        />
        <FilterSelect
          id="f-hardheid"
          label="Hardheid"
          value={params.get('hardheid')}
          onChange={(value) => update({ hardheid: value })}
          options={HARDNESSES.map((h) => [h, HARDNESS_LABELS[h]])}
        />
        <FilterSelect
          id="f-segment"
          label="Segment"
          value={params.get('segment')}
          onChange={(value) => update({ segment: value })}
          options={SEGMENTS.map((s) => [s, SEGMENT_LABELS[s]])}
        />
        <div className="wr-filter wr-filter--checks">
          <label className="wr-check">
            <input
              type="checkbox"
              className="utrecht-checkbox utrecht-checkbox--html-input"
              checked={params.get('groot') === '1'}
              onChange={(event) => update({ groot: event.target.checked ? '1' : null })}
            />
            50 woningen of meer
          </label>
          <label className="wr-check">
            <input
              type="checkbox"
              className="utrecht-checkbox utrecht-checkbox--html-input"
              checked={params.get('eigen') === '1'}
              onChange={(event) => update({ eigen: event.target.checked ? '1' : null })}
            />
            Alleen plannen van mijn organisatie
          </label>
        </div>
        {filtered && (
          <button
            type="button"
            className="utrecht-button utrecht-button--subtle wr-filter__reset"
            onClick={() => setParams(new URLSearchParams())}
          >
            Filters wissen
          </button>
        )}
      </form>

      {plans.isPending && <Loading label="Plannen laden…" />}
      {plans.isError && <QueryError error={plans.error} />}
      {data && (
        <>
          <p className="wr-totals" aria-live="polite" data-testid="plan-totals">
            <strong>{formatNumber(data.totals.plans)}</strong> {data.totals.plans === 1 ? 'plan' : 'plannen'}{' '}
            met <strong>{formatHomes(data.totals.homes)}</strong>, waarvan{' '}
            {formatNumber(data.totals.socialRentHomes)} sociale huur (
            {formatPercent(data.totals.homes ? data.totals.socialRentHomes / data.totals.homes : 0)}) en{' '}
            {formatNumber(data.totals.affordableHomes)} betaalbaar (
            {formatPercent(data.totals.homes ? data.totals.affordableHomes / data.totals.homes : 0)}).
          </p>
          {data.items.length === 0 ? (
            <div className="wr-empty">
              <p className="utrecht-paragraph">
                {filtered
                  ? 'Geen plannen gevonden met deze filters. Wis een filter of zoek op een ander woord.'
                  : 'Er zijn nog geen plannen die je mag zien.'}
                {me.role !== 'viewer' && !filtered && (
                  <>
                    {' '}
                    <Link to="/plannen/nieuw">Voeg het eerste plan toe.</Link>
                  </>
                )}
              </p>
            </div>
          ) : (
            <div className="wr-table-scroll">
              <table
                className="utrecht-table utrecht-table--html-table wr-table"
                aria-busy={plans.isFetching}
              >
                <caption className="wr-visually-hidden">
                  Plannen, gesorteerd op {SORTABLE[sort.replace('-', '') as SortKey] ?? 'naam'}
                  {sort.startsWith('-') ? ' (aflopend)' : ''}
                </caption>
                <thead className="utrecht-table__header">
                  <tr className="utrecht-table__row">
                    <SortHeader sortKey="name" sort={sort} onSort={sortBy} />
                    <SortHeader sortKey="municipality" sort={sort} onSort={sortBy} />
                    <th className="utrecht-table__header-cell" scope="col">
                      Fase
                    </th>
                    <th className="utrecht-table__header-cell" scope="col">
                      Status
                    </th>
                    <SortHeader sortKey="homes" sort={sort} onSort={sortBy} numeric />
                    <th className="utrecht-table__header-cell wr-num" scope="col">
                      Sociale huur
                    </th>
                    <th className="utrecht-table__header-cell wr-num" scope="col">
                      Betaalbaar
                    </th>
                    <SortHeader sortKey="delivery" sort={sort} onSort={sortBy} />
                    <th className="utrecht-table__header-cell" scope="col">
                      Eigenaar
                    </th>
                  </tr>
                </thead>
                <tbody className="utrecht-table__body">
                  {data.items.map((plan) => (
                    <tr className="utrecht-table__row" key={plan.id}>
                      <td className="utrecht-table__cell">
                        <Link to={`/plannen/${plan.id}`}>{plan.name}</Link>
                      </td>
                      <td className="utrecht-table__cell">{plan.municipalityName}</td>
                      <td className="utrecht-table__cell">{phaseLabel(plan.phase)}</td>
                      <td className="utrecht-table__cell wr-nowrap">
                        {plan.planningStatus} <HardnessBadge hardness={plan.hardness} />
                      </td>
                      <td className="utrecht-table__cell wr-num">{formatNumber(plan.totals.homes)}</td>
                      <td className="utrecht-table__cell wr-num">
                        {formatPercent(plan.totals.socialRentShare)}
                      </td>
                      <td className="utrecht-table__cell wr-num">
                        {formatPercent(plan.totals.affordableShare)}
                      </td>
                      <td className="utrecht-table__cell wr-nowrap">{deliveryRange(plan)}</td>
                      <td className="utrecht-table__cell">{plan.owner.name}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <Pagination page={page} pages={pages} onPage={(next) => update({ pagina: String(next) })} />
        </>
      )}
    </>
  );
}

function FilterSelect({
  id,
  label,
  value,
  options,
  onChange,
}: {
  id: string;
  label: string;
  value: string | null;
  options: [string, string][];
  onChange: (value: string | null) => void;
}) {
  return (
    <div className="wr-filter">
      <label className="utrecht-form-label" htmlFor={id}>
        {label}
      </label>
      <select
        id={id}
        className="utrecht-select utrecht-select--html-select"
        value={value ?? ''}
        onChange={(event) => onChange(event.target.value || null)}
      >
        <option value="">Alle</option>
        {options.map(([key, text]) => (
          <option key={key} value={key}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

function SortHeader({
  sortKey,
  sort,
  onSort,
  numeric,
}: {
  sortKey: SortKey;
  sort: string;
  onSort: (key: SortKey) => void;
  numeric?: boolean;
}) {
  const direction = sort === sortKey ? 'ascending' : sort === `-${sortKey}` ? 'descending' : 'none';
  return (
    <th
      className={`utrecht-table__header-cell${numeric ? ' wr-num' : ''}`}
      scope="col"
      aria-sort={direction === 'none' ? undefined : direction}
    >
      <button type="button" className="wr-sort" onClick={() => onSort(sortKey)}>
        {SORTABLE[sortKey]}
        <span aria-hidden="true">
          {direction === 'ascending' ? ' ▲' : direction === 'descending' ? ' ▼' : ' ↕'}
        </span>
      </button>
    </th>
  );
}

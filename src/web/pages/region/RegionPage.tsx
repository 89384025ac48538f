import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { Link } from 'react-router';
import {
  HARDNESS_LABELS,
  PROGRESS_LABELS,
  progressTone,
  SEGMENT_LABELS,
  SEGMENTS,
} from '../../../core/programme';
import { api, type RegionOverview, toQuery } from '../../api';
import { Loading, QueryError } from '../../components/Status';
import { useMe } from '../../components/session';
import { usePageTitle } from '../../components/usePageTitle';
import { formatHomes, formatNumber, formatPercent } from '../../format';

// The map library is large; load it only when the map is shown.
const RegionMap = lazy(() => import('./RegionMap').then((module) => ({ default: module.RegionMap })));

const plansLink = (params: Record<string, string | undefined>) => `/plannen${toQuery(params)}`;

/** Progress against the target as text and colour: op koers / risico / achter (ux.md). */
function progressStatus(delivered: number, target: number | null, period: { start: number; end: number }) {
  const tone = progressTone(delivered, target, period, new Date());
  return tone ? { label: PROGRESS_LABELS[tone], tone } : null;
}

function summarise(data: RegionOverview): string {
  const { region } = data;
  const target = region.target.homes;
  const parts = [
    `${region.name} heeft sinds ${region.target.periodStart} ${formatHomes(region.delivered.homes)} opgeleverd`,
  ];
  if (target)
    parts[0] += ` van de opgave van ${formatNumber(target)} tot en met ${region.target.periodEnd} (${formatPercent(region.delivered.homes / target)})`;
  parts.push(
    `In plannen staan nog ${formatHomes(region.planned.homes)}, waarvan ${formatPercent(region.planned.socialRentShare)} sociale huur en ${formatPercent(region.planned.affordableShare)} betaalbaar`,
  );
  return `${parts.join('. ')}.`;
}

/** /regio: the region on one page. */
export function RegionPage() {
  usePageTitle('Regio');
  const me = useMe();
  const overview = useQuery({
    queryKey: ['region-overview', me.region.slug],
    queryFn: () => api.regionOverview(me.region.slug),
  });
  const map = useQuery({
    queryKey: ['region-map', me.region.slug],
    queryFn: () => api.regionMap(me.region.slug),
  });

  if (overview.isPending) return <Loading label="Regio laden…" />;
  if (overview.isError) return <QueryError error={overview.error} />;
  const data = overview.data;
  const { region } = data;
  const period = { start: region.target.periodStart, end: region.target.periodEnd };
  const anyDemo = data.municipalities.some((m) => m.delivered.demo || m.target.demo) || region.delivered.demo;

  return (
    <>
      <h1 className="utrecht-heading-1">{region.name}</h1>
      <p className="wr-lead" data-testid="region-summary">
        {summarise(data)}
      </p>
      {anyDemo && (
        <p className="wr-muted wr-small">
          Cijfers met <span className="wr-badge wr-badge--internal">demo</span> zijn niet openbaar en voor de
          demo ingevuld; de bronnen staan in data/SOURCES.md.
        </p>
      )}

      <section className="wr-section" aria-labelledby="voortgang-titel">
        <h2 className="utrecht-heading-2" id="voortgang-titel">
          Voortgang naar de opgave {period.start}–{period.end}
        </h2>
        <div className="wr-table-scroll">
          <table className="utrecht-table utrecht-table--html-table wr-table" data-testid="region-table">
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th className="utrecht-table__header-cell" scope="col">
                  Gemeente
                </th>
                <th className="utrecht-table__header-cell wr-num" scope="col">
                  Opgave
                </th>
                <th className="utrecht-table__header-cell wr-num" scope="col">
                  Opgeleverd sinds {period.start}
                </th>
                <th className="utrecht-table__header-cell" scope="col">
                  Voortgang
                </th>
                <th className="utrecht-table__header-cell wr-num" scope="col">
                  In plannen
                </th>
                <th className="utrecht-table__header-cell wr-num" scope="col">
                  Sociale huur in plannen
                </th>
                <th className="utrecht-table__header-cell wr-num" scope="col">
                  Betaalbaar in plannen
                </th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {data.municipalities.map((m) => {
                const status = progressStatus(m.delivered.homes, m.target.homes, period);
                return (
                  <tr className="utrecht-table__row" key={m.code}>
                    <th className="utrecht-table__header-cell" scope="row">
                      {m.name}
                    </th>
                    <td className="utrecht-table__cell wr-num">
                      {formatNumber(m.target.homes)}
                      {m.target.demo && <DemoMark />}
                    </td>
                    <td className="utrecht-table__cell wr-num">
                      {formatNumber(m.delivered.homes)}
                      {m.delivered.demo && <DemoMark />}
                    </td>
                    <td className="utrecht-table__cell">
                      <Progress value={m.delivered.homes} target={m.target.homes} status={status} />
                    </td>
                    <td className="utrecht-table__cell wr-num">
                      <Link to={plansLink({ gemeente: m.code })}>{formatNumber(m.planned.homes)}</Link>
                    </td>
                    <td className="utrecht-table__cell wr-num">{formatPercent(m.planned.socialRentShare)}</td>
                    <td className="utrecht-table__cell wr-num">{formatPercent(m.planned.affordableShare)}</td>
                  </tr>
                );
              })}
            </tbody>
            <tfoot>
              <tr className="utrecht-table__row wr-total-row">
                <th className="utrecht-table__header-cell" scope="row">
                  Regio
                </th>
                <td className="utrecht-table__cell wr-num">{formatNumber(region.target.homes)}</td>
                <td className="utrecht-table__cell wr-num">{formatNumber(region.delivered.homes)}</td>
                <td className="utrecht-table__cell">
                  <Progress
                    value={region.delivered.homes}
                    target={region.target.homes}
                    status={progressStatus(region.delivered.homes, region.target.homes, period)}
                  />
                </td>
                <td className="utrecht-table__cell wr-num">
                  <Link to="/plannen">{formatNumber(region.planned.homes)}</Link>
                </td>
                <td className="utrecht-table__cell wr-num">
                  {formatPercent(region.planned.socialRentShare)}
                </td>
                <td className="utrecht-table__cell wr-num">
                  {formatPercent(region.planned.affordableShare)}
                </td>
              </tr>
            </tfoot>
          </table>
        </div>
        {region.target.source && (
          <p className="wr-muted wr-small">
            Bron van de opgave: {region.target.source} (zie data/SOURCES.md)
          </p>
        )}
      </section>

      <section className="wr-section" aria-labelledby="segment-titel">
        <h2 className="utrecht-heading-2" id="segment-titel">
          Woningen in plannen per segment
        </h2>
        <div className="wr-table-scroll">
          <table className="utrecht-table utrecht-table--html-table wr-table">
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th className="utrecht-table__header-cell" scope="col">
                  Gemeente
                </th>
                {SEGMENTS.map((segment) => (
                  <th className="utrecht-table__header-cell wr-num" scope="col" key={segment}>
                    {SEGMENT_LABELS[segment]}
                  </th>
                ))}
                <th className="utrecht-table__header-cell wr-num" scope="col">
                  Totaal
                </th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {[...data.municipalities, { code: '', name: 'Regio', planned: region.planned }].map((m) => (
                <tr className={`utrecht-table__row${m.code ? '' : ' wr-total-row'}`} key={m.code || 'regio'}>
                  <th className="utrecht-table__header-cell" scope="row">
                    {m.name}
                  </th>
                  {SEGMENTS.map((segment) => (
                    <td className="utrecht-table__cell wr-num" key={segment}>
                      {m.planned.bySegment[segment] ? (
                        <Link to={plansLink({ gemeente: m.code || undefined, segment })}>
                          {formatNumber(m.planned.bySegment[segment])}
                        </Link>
                      ) : (
                        '0'
                      )}
                    </td>
                  ))}
                  <td className="utrecht-table__cell wr-num">{formatNumber(m.planned.homes)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section className="wr-section" aria-labelledby="kaart-titel">
        <h2 className="utrecht-heading-2" id="kaart-titel">
          Kaart
        </h2>
        {map.isPending && <Loading label="Kaart laden…" />}
        {map.isError && <QueryError error={map.error} />}
        {map.data && (
          <>
            <Suspense fallback={<Loading label="Kaart laden…" />}>
              <RegionMap
                data={map.data}
                summary={`Kaart van ${region.name} met ${map.data.plans.length} plannen als stippen: ${
                  map.data.plans.filter((p) => p.hardness === 'hard').length
                } harde, ${map.data.plans.filter((p) => p.hardness === 'soft').length} zachte en ${
                  map.data.plans.filter((p) => p.hardness === 'internal').length
                } interne plannen.`}
              />
            </Suspense>
            <details className="wr-details">
              <summary>De plannen op de kaart als tabel ({map.data.plans.length})</summary>
              <table className="utrecht-table utrecht-table--html-table wr-table">
                <thead className="utrecht-table__header">
                  <tr className="utrecht-table__row">
                    <th className="utrecht-table__header-cell" scope="col">
                      Plan
                    </th>
                    <th className="utrecht-table__header-cell" scope="col">
                      Gemeente
                    </th>
                    <th className="utrecht-table__header-cell wr-num" scope="col">
                      Woningen
                    </th>
                    <th className="utrecht-table__header-cell" scope="col">
                      Hardheid
                    </th>
                  </tr>
                </thead>
                <tbody className="utrecht-table__body">
                  {map.data.plans.map((plan) => (
                    <tr className="utrecht-table__row" key={plan.id}>
                      <td className="utrecht-table__cell">
                        <Link to={`/plannen/${plan.id}`}>{plan.name}</Link>
                      </td>
                      <td className="utrecht-table__cell">
                        {map.data.municipalities.find((m) => m.code === plan.municipalityCode)?.name ??
                          plan.municipalityCode}
                      </td>
                      <td className="utrecht-table__cell wr-num">{formatNumber(plan.homes)}</td>
                      <td className="utrecht-table__cell">{HARDNESS_LABELS[plan.hardness]}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </details>
          </>
        )}
      </section>
    </>
  );
}

function DemoMark() {
  return (
    <span className="wr-badge wr-badge--internal wr-badge--small" title="Niet openbaar; demo-cijfer">
      demo
    </span>
  );
}

function Progress({
  value,
  target,
  status,
}: {
  value: number;
  target: number | null;
  status: { label: string; tone: 'ok' | 'risk' | 'behind' } | null;
}) {
  if (!target) return <span className="wr-muted">geen opgave</span>;
  const share = value / target;
  return (
    <span className="wr-progress">
      <span className="wr-progress__bar" aria-hidden="true">
        <span className="wr-progress__fill" style={{ width: `${Math.min(100, share * 100)}%` }} />
      </span>
      <span className="wr-num">{formatPercent(share)}</span>
      {status && <span className={`wr-badge wr-badge--${status.tone}`}>{status.label}</span>}
    </span>
  );
}

import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api } from '../../api';
import { Loading, QueryError } from '../../components/Status';
import { useMe } from '../../components/session';
import { usePageTitle } from '../../components/usePageTitle';
import { formatNumber } from '../../format';
import { MonitorSettingsForm } from './MonitorSettingsForm';
import { RealisationForm } from './RealisationForm';
import { TargetRow } from './TargetRow';

/** /beheer/doelen: the region's admin sets targets per municipality, realisations and the monitor settings. */
export function TargetsPage() {
  usePageTitle('Doelen en realisaties');
  const me = useMe();
  const slug = me.region.slug;
  const targets = useQuery({ queryKey: ['targets', slug], queryFn: () => api.targets(slug) });
  const municipalities = useQuery({ queryKey: ['municipalities'], queryFn: api.municipalities });
  const isRegionAdmin = me.organisation.kind === 'region' && me.role === 'admin';
  if (targets.isPending || municipalities.isPending) return <Loading label="Doelen laden…" />;
  if (targets.isError) return <QueryError error={targets.error} />;
  if (municipalities.isError) return <QueryError error={municipalities.error} />;
  const members = municipalities.data.items.filter((m) => m.member);
  const region = targets.data.region;
  return (
    <>
      <p className="wr-breadcrumb">
        <Link to="/beheer">Beheer</Link>
      </p>
      <h1 className="utrecht-heading-1">Doelen en realisaties</h1>
      {region && (
        <p className="utrecht-paragraph wr-lead">
          Regionale opgave {region.periodStart}–{region.periodEnd}: {formatNumber(region.homes)} woningen,
          waarvan {formatNumber(region.bySegment.socialRent)} sociale huur. Bron:{' '}
          {region.source ?? 'onbekend'}.
        </p>
      )}
      <section className="wr-section" aria-labelledby="doelen">
        <h2 className="utrecht-heading-2" id="doelen">
          Doelen per gemeente
        </h2>
        <p className="utrecht-paragraph">
          Waar geen openbaar cijfer is gevonden staat{' '}
          <span className="wr-badge wr-badge--small wr-badge--risk">demo</span>.
          {isRegionAdmin ? '' : ' Alleen de beheerder van de regio kan doelen wijzigen.'}
        </p>
        <div className="wr-table-scroll">
          <table className="utrecht-table utrecht-table--html-table wr-table" data-testid="targets-table">
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                {['Gemeente', 'Doel (woningen)', 'Waarvan sociale huur', 'Periode', 'Bron', ''].map(
                  (label, index) => (
                    <th
                      key={label || index}
                      className={`utrecht-table__header-cell${index === 1 || index === 2 ? ' wr-num' : ''}`}
                      scope="col"
                    >
                      {label || <span className="wr-visually-hidden">Acties</span>}
                    </th>
                  ),
                )}
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {members.map((m) => {
                const target = targets.data.municipalities.find((t) => t.municipalityCode === m.code);
                return isRegionAdmin ? (
                  <TargetRow key={m.code} slug={slug} code={m.code} name={m.name} target={target} />
                ) : (
                  <tr className="utrecht-table__row" key={m.code}>
                    <th className="utrecht-table__header-cell" scope="row">
                      {m.name}
                    </th>
                    <td className="utrecht-table__cell wr-num">{formatNumber(target?.homes)}</td>
                    <td className="utrecht-table__cell wr-num">
                      {formatNumber(target?.bySegment.socialRent)}
                    </td>
                    <td className="utrecht-table__cell">
                      {target ? `${target.periodStart}–${target.periodEnd}` : '–'}
                    </td>
                    <td className="utrecht-table__cell">
                      {target?.demo ? 'demo ' : ''}
                      {target?.source ?? ''}
                    </td>
                    <td className="utrecht-table__cell" />
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </section>
      {me.role !== 'viewer' && (
        <section className="wr-section" aria-labelledby="realisaties">
          <h2 className="utrecht-heading-2" id="realisaties">
            Realisatie invullen
          </h2>
          <p className="utrecht-paragraph">
            Opgeleverde woningen per gemeente, jaar en segment. Een nieuwe invoer voor dezelfde gemeente,
            hetzelfde jaar en segment vervangt de vorige.
          </p>
          <RealisationForm
            slug={slug}
            municipalities={
              me.organisation.kind === 'municipality'
                ? members.filter((m) => m.code === me.organisation.cbsCode)
                : members
            }
          />
        </section>
      )}
      {isRegionAdmin && (
        <section className="wr-section" aria-labelledby="instellingen">
          <h2 className="utrecht-heading-2" id="instellingen">
            Monitorinstellingen
          </h2>
          <MonitorSettingsForm slug={slug} settings={targets.data.settings} />
        </section>
      )}
    </>
  );
}

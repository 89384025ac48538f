import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api } from '../../api';
import { SelectField } from '../../components/Field';
import { Loading, QueryError } from '../../components/Status';
import { useMe } from '../../components/session';
import { usePageTitle } from '../../components/usePageTitle';
import { formatDateTime, formatNumber } from '../../format';
import { ForecastSection } from './ForecastSection';
import { MonitorActions } from './MonitorActions';
import { MonitorMapSection } from './MonitorMapSection';
import { CapacityTable, ChangesList, OccupiedList } from './MonitorTables';
import { PrintSource } from './PrintSource';
import { PlannedChart, TrajectoryChart } from './ProgressCharts';

/** /monitor: are we on track for 2030, by municipality and segment; what changed; what will probably happen. */
export function MonitorPage() {
  usePageTitle('Monitor');
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const code = params.get('gemeente') ?? '';
  const [scenario, setScenario] = useState('middle');
  const monitor = useQuery({
    queryKey: ['monitor', me.region.slug],
    queryFn: () => api.monitor(me.region.slug),
  });
  if (monitor.isPending) return <Loading label="Monitor laden…" />;
  if (monitor.isError) return <QueryError error={monitor.error} />;
  const data = monitor.data;
  const details = data.details;
  const nameOf = (c: string) => details.municipalities.find((m) => m.code === c)?.name ?? c;
  const area = details.municipalities.find((m) => m.code === code) ?? {
    ...details.region,
    name: data.regionInfo.name,
  };
  const isOffice = me.organisation.kind === 'region' && me.role !== 'viewer';
  return (
    <>
      <p className="wr-print-only wr-print-letterhead">Woonregie · {data.regionInfo.name}</p>
      <h1 className="utrecht-heading-1">Monitor</h1>
      <p className="wr-lead">
        {area.name}: {formatNumber(area.delivered.homes)} van {formatNumber(area.target.homes)} woningen
        opgeleverd ({details.periodStart}–{details.periodEnd}); {formatNumber(area.planned.homes)} in plannen.
      </p>
      <MonitorActions slug={me.region.slug} scenario={scenario} canSnapshot={isOffice} />
      <SelectField
        id="monitor-gemeente"
        label="Bekijk"
        value={code}
        onChange={(value) => setParams(value ? { gemeente: value } : {})}
        placeholder={`De hele regio (${data.regionInfo.name})`}
        options={details.municipalities.map((m) => [m.code ?? '', m.name] as const)}
      />
      <p className="wr-small wr-muted">
        Stand van {formatDateTime(data.generatedAt)}. Telt alle plannen die je mag zien, behalve concepten.
        Cijfers met “demo” zijn geen openbare cijfers.
      </p>

      <section className="wr-section" aria-labelledby="voortgang">
        <h2 className="utrecht-heading-2" id="voortgang">
          Opgeleverd tegenover het pad naar {details.periodEnd}
        </h2>
        <TrajectoryChart area={area} periodEnd={details.periodEnd} />
      </section>

      <MonitorMapSection monitor={data} selected={code} />

      <ForecastSection
        slug={me.region.slug}
        horizonYear={details.periodEnd}
        nameOf={nameOf}
        scenario={scenario}
        onScenarioChange={setScenario}
      />

      <section className="wr-section" aria-labelledby="gepland">
        <h2 className="utrecht-heading-2" id="gepland">
          Geplande oplevering per jaar en segment
        </h2>
        <PlannedChart area={area} />
      </section>

      <section className="wr-section" aria-labelledby="capaciteit">
        <h2 className="utrecht-heading-2" id="capaciteit">
          Plancapaciteit en aandelen
        </h2>
        <p className="utrecht-paragraph">
          Gewenste plancapaciteit: {Math.round(data.settings.reserveMargin * 100)}% van de resterende opgave.{' '}
          {data.settings.rationale.text} Bron: {data.settings.rationale.sources.join('; ')}. Norm:{' '}
          {Math.round(details.norms.socialRent * 100)}% sociale huur en twee derde betaalbaar.
        </p>
        <CapacityTable
          areas={details.municipalities}
          total={{ ...details.region, name: `${data.regionInfo.name} (totaal)` }}
          margin={data.settings.reserveMargin}
        />
      </section>

      <section className="wr-section" aria-labelledby="bezet">
        <h2 className="utrecht-heading-2" id="bezet">
          Bezette planruimte
        </h2>
        <OccupiedList monitor={data} nameOf={nameOf} />
        <p className="utrecht-paragraph">
          Signalen uit de monitor ({data.signals.length}) staan als knelpunt op{' '}
          <Link to="/knelpunten">Knelpunten</Link>.
        </p>
      </section>

      <section className="wr-section" aria-labelledby="veranderd">
        <h2 className="utrecht-heading-2" id="veranderd">
          Wat is er veranderd
        </h2>
        <ChangesList changes={data.changes} />
      </section>
      <PrintSource regionName={data.regionInfo.name} generatedAt={data.generatedAt} />
    </>
  );
}

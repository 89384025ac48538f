import * as Plot from '@observablehq/plot';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { api } from '../../api';
import { SelectField } from '../../components/Field';
import { Loading, QueryError } from '../../components/Status';
import { formatNumber, formatPercent } from '../../format';
import { DataTable } from './DataTable';
import { PlotFigure } from './PlotFigure';

/** The demand scenarios of the forecast and the exports (low / middle / high household growth). */
export const SCENARIOS = [
  ['low', 'Lage groei'],
  ['middle', 'Midden'],
  ['high', 'Hoge groei'],
] as const;

/** The probabilistic forecast: the plain sentence, the demand scenario, a fan chart and its table. */
export function ForecastSection({
  slug,
  horizonYear,
  nameOf,
  scenario,
  onScenarioChange,
}: {
  slug: string;
  horizonYear: number;
  nameOf: (code: string) => string;
  scenario: string;
  onScenarioChange: (scenario: string) => void;
}) {
  const forecast = useQuery({
    queryKey: ['forecast', slug, scenario, horizonYear],
    queryFn: () => api.forecast(slug, { runs: 10_000, seed: 2030, horizonYear, scenario }),
    placeholderData: keepPreviousData,
  });
  const data = forecast.data;
  const options = useMemo<Plot.PlotOptions | null>(
    () =>
      data
        ? {
            y: { label: 'Woningen per jaar', grid: true },
            x: { label: 'Jaar', tickFormat: 'd', ticks: data.perYear.map((y) => y.year) },
            marks: [
              Plot.areaY(data.perYear, {
                x: 'year',
                y1: 'p10',
                y2: 'p90',
                fill: '#154273',
                fillOpacity: 0.2,
              }),
              Plot.lineY(data.perYear, { x: 'year', y: 'p50', stroke: '#154273', strokeWidth: 2 }),
              Plot.dot(data.perYear, { x: 'year', y: 'p50', fill: '#154273' }),
              Plot.ruleY([0]),
            ],
          }
        : null,
    [data],
  );
  return (
    <section className="wr-section" aria-labelledby="prognose" data-testid="forecast">
      <h2 className="utrecht-heading-2" id="prognose">
        Prognose tot en met {horizonYear}
      </h2>
      <SelectField
        id="scenario"
        label="Scenario huishoudensgroei"
        value={scenario}
        onChange={onScenarioChange}
        options={SCENARIOS}
        help={data ? `Opgave in dit scenario: ${formatNumber(data.target)} woningen.` : undefined}
      />
      {forecast.isPending && <Loading label="Prognose berekenen…" />}
      {forecast.isError && <QueryError error={forecast.error} />}
      {data && options && (
        <>
          <p className="wr-print-only">
            Scenario huishoudensgroei: {data.scenarioLabel}, met een opgave van {formatNumber(data.target)}{' '}
            woningen.
          </p>
          <p className="wr-sentence" data-testid="forecast-sentence" aria-live="polite">
            {forecast.isFetching ? 'Prognose berekenen…' : data.sentence}
          </p>
          <PlotFigure
            options={options}
            summary={`Waaier: opgeleverde woningen per jaar in de regio, mediaan met de band van 10% tot 90%. ${data.sentence}`}
          />
          <p className="wr-small wr-muted">
            {formatNumber(data.runs)} simulaties (seed {data.seed}), scenario {data.scenarioLabel}. Per plan
            een kans dat het doorgaat en een vertraging naar fase en hardheid; zie{' '}
            <Link to="/beheer/prognose">de parameters en hun bronnen</Link>.
          </p>
          <DataTable
            caption="Prognose per jaar"
            summary="Prognose per jaar als tabel"
            headers={['Jaar', 'P10', 'P50', 'P90', 'Gemiddeld']}
            rows={data.perYear.map((y) => [
              y.year,
              formatNumber(y.p10),
              formatNumber(y.p50),
              formatNumber(y.p90),
              formatNumber(Math.round(y.mean)),
            ])}
            testId="forecast-table"
          />
          <DataTable
            caption="Kans per gemeente"
            summary="Kans per gemeente als tabel"
            headers={['Gemeente', 'Opgave', 'Mediaan opgeleverd tot de horizon', 'Kans op de opgave']}
            rows={data.municipalities.map((m) => [
              nameOf(m.code),
              formatNumber(m.target),
              formatNumber(m.p50DeliveredByHorizon),
              formatPercent(m.probabilityTargetMet),
            ])}
          />
        </>
      )}
    </section>
  );
}

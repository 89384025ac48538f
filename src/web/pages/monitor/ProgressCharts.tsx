import * as Plot from '@observablehq/plot';
import { useMemo } from 'react';
import { SEGMENT_LABELS, SEGMENTS } from '../../../core/programme';
import type { MonitorAggregate } from '../../api';
import { formatNumber } from '../../format';
import { DataTable } from './DataTable';
import { PlotFigure } from './PlotFigure';

type Area = MonitorAggregate['region'];
const SEGMENT_COLOURS = ['#154273', '#3a7d44', '#7b5ea7', '#c05f00', '#a4161a', '#6b6b6b'];

/** Delivered to date against the straight path to the target (cumulative lines), with its table. */
export function TrajectoryChart({ area, periodEnd }: { area: Area; periodEnd: number }) {
  const options = useMemo<Plot.PlotOptions>(() => {
    const path = area.trajectory.map((p) => ({ year: p.year, homes: p.path, line: 'Pad naar de opgave' }));
    const delivered = area.trajectory.flatMap((p) =>
      p.delivered === null ? [] : [{ year: p.year, homes: p.delivered, line: 'Opgeleverd' }],
    );
    return {
      x: { label: 'Jaar', tickFormat: 'd', ticks: area.trajectory.map((p) => p.year) },
      y: { label: 'Woningen (cumulatief)', grid: true },
      color: { legend: true, domain: ['Pad naar de opgave', 'Opgeleverd'], range: ['#6b6b6b', '#154273'] },
      marks: [
        Plot.lineY(path, { x: 'year', y: 'homes', stroke: 'line', strokeDasharray: '4 3' }),
        Plot.lineY(delivered, { x: 'year', y: 'homes', stroke: 'line', strokeWidth: 3 }),
        Plot.dot(delivered, { x: 'year', y: 'homes', fill: 'line' }),
        Plot.ruleY([0]),
      ],
    };
  }, [area]);
  const summary =
    area.progress.behindBy > 0
      ? `${area.name} ligt ${formatNumber(area.progress.behindBy)} woningen achter op het pad naar ${formatNumber(area.target.homes)} in ${periodEnd}.`
      : `${area.name} ligt op of voor het pad naar ${formatNumber(area.target.homes)} woningen in ${periodEnd}.`;
  return (
    <>
      <p className="utrecht-paragraph" data-testid="trajectory-summary">
        {summary}
      </p>
      <PlotFigure options={options} summary={`Lijngrafiek: opgeleverd tegenover het pad. ${summary}`} />
      <DataTable
        caption="Opgeleverd tegenover het pad"
        summary="Opgeleverd tegenover het pad als tabel"
        headers={['Jaar', 'Pad (cumulatief)', 'Opgeleverd (cumulatief)']}
        rows={area.trajectory.map((p) => [
          p.year,
          formatNumber(p.path),
          p.delivered === null ? '–' : formatNumber(p.delivered),
        ])}
      />
    </>
  );
}

/** Planned deliveries per year by segment (stacked bars), with its table. */
export function PlannedChart({ area }: { area: Area }) {
  const rows = useMemo(
    () =>
      area.planned.perYear.flatMap((y) =>
        SEGMENTS.filter((s) => y.bySegment[s] > 0).map((s) => ({
          year: y.year,
          segment: SEGMENT_LABELS[s],
          homes: Math.round(y.bySegment[s]),
        })),
      ),
    [area],
  );
  const options = useMemo<Plot.PlotOptions>(
    () => ({
      x: { label: 'Jaar', tickFormat: 'd', type: 'band' },
      y: { label: 'Geplande woningen', grid: true },
      color: { legend: true, domain: SEGMENTS.map((s) => SEGMENT_LABELS[s]), range: SEGMENT_COLOURS },
      marks: [Plot.barY(rows, { x: 'year', y: 'homes', fill: 'segment' }), Plot.ruleY([0])],
    }),
    [rows],
  );
  const peak = [...area.planned.perYear].sort((a, b) => b.homes - a.homes)[0];
  const summary = peak
    ? `De plannen leveren ${formatNumber(area.planned.homes)} woningen op; het meest in ${peak.year} (${formatNumber(Math.round(peak.homes))}).`
    : 'Er zijn nog geen plannen met een opleverplanning.';
  return (
    <>
      <p className="utrecht-paragraph">{summary}</p>
      <PlotFigure options={options} summary={`Gestapelde staafgrafiek per jaar en segment. ${summary}`} />
      <DataTable
        caption="Geplande oplevering per jaar en segment"
        summary="Geplande oplevering als tabel"
        headers={['Jaar', ...SEGMENTS.map((s) => SEGMENT_LABELS[s]), 'Totaal']}
        rows={area.planned.perYear.map((y) => [
          y.year,
          ...SEGMENTS.map((s) => formatNumber(Math.round(y.bySegment[s]))),
          formatNumber(Math.round(y.homes)),
        ])}
      />
    </>
  );
}

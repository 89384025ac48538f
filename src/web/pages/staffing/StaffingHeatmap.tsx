import * as Plot from '@observablehq/plot';
import { useMemo } from 'react';
import { PlotFigure } from '../monitor/PlotFigure';
import type { Staffing } from './staffing-api';
import { formatFte, formatMonth, formatShortMonth, roleLabel } from './staffing-format';

/**
 * Roles × months, shaded by demand in FTE. An over-allocated cell also gets a thick black frame and a "!", so it
 * does not depend on colour alone; the numbers are in the table under the chart.
 */
export function StaffingHeatmap({ data }: { data: Staffing }) {
  const options = useMemo((): Plot.PlotOptions => {
    const cells = data.roles.flatMap((row) =>
      row.cells.map((cell) => ({
        role: roleLabel(row.role),
        month: cell.month,
        fte: cell.fte,
        over: cell.over,
      })),
    );
    const over = cells.filter((cell) => cell.over);
    const every = Math.ceil(data.months.length / 12);
    return {
      height: 90 + data.roles.length * 30,
      marginLeft: 210,
      marginBottom: 36,
      x: {
        type: 'band',
        label: null,
        domain: data.months,
        padding: 0.06,
        tickFormat: (m: string, i: number) => (i % every === 0 ? formatShortMonth(m) : ''),
      },
      y: {
        label: null,
        padding: 0.06,
        domain: data.roles.map((row) => roleLabel(row.role)),
        tickFormat: String,
      },
      color: {
        type: 'linear',
        scheme: 'blues',
        domain: [0, Math.max(1, ...cells.map((cell) => cell.fte))],
        legend: true,
        label: 'Vraag (fte)',
        tickFormat: (value: number) => formatFte(value),
      },
      marks: [
        Plot.cell(cells, { x: 'month', y: 'role', fill: 'fte' }),
        Plot.cell(over, { x: 'month', y: 'role', fill: 'none', stroke: 'black', strokeWidth: 3, inset: 1.5 }),
        Plot.text(over, {
          x: 'month',
          y: 'role',
          text: () => '!',
          fill: 'black',
          stroke: 'white',
          strokeWidth: 3,
          paintOrder: 'stroke',
          fontWeight: 'bold',
          fontSize: 14,
        }),
      ],
    };
  }, [data]);
  return <PlotFigure options={options} summary={summarise(data)} />;
}

/** The chart in words: what it shows and where demand exceeds capacity. */
function summarise(data: Staffing): string {
  const first = data.months[0] ?? data.from;
  const last = data.months[data.months.length - 1] ?? data.from;
  const head = `Heatmap van de vraag naar medewerkers per rol per maand, ${formatMonth(first)} tot en met ${formatMonth(last)}, in fte.`;
  if (data.overAllocations.length === 0) return `${head} Geen overbezetting.`;
  const roles = [...new Set(data.overAllocations.map((over) => roleLabel(over.role)))];
  return `${head} Overbezetting in ${data.overAllocations.length} maanden, bij ${roles.join(', ')}; de tabel en lijst hieronder noemen de plannen.`;
}

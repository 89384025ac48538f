import { type ForecastResult, formatHomes } from '../../core/monitor';
import type { ReportMonitor } from './report-input';
import { municipalityNamer } from './report-input';
import { homes, type ReportSheet, share, text, year } from './report-table';

/** How the forecast was made, in one line: scenario, runs, seed. */
export function describeForecastRun(forecast: ForecastResult): string {
  return (
    `Vraagscenario: ${forecast.scenarioLabel}; ${formatHomes(forecast.runs)} simulaties (Monte Carlo), ` +
    `seed ${forecast.seed}; opgave ${formatHomes(forecast.target)} woningen, ` +
    `waarvan ${formatHomes(forecast.realised)} al gerealiseerd.`
  );
}

/** "Prognose": P10/P50/P90 deliveries per year for the region and the probability per municipality. */
export function buildForecastSheet(monitor: ReportMonitor, forecast: ForecastResult): ReportSheet {
  const name = municipalityNamer(monitor);
  return {
    name: 'Prognose',
    title: `Prognose tot en met ${forecast.horizonYear}`,
    notes: [forecast.sentence, describeForecastRun(forecast)],
    tables: [
      {
        caption: 'Opleveringen van de regio per jaar (P10 = pessimistisch, P90 = optimistisch)',
        columns: [year(), homes('P10'), homes('P50'), homes('P90'), homes('Gemiddeld')],
        rows: forecast.perYear.map((row) => [row.year, row.p10, row.p50, row.p90, Math.round(row.mean)]),
      },
      {
        caption: `Kans om de opgave voor ${forecast.horizonYear} te halen`,
        columns: [
          text('Gemeente', 22),
          homes('Opgave'),
          homes('Gerealiseerd'),
          homes('Verwacht (P50)', 16),
          share('Kans', 10),
        ],
        rows: [
          ...forecast.municipalities.map((m) => [
            name(m.code),
            Math.round(m.target),
            m.realised,
            Math.round(m.p50DeliveredByHorizon),
            m.probabilityTargetMet,
          ]),
          [
            'Regio (totaal)',
            forecast.target,
            forecast.realised,
            Math.round(forecast.p50DeliveredByHorizon),
            forecast.probabilityTargetMet,
          ],
        ],
        emphasiseLast: true,
      },
    ],
  };
}

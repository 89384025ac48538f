import type { MonitorAggregate } from './aggregate';
import type { AreaFigures } from './aggregate-area';
import { formatHomes, formatPercent } from './format';
import type { OccupiedCapacity } from './stale';
import type { MonitorSettings } from './types';

/** A monitor signal; the server records each new `key` once as a bottleneck (server/bottlenecks). */
export interface MonitorSignal {
  key: string;
  kind: 'behindTrajectory' | 'shareBelowNorm' | 'stalePlan' | 'lowForecast';
  municipalityCode: string | null;
  planId: string | null;
  title: string;
  detail: string;
}

/** The part of a forecast the signals read (forecast.ts). */
export interface ForecastSignalInput {
  horizonYear: number;
  probabilityTargetMet: number;
  sentence?: string;
}

/** Below this chance of meeting the target by the horizon, the forecast is a signal. */
export const LOW_FORECAST_PROBABILITY = 0.5;

const about = (code: string | null) => ({ municipalityCode: code, planId: null });

function behind(a: AreaFigures, periodEnd: number): MonitorSignal {
  return {
    key: `behind:${a.code ?? 'region'}`,
    kind: 'behindTrajectory',
    ...about(a.code),
    title: `${a.name} ligt achter op het pad naar ${periodEnd}`,
    detail:
      `${a.name} heeft ${formatHomes(a.delivered.homes)} woningen opgeleverd; op het rechte pad naar ` +
      `${formatHomes(a.target.homes)} in ${periodEnd} waren dat er nu ${formatHomes(a.progress.expectedByNow)} ` +
      `geweest (${formatHomes(a.progress.behindBy)} achter).`,
  };
}

function shareSignals(a: AreaFigures): MonitorSignal[] {
  if (a.planned.homes <= 0 || a.code === null) return [];
  const out: MonitorSignal[] = [];
  const planned = `${formatHomes(a.planned.homes)} geplande woningen`;
  if (!a.shares.socialRentOk) {
    out.push({
      key: `share-social:${a.code}`,
      kind: 'shareBelowNorm',
      ...about(a.code),
      title: `Aandeel sociale huur in de plannen van ${a.name} onder de norm`,
      detail: `${formatPercent(a.shares.socialRent)} van de ${planned} is sociale huur; de regio streeft naar een derde.`,
    });
  }
  if (!a.shares.affordableOk) {
    out.push({
      key: `share-affordable:${a.code}`,
      kind: 'shareBelowNorm',
      ...about(a.code),
      title: `Aandeel betaalbaar in de plannen van ${a.name} onder de norm`,
      detail: `${formatPercent(a.shares.affordable)} van de ${planned} is betaalbaar; de norm is twee derde.`,
    });
  }
  return out;
}

function stale(plan: OccupiedCapacity, settings?: MonitorSettings): MonitorSignal {
  const rule = settings
    ? ` Een plan dat ${settings.staleAfterMonths} maanden niet is bijgewerkt, telt als bezette planruimte.`
    : '';
  return {
    key: `stale:${plan.planId}`,
    kind: 'stalePlan',
    municipalityCode: plan.municipalityCode,
    planId: plan.planId,
    title: `${plan.name} bezet ${formatHomes(plan.homes)} woningen planruimte`,
    detail: `${plan.reasons.join(' ')}${rule}`,
  };
}

/**
 * The signals of the monitor: an area behind its path (tone "achter", programme/progress.ts), a municipality
 * whose planned shares are below the norms (one third social rent, two thirds affordable), a plan occupying
 * capacity (stale.ts), and a chance below 50% of meeting the region's target by the horizon. Keys are stable
 * (`behind:GM0402`, `behind:region`, `share-social:GM0406`, `share-affordable:…`, `stale:<planId>`,
 * `forecast:region`), so recording them again adds nothing.
 */
export function detectSignals(input: {
  aggregate: MonitorAggregate;
  occupied: readonly OccupiedCapacity[];
  forecast?: ForecastSignalInput;
  settings?: MonitorSettings;
}): MonitorSignal[] {
  const { aggregate, forecast } = input;
  const areas = [...aggregate.municipalities, aggregate.region];
  const out = areas.filter((a) => a.progress.tone === 'behind').map((a) => behind(a, aggregate.periodEnd));
  out.push(...aggregate.municipalities.flatMap(shareSignals));
  out.push(...input.occupied.map((plan) => stale(plan, input.settings)));
  if (forecast && forecast.probabilityTargetMet < LOW_FORECAST_PROBABILITY) {
    out.push({
      key: 'forecast:region',
      kind: 'lowForecast',
      ...about(null),
      title: `Kleine kans dat de regio de opgave voor ${forecast.horizonYear} haalt`,
      detail:
        forecast.sentence ??
        `Met de huidige plannen haalt de regio de opgave voor ${forecast.horizonYear} met ${formatPercent(forecast.probabilityTargetMet)} kans.`,
    });
  }
  return out;
}

import { SEGMENT_LABELS } from '../programme';
import type { MonitorAggregate } from './aggregate';
import type { OccupiedCapacity } from './stale';

/** A monitor signal; the server records each new `key` once as a bottleneck (server/bottlenecks). */
export interface MonitorSignal {
  key: string;
  kind: 'behindTrajectory' | 'shareBelowNorm' | 'stalePlan' | 'lowForecast';
  municipalityCode: string | null;
  planId: string | null;
  title: string;
  detail: string;
}

const nl = (n: number) => Math.round(n).toLocaleString('nl-NL');
const pct = (n: number) => `${Math.round(n * 100)}%`;

/**
 * Signals of the monitor: a municipality behind its path (tone "achter"), a planned share below the norm, a
 * plan occupying capacity, and a low chance (< 50%) of meeting the target by the horizon.
 */
export function detectSignals(input: {
  aggregate: MonitorAggregate;
  occupied: readonly OccupiedCapacity[];
  forecast?: {
    horizonYear: number;
    probabilityTargetMet: number;
    municipalities: { code: string; probabilityTargetMet: number }[];
  };
}): MonitorSignal[] {
  const { aggregate } = input;
  const out: MonitorSignal[] = [];
  for (const m of aggregate.municipalities) {
    if (m.progress.tone === 'behind') {
      out.push({
        key: `behind:${m.code}`,
        kind: 'behindTrajectory',
        municipalityCode: m.code,
        planId: null,
        title: `${m.name} ligt achter op het pad naar ${aggregate.periodEnd}`,
        detail: `${m.name} heeft ${nl(m.delivered.homes)} woningen opgeleverd; op het rechte pad naar ${nl(m.target.homes)} in ${aggregate.periodEnd} waren dat er nu ${nl(m.progress.expectedByNow)} geweest (${nl(m.progress.behindBy)} achter).`,
      });
    }
    if (m.planned.homes > 0 && !m.shares.socialRentOk) {
      out.push({
        key: `share-social:${m.code}`,
        kind: 'shareBelowNorm',
        municipalityCode: m.code,
        planId: null,
        title: `${SEGMENT_LABELS.socialRent} in de plannen van ${m.name} onder de norm`,
        detail: `${pct(m.shares.socialRent)} van de geplande woningen is sociale huur; de norm is ${pct(aggregate.norms.socialRent)}.`,
      });
    }
    if (m.planned.homes > 0 && !m.shares.affordableOk) {
      out.push({
        key: `share-affordable:${m.code}`,
        kind: 'shareBelowNorm',
        municipalityCode: m.code,
        planId: null,
        title: `Betaalbaar aandeel in de plannen van ${m.name} onder de norm`,
        detail: `${pct(m.shares.affordable)} van de geplande woningen is betaalbaar; de norm is twee derde.`,
      });
    }
  }
  for (const plan of input.occupied) {
    out.push({
      key: `stale:${plan.planId}`,
      kind: 'stalePlan',
      municipalityCode: plan.municipalityCode,
      planId: plan.planId,
      title: `${plan.name} bezet ${nl(plan.homes)} woningen planruimte`,
      detail: plan.reasons.join(' '),
    });
  }
  const forecast = input.forecast;
  if (forecast && forecast.probabilityTargetMet < 0.5) {
    out.push({
      key: `forecast:region:${forecast.horizonYear}`,
      kind: 'lowForecast',
      municipalityCode: null,
      planId: null,
      title: `Lage kans op de opgave voor ${forecast.horizonYear}`,
      detail: `Met de huidige plannen haalt de regio de opgave voor ${forecast.horizonYear} met ${pct(forecast.probabilityTargetMet)} kans.`,
    });
  }
  return out;
}

import { type AreaFigures, formatHomes, formatPercent, type MonitorAggregate } from '../../core/monitor';
import { PROGRESS_LABELS, SEGMENT_LABELS, SEGMENTS, type Segment } from '../../core/programme';
import type { ReportMonitor } from './report-input';
import { homes, type ReportCell, type ReportSheet, share, text, year } from './report-table';

/** The municipalities, then the region (their sum) as the last, bold row. */
function areas(details: MonitorAggregate): AreaFigures[] {
  return [...details.municipalities, { ...details.region, name: 'Regio (totaal)' }];
}

/** "Voortgang": per municipality and region the target, delivered, expected by now, behind by, progress. */
export function buildProgressSheet(monitor: ReportMonitor): ReportSheet {
  const { details } = monitor;
  const rows = areas(details).map((area): ReportCell[] => [
    area.name,
    area.target.homes,
    area.delivered.homes,
    area.progress.expectedByNow,
    area.progress.behindBy,
    area.target.homes ? area.delivered.homes / area.target.homes : null,
    area.progress.tone ? PROGRESS_LABELS[area.progress.tone] : 'geen doel',
    area.target.demo ? 'Demowaarde: geen openbaar cijfer' : (area.target.source ?? ''),
  ]);
  return {
    name: 'Voortgang',
    title: `Voortgang ${details.periodStart}–${details.periodEnd}`,
    notes: [
      'Gerealiseerd telt de opgeleverde woningen in de periode; verwacht is het rechte pad naar het doel.',
    ],
    tables: [
      {
        columns: [
          text('Gemeente', 22),
          homes('Doel'),
          homes('Gerealiseerd'),
          homes('Verwacht nu'),
          homes('Achterstand'),
          share('Voortgang'),
          text('Status', 12),
          text('Bron doel', 34),
        ],
        rows,
        emphasiseLast: true,
      },
    ],
  };
}

/** "Trajectorie": the region's cumulative path to the target and delivered homes per year. */
export function buildTrajectorySheet(monitor: ReportMonitor): ReportSheet {
  const region = monitor.details.region;
  const perYear = new Map(region.delivered.perYear.map((row) => [row.year, row.homes]));
  return {
    name: 'Trajectorie',
    title: 'Gerealiseerd tegen het pad naar het doel (cumulatief)',
    notes: [
      `Doel van de regio: ${formatHomes(region.target.homes)} woningen; het pad loopt recht van 0 naar het doel.`,
    ],
    tables: [
      {
        columns: [
          year(),
          homes('Pad naar doel', 16),
          homes('Gerealiseerd cumulatief', 22),
          homes('Gerealiseerd in jaar', 20),
        ],
        rows: region.trajectory.map((row) => [
          row.year,
          row.path,
          row.delivered,
          row.delivered === null ? null : (perYear.get(row.year) ?? 0),
        ]),
      },
    ],
  };
}

/** The segments with any planned homes, in the usual order (social rent always shown). */
export function plannedSegments(region: AreaFigures): Segment[] {
  return SEGMENTS.filter((s) => s === 'socialRent' || region.planned.bySegment[s] > 0);
}

/** "Planning per jaar": the region's planned deliveries per year by segment. */
export function buildPlanningSheet(monitor: ReportMonitor): ReportSheet {
  const region = monitor.details.region;
  const segments = plannedSegments(region);
  return {
    name: 'Planning per jaar',
    title: 'Geplande opleveringen per jaar en segment',
    notes: ['Plannen die als plancapaciteit tellen (actief, hard of zacht, nog niet opgeleverd).'],
    tables: [
      {
        columns: [year(), ...segments.map((s) => homes(SEGMENT_LABELS[s], 16)), homes('Totaal')],
        rows: region.planned.perYear.map((row) => [
          row.year,
          ...segments.map((s) => row.bySegment[s]),
          row.homes,
        ]),
      },
    ],
  };
}

/** "Plancapaciteit": hard and soft capacity against the remaining need × the reserve margin. */
export function buildCapacitySheet(monitor: ReportMonitor): ReportSheet {
  const { details, settings } = monitor;
  const margin = formatPercent(settings.reserveMargin);
  return {
    name: 'Plancapaciteit',
    title: 'Plancapaciteit naar hardheid tegen de resterende opgave',
    notes: [
      `Reservemarge: ${margin} van de resterende opgave (resterende opgave = doel min gerealiseerd).`,
      settings.rationale.text,
      ...settings.rationale.sources.map((source) => `Bron reservemarge: ${source}`),
    ],
    tables: [
      {
        columns: [
          text('Gemeente', 22),
          homes('Hard'),
          homes('Zacht'),
          homes('Resterende opgave', 18),
          homes(`Gewenst (${margin})`, 16),
          homes('Tekort hard', 13),
          homes('Tekort hard + zacht', 18),
        ],
        rows: areas(details).map((a) => [
          a.name,
          a.capacity.hard,
          a.capacity.soft,
          a.capacity.remainingNeed,
          a.capacity.wanted,
          a.capacity.gap.hard,
          a.capacity.gap.hardAndSoft,
        ]),
        emphasiseLast: true,
      },
    ],
  };
}

/** "Aandelen": planned shares of social rent and affordable homes against the norms. */
export function buildSharesSheet(monitor: ReportMonitor): ReportSheet {
  const { norms } = monitor.details;
  const verdict = (ok: boolean) => (ok ? 'voldoet' : 'onder de norm');
  return {
    name: 'Aandelen',
    title: 'Aandelen sociale huur en betaalbaar in de plannen',
    notes: [
      `Normen: sociale huur ${formatPercent(norms.socialRent)} (regionale afspraak), landelijk ${formatPercent(norms.nationalSocialRent)}; betaalbaar ${formatPercent(norms.affordable)}.`,
    ],
    tables: [
      {
        columns: [
          text('Gemeente', 22),
          homes('Gepland'),
          share('Sociale huur', 13),
          text('Norm sociale huur', 18),
          share('Betaalbaar', 12),
          text('Norm betaalbaar', 16),
        ],
        rows: areas(monitor.details).map((a) => [
          a.name,
          a.planned.homes,
          a.shares.socialRent,
          verdict(a.shares.socialRentOk),
          a.shares.affordable,
          verdict(a.shares.affordableOk),
        ]),
        emphasiseLast: true,
      },
    ],
  };
}

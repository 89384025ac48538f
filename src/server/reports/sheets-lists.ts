import { formatDate, formatHomes, PROGRAMME_STATUS_LABELS } from '../../core/monitor';
import { HARDNESS_LABELS, PHASE_LABELS } from '../../core/programme';
import { amsterdamDay, municipalityNamer, type ReportMonitor } from './report-input';
import { homes, type ReportCell, type ReportSheet, text } from './report-table';

/** "Bezette planruimte": plans that hold capacity without moving, with the reasons. */
export function buildOccupiedSheet(monitor: ReportMonitor): ReportSheet {
  const name = municipalityNamer(monitor);
  const total = monitor.occupied.reduce((sum, plan) => sum + plan.homes, 0);
  return {
    name: 'Bezette planruimte',
    title: 'Bezette planruimte: plannen die capaciteit vasthouden zonder voortgang',
    notes: monitor.occupied.length
      ? [
          `${monitor.occupied.length} plannen houden samen ${formatHomes(total)} woningen plancapaciteit vast.`,
        ]
      : [],
    tables: [
      {
        columns: [
          text('Plan', 34),
          text('Gemeente', 16),
          text('Hardheid', 10),
          homes('Woningen', 10),
          text('Reden', 60),
        ],
        rows: monitor.occupied.map((plan) => [
          plan.name,
          name(plan.municipalityCode),
          HARDNESS_LABELS[plan.hardness],
          plan.homes,
          plan.reasons.join(' '),
        ]),
        empty: 'Geen plannen die planruimte bezet houden.',
      },
    ],
  };
}

/** "Vrijgevallen": plans put on hold or withdrawn, with the capacity they freed. */
export function buildFreedSheet(monitor: ReportMonitor): ReportSheet {
  const name = municipalityNamer(monitor);
  return {
    name: 'Vrijgevallen',
    title: 'Vrijgevallen plancapaciteit (on hold of ingetrokken)',
    notes: [],
    tables: [
      {
        columns: [
          text('Plan', 34),
          text('Gemeente', 16),
          text('Hardheid', 10),
          text('Status', 12),
          homes('Woningen', 10),
        ],
        rows: monitor.freed.map((plan) => [
          plan.name,
          name(plan.municipalityCode),
          HARDNESS_LABELS[plan.hardness],
          PROGRAMME_STATUS_LABELS[plan.status],
          plan.homes,
        ]),
        empty: 'Geen vrijgevallen plancapaciteit.',
      },
    ],
  };
}

type Changes = NonNullable<ReportMonitor['changes']>;

/** The changes as rows: kind, plan, municipality, homes, what changed. */
function changeRows(changes: Changes, name: (code: string) => string): ReportCell[][] {
  const row = (
    kind: string,
    p: { name: string; municipalityCode: string; homes: number },
    what: string | null,
  ) => [kind, p.name, name(p.municipalityCode), p.homes, what];
  const stage = (s: { phase: keyof typeof PHASE_LABELS; hardness: keyof typeof HARDNESS_LABELS }) =>
    `${PHASE_LABELS[s.phase]}, ${HARDNESS_LABELS[s.hardness].toLowerCase()}`;
  return [
    ...changes.added.map((p) => row('Toegevoegd', p, null)),
    ...changes.dropped.map((p) =>
      row('Vervallen', p, p.status === 'removed' ? 'Verwijderd' : PROGRAMME_STATUS_LABELS[p.status]),
    ),
    ...changes.moved.map((p) => row('Verschoven', p, `Van ${stage(p.from)} naar ${stage(p.to)}`)),
    ...changes.delayed.map((p) =>
      row('Vertraagd', p, `Eerste oplevering van ${p.from} naar ${p.to} (${p.years} jaar later)`),
    ),
  ];
}

/** "Wijzigingen": what changed since the last quarterly snapshot. */
export function buildChangesSheet(monitor: ReportMonitor): ReportSheet {
  const { changes } = monitor;
  const since = changes
    ? `Sinds de momentopname ${changes.since.quarter} van ${formatDate(amsterdamDay(changes.since.takenAt))}.`
    : 'Er is nog geen momentopname om mee te vergelijken.';
  return {
    name: 'Wijzigingen',
    title: 'Wijzigingen sinds de laatste momentopname',
    notes: [since],
    tables: [
      {
        columns: [
          text('Wijziging', 12),
          text('Plan', 34),
          text('Gemeente', 16),
          homes('Woningen', 10),
          text('Toelichting', 56),
        ],
        rows: changes ? changeRows(changes, municipalityNamer(monitor)) : [],
        empty: changes ? 'Geen wijzigingen sinds de momentopname.' : 'Geen momentopname.',
      },
    ],
  };
}

import { type CommitmentStatus, STATUS_LABELS } from '../../../core/agreements';
import { formatNumber } from '../../format';
import type { Commitment } from './agreements-api';

const BADGE: Record<CommitmentStatus, string> = {
  onTrack: 'wr-badge--ok',
  done: 'wr-badge--ok',
  atRisk: 'wr-badge--risk',
  behind: 'wr-badge--behind',
};

/** A commitment's status: its Dutch word in a coloured badge (never colour alone). */
export function StatusBadge({ status }: { status: CommitmentStatus }) {
  return <span className={`wr-badge ${BADGE[status]}`}>{STATUS_LABELS[status]}</span>;
}

/** "120 woningen" / "€ 20.000 per woning" / "–". */
export function formatAmount(value: number | null, unit: string): string {
  if (value === null) return '–';
  if (unit.startsWith('€')) return `€ ${formatNumber(value)}${unit.slice(1)}`;
  return `${formatNumber(value)}${unit ? ` ${unit}` : ''}`;
}

/** The actual with where it comes from: computed from linked plans, or entered by hand. */
export function ActualCell({ commitment: c }: { commitment: Commitment }) {
  if (c.type === 'process') return <span className="wr-muted">n.v.t.</span>;
  if (c.progress.basis === 'computed') {
    return (
      <>
        <span data-testid="realisatie">{formatAmount(c.actual, c.unit)}</span>{' '}
        <span className="wr-badge wr-badge--internal wr-badge--small">berekend</span>
        <br />
        <span className="wr-small wr-muted">
          opgeleverd; nog gepland {formatNumber(c.progress.planned)} in {yearSpan(c.progress.years)} uit{' '}
          {c.plans.length} {c.plans.length === 1 ? 'plan' : 'plannen'}
        </span>
      </>
    );
  }
  return (
    <>
      <span data-testid="realisatie">{formatAmount(c.actual, c.unit)}</span>{' '}
      <span className="wr-badge wr-badge--internal wr-badge--small">ingevoerd</span>
    </>
  );
}

/** Counts per status, as text: "3 op koers · 1 risico". */
export function StatusSummary({ byStatus }: { byStatus: Record<CommitmentStatus, number> }) {
  const parts = (Object.keys(STATUS_LABELS) as CommitmentStatus[])
    .filter((s) => byStatus[s] > 0)
    .map((s) => (
      <span key={s} className="wr-agreement-count">
        <StatusBadge status={s} /> {byStatus[s]}
      </span>
    ));
  return parts.length ? (
    <span className="wr-agreement-counts">{parts}</span>
  ) : (
    <span className="wr-muted">geen toezeggingen</span>
  );
}

/** [2026, 2027, 2028] → "2026–2028". */
export function yearSpan(years: number[]): string {
  return years.length > 1 ? `${years[0]}–${years[years.length - 1]}` : String(years[0] ?? '');
}

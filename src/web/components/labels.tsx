import {
  HARDNESS_LABELS,
  type Hardness,
  PHASE_LABELS,
  type Phase,
  PLANNING_STATUS_LABELS,
  type PlanningStatus,
} from '../../core/programme';

const HARDNESS_CLASS: Record<Hardness, string> = {
  hard: 'wr-badge--hard',
  soft: 'wr-badge--soft',
  internal: 'wr-badge--internal',
};

/** Hardness as text with a colour (never colour alone). */
export function HardnessBadge({ hardness }: { hardness: Hardness }) {
  return <span className={`wr-badge ${HARDNESS_CLASS[hardness]}`}>{HARDNESS_LABELS[hardness]}</span>;
}

/** "2A. Vastgesteld" with its hardness. */
export function PlanningStatusText({ status, hardness }: { status: PlanningStatus; hardness: Hardness }) {
  return (
    <span className="wr-nowrap">
      <abbr title={PLANNING_STATUS_LABELS[status]}>{status}</abbr> <HardnessBadge hardness={hardness} />
    </span>
  );
}

export function phaseLabel(phase: Phase): string {
  return PHASE_LABELS[phase];
}

/** A domain word with its explanation once, as a tooltip (ux.md). */
export function Term({ children, title }: { children: string; title: string }) {
  return (
    <abbr className="wr-term" title={title}>
      {children}
    </abbr>
  );
}

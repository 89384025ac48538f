import type { LogbookAnswer } from './logbook-api';

/** The answers in full, as the logbook shows them. */
export const ANSWER_LABELS: Record<LogbookAnswer, string> = {
  ja: 'Ja',
  nee: 'Nee',
  nvt: 'Niet van toepassing',
};

const ANSWER_CLASS: Record<LogbookAnswer, string> = {
  ja: 'wr-badge--ok',
  nee: 'wr-badge--behind',
  nvt: 'wr-badge--internal',
};

/** An answer as text with a colour (never colour alone). */
export function AnswerBadge({ answer }: { answer: LogbookAnswer }) {
  return <span className={`wr-badge ${ANSWER_CLASS[answer]}`}>{ANSWER_LABELS[answer]}</span>;
}

/** A warning triangle; decorative, the text next to it says what it means. */
export function WarningIcon() {
  return (
    <svg
      className="wr-lb-icon"
      viewBox="0 0 20 20"
      width="18"
      height="18"
      aria-hidden="true"
      focusable="false"
    >
      <path d="M10 1.5 19 18H1z" fill="currentColor" />
      <path d="M9 7h2v5.5H9zM9 14h2v2H9z" fill="#fff" />
    </svg>
  );
}

/** The mark of an open question that blocks the next phase: icon and text. */
export function BlockingMark() {
  return (
    <span className="wr-lb-blocking">
      <WarningIcon />
      Blokkeert de volgende fase
    </span>
  );
}

/** "1 open vraag blokkeert", "3 open vragen blokkeren". */
export function blockingSummary(count: number): string {
  if (count === 0) return 'Geen open vragen blokkeren de volgende fase.';
  return count === 1
    ? '1 open vraag blokkeert de volgende fase.'
    : `${count} open vragen blokkeren de volgende fase.`;
}

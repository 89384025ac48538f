import { useState } from 'react';
import { formatDateTime } from '../../format';
import { AnswerBadge } from './labels';
import type { LogbookEntry } from './logbook-api';

const FIRST = 8;

/** Every answer of the plan's logbook, newest first: when, who, the question, the answer and the note. */
export function LogbookTimeline({ history, canEdit }: { history: LogbookEntry[]; canEdit: boolean }) {
  const [all, setAll] = useState(false);
  const shown = all ? history : history.slice(0, FIRST);
  return (
    <section className="wr-lb-timeline" aria-labelledby="logboek-tijdlijn-titel">
      <h3 className="utrecht-heading-3" id="logboek-tijdlijn-titel">
        Tijdlijn van het logboek
      </h3>
      {history.length === 0 ? (
        <p className="wr-empty">
          Nog geen antwoorden.{' '}
          {canEdit
            ? 'Beantwoord een vraag: het antwoord komt hier te staan, met wie en wanneer.'
            : 'De gemeente of corporatie van het plan vult het logboek in.'}
        </p>
      ) : (
        <>
          <p className="wr-small wr-muted">
            {history.length === 1 ? '1 antwoord' : `${history.length} antwoorden`}, nieuwste eerst.
          </p>
          <ol className="wr-lb-entries" data-testid="logbook-timeline">
            {shown.map((entry) => (
              <li key={entry.id} className="wr-lb-entry">
                <p className="wr-lb-entry__meta">
                  <time dateTime={entry.answeredAt}>{formatDateTime(entry.answeredAt)}</time>
                  <br />
                  {entry.answeredBy.name || 'Onbekend'}
                  {entry.answeredBy.organisationName && `, ${entry.answeredBy.organisationName}`}
                </p>
                <p className="wr-lb-entry__question">{entry.question}</p>
                <p className="wr-lb-entry__answer">
                  <AnswerBadge answer={entry.answer} />
                  {entry.note && <span className="wr-lb-entry__note">{entry.note}</span>}
                </p>
              </li>
            ))}
          </ol>
          {history.length > FIRST && (
            <button
              type="button"
              className="utrecht-button utrecht-button--subtle"
              aria-expanded={all}
              onClick={() => setAll(!all)}
            >
              {all ? `Alleen de nieuwste ${FIRST} tonen` : `Alle ${history.length} antwoorden tonen`}
            </button>
          )}
        </>
      )}
    </section>
  );
}

import { useEffect, useRef, useState } from 'react';

/**
 * "Standaardwaarden herstellen" asks first (ux.md: destructive actions ask first), in place like the
 * programme status of a plan does, and says what gets lost.
 */
export function ResetDefaults({
  onConfirm,
  pending,
  dirty,
}: {
  onConfirm: () => void;
  pending: boolean;
  dirty: boolean;
}) {
  const [asking, setAsking] = useState(false);
  const panel = useRef<HTMLDivElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);
  // Focus follows the question: into it when it opens, back to the button when it closes.
  useEffect(() => {
    if (asking) panel.current?.focus();
    else if (asked.current) opener.current?.focus();
    asked.current = asking;
  }, [asking]);

  if (!asking) {
    return (
      <button
        ref={opener}
        type="button"
        className="utrecht-button utrecht-button--secondary-action"
        onClick={() => setAsking(true)}
      >
        Standaardwaarden herstellen
      </button>
    );
  }
  return (
    <div
      ref={panel}
      className="utrecht-alert utrecht-alert--warning fp-confirm"
      role="alertdialog"
      aria-labelledby="fp-confirm-title"
      aria-describedby="fp-confirm-text"
      tabIndex={-1}
    >
      <div>
        <h2 className="utrecht-heading-3" id="fp-confirm-title">
          Standaardwaarden herstellen?
        </h2>
        <p className="utrecht-paragraph" id="fp-confirm-text">
          De eigen waarden van de regio en hun toelichting vervallen. De prognose rekent weer met de
          standaardwaarden. {dirty ? 'Wat je nog niet hebt opgeslagen, gaat ook verloren. ' : ''}Direct daarna
          kun je dit ongedaan maken.
        </p>
        <div className="wr-actions">
          <button
            type="button"
            className="utrecht-button utrecht-button--primary-action"
            onClick={() => {
              onConfirm();
              setAsking(false);
            }}
            disabled={pending}
          >
            Ja, standaardwaarden herstellen
          </button>
          <button
            type="button"
            className="utrecht-button utrecht-button--subtle"
            onClick={() => setAsking(false)}
          >
            Annuleren
          </button>
        </div>
      </div>
    </div>
  );
}

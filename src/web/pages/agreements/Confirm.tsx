import { useEffect, useRef } from 'react';

/** Asks before something is removed; the "yes" button gets the focus. */
export function Confirm({
  text,
  yes,
  pending,
  error,
  onYes,
  onNo,
}: {
  text: string;
  yes: string;
  pending: boolean;
  error?: unknown;
  onYes: () => void;
  onNo: () => void;
}) {
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => button.current?.focus(), []);
  return (
    <div className="wr-confirm">
      <span>{text}</span>
      <button
        ref={button}
        type="button"
        className="utrecht-button utrecht-button--secondary-action"
        onClick={onYes}
        disabled={pending}
      >
        {pending ? 'Bezig…' : yes}
      </button>
      <button type="button" className="utrecht-button utrecht-button--subtle" onClick={onNo}>
        Annuleren
      </button>
      {error instanceof Error && (
        <p className="utrecht-form-field-error-message" role="alert">
          {error.message}
        </p>
      )}
    </div>
  );
}

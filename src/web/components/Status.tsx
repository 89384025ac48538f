import { ApiError } from '../api';

/** A visible, announced loading state. */
export function Loading({ label = 'Laden…' }: { label?: string }) {
  return (
    <p className="wr-loading" role="status">
      <span className="wr-spinner" aria-hidden="true" />
      {label}
    </p>
  );
}

/** An error while loading, in plain Dutch. */
export function QueryError({ error }: { error: unknown }) {
  const message =
    error instanceof ApiError
      ? error.message
      : 'De gegevens konden niet worden geladen. Probeer het opnieuw.';
  return (
    <div className="utrecht-alert utrecht-alert--error" role="alert">
      <p className="utrecht-paragraph">{message}</p>
    </div>
  );
}

import { type ReactNode, useState } from 'react';
import { Link } from 'react-router';
import { ApiError } from '../../api';
import type { Proposal } from './meetings-api';
import { formatMeetingDay, formatSheetDate } from './meetings-format';

/** The error of a failed request that is not about one field (a 403, 409, …), or null. */
export function formError(error: unknown): string | null {
  if (!error) return null;
  if (error instanceof ApiError)
    return error.errors.length ? 'Niet alle velden zijn goed ingevuld.' : error.message;
  return 'Er ging iets mis. Probeer het opnieuw.';
}

/** A message under a form: what went wrong, announced. */
export function FormMessage({ error }: { error: unknown }) {
  const message = formError(error);
  if (!message) return null;
  return (
    <div className="utrecht-alert utrecht-alert--error wr-meetings-alert" role="alert">
      <p className="utrecht-paragraph">{message}</p>
    </div>
  );
}

/** A destructive button that asks first ("Weet je het zeker?") and only then acts. */
export function ConfirmButton({
  label,
  question,
  confirmLabel,
  onConfirm,
  pending = false,
}: {
  label: ReactNode;
  question: string;
  confirmLabel: string;
  onConfirm: () => void;
  pending?: boolean;
}) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button
        type="button"
        className="utrecht-button utrecht-button--secondary-action"
        onClick={() => setAsking(true)}
      >
        {label}
      </button>
    );
  }
  return (
    <span className="wr-confirm wr-meetings-confirm">
      <span>{question}</span>
      <button
        type="button"
        className="utrecht-button utrecht-button--primary-action"
        disabled={pending}
        onClick={onConfirm}
      >
        {confirmLabel}
      </button>
      <button
        type="button"
        className="utrecht-button utrecht-button--subtle"
        onClick={() => setAsking(false)}
      >
        Annuleren
      </button>
    </span>
  );
}

/** "Overleg" as the first crumb, then the given links. */
export function Breadcrumb({ children }: { children?: ReactNode }) {
  return (
    <p className="wr-breadcrumb">
      <Link to="/overleg">Overleg</Link>
      {children}
    </p>
  );
}

/** Where a route step stands, in words. */
function stepState(
  proposal: Proposal,
  index: number,
): { text: string; tone: 'ok' | 'risk' | 'internal' | 'behind' } {
  const step = proposal.routeSteps[index];
  if (!step) return { text: '', tone: 'internal' };
  if (step.outcome === 'rejected') return { text: 'Niet vastgesteld', tone: 'behind' };
  if (step.outcome === 'done') return { text: 'Afgerond', tone: 'ok' };
  if (proposal.currentStepIndex === index) {
    return { text: step.scheduled ? 'Nu: staat op de agenda' : 'Nu: nog niet geagendeerd', tone: 'risk' };
  }
  return { text: step.scheduled ? 'Later (al geagendeerd)' : 'Later', tone: 'internal' };
}

/** The proposal's route as on the cover sheet (Overleg · Datum · Doel · Conclusie), with where it is now. */
export function RouteTable({ proposal, caption }: { proposal: Proposal; caption: string }) {
  return (
    <div className="wr-table-scroll">
      <table className="utrecht-table wr-table wr-route-table">
        <caption className="wr-visually-hidden">{caption}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th className="utrecht-table__header-cell" scope="col">
              Datum
            </th>
            <th className="utrecht-table__header-cell" scope="col">
              Overleg
            </th>
            <th className="utrecht-table__header-cell" scope="col">
              Doel
            </th>
            <th className="utrecht-table__header-cell" scope="col">
              Conclusie
            </th>
            <th className="utrecht-table__header-cell wr-screen-only" scope="col">
              Stand
            </th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {proposal.routeSteps.map((step, index) => {
            const state = stepState(proposal, index);
            const last = step.treatments.at(-1);
            return (
              <tr
                key={step.id}
                className={`utrecht-table__row${proposal.currentStepIndex === index ? ' wr-route-current' : ''}`}
                data-testid="route-step"
              >
                <td className="utrecht-table__cell">{formatSheetDate(step.date)}</td>
                <th className="utrecht-table__header-cell" scope="row">
                  {last ? (
                    <Link to={`/overleg/vergaderingen/${last.meetingId}`}>{step.tableName}</Link>
                  ) : (
                    step.tableName
                  )}
                </th>
                <td className="utrecht-table__cell">{step.purposeLabel}</td>
                <td className="utrecht-table__cell">{step.conclusion ?? ''}</td>
                <td className="utrecht-table__cell wr-screen-only">
                  <span className={`wr-badge wr-badge--${state.tone}`}>{state.text}</span>
                  {last && !step.outcome && step.scheduled && (
                    <span className="wr-small wr-muted"> {formatMeetingDay(last.startsAt)}</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** "Nu: PHO (bespreken)" or the status when the route is over. */
export function whereIsProposal(proposal: Proposal): string {
  const step = proposal.currentStepIndex === null ? null : proposal.routeSteps[proposal.currentStepIndex];
  return step ? `${step.tableName} (${step.purposeLabel})` : proposal.statusLabel;
}

import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError } from '../../api';
import { Field } from '../../components/Field';
import { type CompensationRequests, fundApi } from './fund-api';
import { formatLedgerEuro } from './fund-format';

type Decision = 'approved' | 'rejected';

/**
 * The municipality's decision on one request: choose, motivate, then confirm — approval books the amount in the
 * fund and cannot be undone other than by a correction.
 */
export function CompensationDecision({
  requestId,
  amountEur,
  onDecided,
}: {
  requestId: string;
  amountEur: number;
  onDecided: (next: CompensationRequests) => void;
}) {
  const [decision, setDecision] = useState<Decision | null>(null);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | undefined>();
  const decide = useMutation({
    mutationFn: (chosen: Decision) => fundApi.decide(requestId, { decision: chosen, note }),
    onSuccess: onDecided,
    onError: (failure) =>
      setError(
        failure instanceof ApiError ? (failure.errors[0]?.message ?? failure.message) : String(failure),
      ),
  });
  if (!decision) {
    return (
      <div className="wr-actions">
        <button
          type="button"
          className="utrecht-button utrecht-button--secondary-action"
          onClick={() => setDecision('approved')}
        >
          Toekennen…
        </button>
        <button
          type="button"
          className="utrecht-button utrecht-button--subtle"
          onClick={() => setDecision('rejected')}
        >
          Afwijzen…
        </button>
      </div>
    );
  }
  const fieldId = `besluit-${requestId}`;
  return (
    <form
      className="wr-fund-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (note.trim().length < 10) setError('Motiveer het besluit (minstens 10 tekens).');
        else decide.mutate(decision);
      }}
    >
      <Field
        id={fieldId}
        label={decision === 'approved' ? 'Motivering van de toekenning' : 'Motivering van de afwijzing'}
        error={error}
      >
        {(props) => (
          <textarea
            {...props}
            // The field appears after a click on "Toekennen…" or "Afwijzen…": the cursor goes there.
            // biome-ignore lint/a11y/noAutofocus: focus follows the user's own action
            autoFocus
            className="utrecht-textarea utrecht-textarea--html-textarea"
            rows={2}
            value={note}
            onChange={(event) => setNote(event.target.value)}
          />
        )}
      </Field>
      <div className="wr-fund-confirm">
        <span>
          {decision === 'approved'
            ? `Toekennen boekt ${formatLedgerEuro(amountEur)} als afdracht in het fonds. Dat kan daarna alleen met een correctie worden hersteld.`
            : 'Afwijzen is definitief; de indiener kan daarna een nieuw verzoek indienen.'}
        </span>
        <button
          type="submit"
          className="utrecht-button utrecht-button--primary-action"
          disabled={decide.isPending}
        >
          {decision === 'approved' ? 'Ja, toekennen' : 'Ja, afwijzen'}
        </button>
        <button
          type="button"
          className="utrecht-button utrecht-button--subtle"
          onClick={() => {
            setDecision(null);
            setError(undefined);
          }}
        >
          Annuleren
        </button>
      </div>
    </form>
  );
}

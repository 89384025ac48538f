import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { PROGRAMME_STATUS_LABELS, type ProgrammeStatus } from '../../../core/monitor/types';
import { ApiError, api, type Plan } from '../../api';
import { Field } from '../../components/Field';
import { formatDate } from '../../format';

const ACTIONS: { status: ProgrammeStatus; label: string; help: string }[] = [
  {
    status: 'onHold',
    label: 'On hold zetten',
    help: 'Het plan telt tijdelijk niet mee als plancapaciteit; de ruimte komt vrij voor andere plannen.',
  },
  {
    status: 'withdrawn',
    label: 'Intrekken',
    help: 'Het plan gaat niet door. De plancapaciteit komt vrij. Je kunt het later weer actief maken.',
  },
];

/**
 * Adaptive programming on the plan page: put a plan on hold or withdraw it, with a reason, so its plan
 * capacity is freed in the monitor (seed 003, "Zorg dat bestaande plannen de planruimte niet blijven bezetten").
 */
export function ProgrammeStatusPanel({ plan }: { plan: Plan }) {
  const queryClient = useQueryClient();
  const [choice, setChoice] = useState<ProgrammeStatus | null>(null);
  const [reason, setReason] = useState('');
  const current = plan.programmeStatus;
  const change = useMutation({
    mutationFn: (status: ProgrammeStatus) =>
      api.setProgrammeStatus(plan.id, { status, reason, version: plan.version }),
    onSuccess: (updated) => {
      setChoice(null);
      setReason('');
      queryClient.setQueryData(['plan', plan.id], updated);
      return queryClient.invalidateQueries({ queryKey: ['plan-versions', plan.id] });
    },
  });
  const reasonError =
    change.error instanceof ApiError
      ? change.error.errors.find((e) => e.path === 'reason')?.message
      : undefined;
  const picked = ACTIONS.find((action) => action.status === choice);
  return (
    <div data-testid="programme-status">
      <p className="utrecht-paragraph">
        <span className={`wr-badge wr-badge--${current.status === 'active' ? 'ok' : 'risk'}`}>
          {PROGRAMME_STATUS_LABELS[current.status]}
        </span>
        {current.status !== 'active' && current.reason && (
          <>
            {' '}
            sinds {formatDate(current.at)}: {current.reason}
          </>
        )}
      </p>
      {plan.permissions.canEdit && !picked && (
        <div className="wr-actions">
          {current.status === 'active' ? (
            ACTIONS.map((action) => (
              <button
                key={action.status}
                type="button"
                className="utrecht-button utrecht-button--secondary-action"
                onClick={() => setChoice(action.status)}
              >
                {action.label}
              </button>
            ))
          ) : (
            <button
              type="button"
              className="utrecht-button utrecht-button--secondary-action"
              onClick={() => change.mutate('active')}
              disabled={change.isPending}
            >
              Weer actief maken
            </button>
          )}
        </div>
      )}
      {picked && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            change.mutate(picked.status);
          }}
        >
          <p className="utrecht-paragraph">{picked.help}</p>
          <Field
            id="programme-reason"
            label="Reden"
            error={reasonError}
            help="Bijvoorbeeld: netcongestie tot 2029."
          >
            {(props) => (
              <textarea
                {...props}
                className="utrecht-textarea"
                rows={2}
                value={reason}
                onChange={(event) => setReason(event.target.value)}
              />
            )}
          </Field>
          <div className="wr-actions">
            <button
              type="submit"
              className="utrecht-button utrecht-button--primary-action"
              disabled={change.isPending}
            >
              {change.isPending ? 'Opslaan…' : `Ja, ${picked.label.toLowerCase()}`}
            </button>
            <button
              type="button"
              className="utrecht-button utrecht-button--subtle"
              onClick={() => setChoice(null)}
            >
              Annuleren
            </button>
          </div>
        </form>
      )}
      {change.isError && !reasonError && (
        <p className="utrecht-form-field-error-message" role="alert">
          {change.error.message}
        </p>
      )}
    </div>
  );
}

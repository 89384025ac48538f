import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { QueryError } from '../../components/Status';
import { formatDateTime } from '../../format';
import { type Scenario, whatIfApi } from './what-if-api';

/** The organisation's saved scenarios: compute one again, or remove it after a confirmation. */
export function ScenarioList({
  scenarios,
  canEdit,
  onLoad,
}: {
  scenarios: Scenario[];
  canEdit: boolean;
  onLoad: (scenario: Scenario) => void;
}) {
  const [confirming, setConfirming] = useState<string | null>(null);
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: (id: string) => whatIfApi.remove(id),
    onSuccess: () => {
      setConfirming(null);
      void queryClient.invalidateQueries({ queryKey: ['schedule-scenarios'] });
    },
  });
  if (scenarios.length === 0) return <p className="wr-empty">Er zijn nog geen scenario’s bewaard.</p>;
  return (
    <>
      {remove.isError && <QueryError error={remove.error} />}
      <ul className="wr-whatif-scenarios">
        {scenarios.map((scenario) => (
          <li key={scenario.id} className="wr-whatif-scenario">
            <h3 className="utrecht-heading-3">{scenario.name}</h3>
            <p className="wr-small wr-muted">
              Bewaard {formatDateTime(scenario.createdAt)} ·{' '}
              {scenario.planId ? 'één plan' : 'alle plannen van de gemeente'}
            </p>
            <p className="utrecht-paragraph">{scenario.changes.map((change) => change.label).join('; ')}</p>
            <p className="utrecht-paragraph">{scenario.result.summary.sentence}</p>
            {confirming === scenario.id ? (
              <Confirm
                name={scenario.name}
                pending={remove.isPending}
                onYes={() => remove.mutate(scenario.id)}
                onNo={() => setConfirming(null)}
              />
            ) : (
              <div className="wr-actions">
                <button
                  type="button"
                  className="utrecht-button utrecht-button--secondary-action"
                  aria-label={`Opnieuw doorrekenen: ${scenario.name}`}
                  onClick={() => onLoad(scenario)}
                >
                  Opnieuw doorrekenen
                </button>
                {canEdit && (
                  <button
                    type="button"
                    className="utrecht-button utrecht-button--subtle"
                    aria-label={`Verwijderen: ${scenario.name}`}
                    onClick={() => setConfirming(scenario.id)}
                  >
                    Verwijderen
                  </button>
                )}
              </div>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

function Confirm({
  name,
  pending,
  onYes,
  onNo,
}: {
  name: string;
  pending: boolean;
  onYes: () => void;
  onNo: () => void;
}) {
  const yes = useRef<HTMLButtonElement>(null);
  useEffect(() => yes.current?.focus(), []);
  return (
    <div className="wr-confirm">
      <span>
        Scenario <strong>{name}</strong> verwijderen? Dit kan niet ongedaan worden gemaakt.
      </span>
      <button
        ref={yes}
        type="button"
        className="utrecht-button utrecht-button--secondary-action"
        onClick={onYes}
        disabled={pending}
      >
        {pending ? 'Verwijderen…' : 'Ja, verwijderen'}
      </button>
      <button type="button" className="utrecht-button utrecht-button--subtle" onClick={onNo}>
        Annuleren
      </button>
    </div>
  );
}

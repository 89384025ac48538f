import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError, api } from '../../api';
import { SelectField, TextField } from '../../components/Field';
import { knowledgeApi } from './knowledge-api';

/** Records that the item was used in a plan the editor may see, with a short note on how. */
export function LinkPlanForm({ itemId, linked }: { itemId: string; linked: string[] }) {
  const client = useQueryClient();
  const [planId, setPlanId] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | undefined>();
  const plans = useQuery({ queryKey: ['plans', 'names'], queryFn: () => api.plans('?limit=200&sort=name') });
  const link = useMutation({
    mutationFn: () => knowledgeApi.linkPlan(itemId, planId, note),
    onSuccess: (next) => {
      client.setQueryData(['knowledge', itemId], next);
      setPlanId('');
      setNote('');
    },
    onError: (failure) => setError(failure instanceof ApiError ? failure.message : String(failure)),
  });
  const options = (plans.data?.items ?? [])
    .filter((plan) => !linked.includes(plan.id))
    .map((plan) => [plan.id, `${plan.name} (${plan.municipalityName})`] as const);
  return (
    <form
      className="wr-knowledge-link"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setError(undefined);
        if (!planId) return setError('Kies een plan.');
        link.mutate();
      }}
    >
      <h3 className="utrecht-heading-3">Koppelen aan een plan</h3>
      <SelectField
        id="kennis-koppel-plan"
        label="Plan"
        value={planId}
        onChange={setPlanId}
        options={options}
        placeholder="Kies een plan…"
        error={error}
      />
      <TextField
        id="kennis-koppel-notitie"
        label="Notitie (optioneel)"
        help="Hoe is dit in het plan gebruikt?"
        value={note}
        onChange={setNote}
      />
      <div className="wr-actions">
        <button
          type="submit"
          className="utrecht-button utrecht-button--secondary-action"
          disabled={link.isPending}
        >
          Koppelen
        </button>
      </div>
    </form>
  );
}

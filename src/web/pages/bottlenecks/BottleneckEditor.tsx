import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { ApiError, api, type Bottleneck, type BottleneckStatus, type Organisation } from '../../api';
import { Field, SelectField } from '../../components/Field';
import { BOTTLENECK_STATUS_LABELS } from './labels';

/** Status, owner and note of one bottleneck, saved together. */
export function BottleneckEditor({
  bottleneck,
  organisations,
}: {
  bottleneck: Bottleneck;
  organisations: Organisation[];
}) {
  const base = useId();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<BottleneckStatus>(bottleneck.status);
  const [owner, setOwner] = useState(bottleneck.owner?.id ?? '');
  const [note, setNote] = useState(bottleneck.note ?? '');
  const save = useMutation({
    mutationFn: () =>
      api.updateBottleneck(bottleneck.id, { status, ownerOrganisationId: owner || null, note: note || null }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['bottlenecks'] }),
  });
  const fieldError = (path: string) =>
    save.error instanceof ApiError ? save.error.errors.find((e) => e.path === path)?.message : undefined;
  return (
    <form
      className="wr-inline-form"
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate();
      }}
    >
      <SelectField
        id={`${base}-status`}
        label="Status"
        value={status}
        onChange={(value) => setStatus(value as BottleneckStatus)}
        options={Object.entries(BOTTLENECK_STATUS_LABELS)}
        error={fieldError('status')}
      />
      <SelectField
        id={`${base}-owner`}
        label="Eigenaar"
        value={owner}
        onChange={setOwner}
        placeholder="Nog niemand"
        options={organisations.map((org) => [org.id, org.name] as const)}
        error={fieldError('ownerOrganisationId')}
      />
      <Field id={`${base}-note`} label="Notitie" error={fieldError('note')}>
        {(props) => (
          <textarea
            {...props}
            className="utrecht-textarea"
            rows={2}
            value={note}
            onChange={(event) => setNote(event.target.value)}
          />
        )}
      </Field>
      <div className="wr-actions">
        <button
          type="submit"
          className="utrecht-button utrecht-button--secondary-action"
          disabled={save.isPending}
        >
          {save.isPending ? 'Opslaan…' : 'Opslaan'}
        </button>
        <span role="status" className="wr-small">
          {save.isSuccess && !save.isPending ? 'Opgeslagen.' : ''}
          {save.isError && !(save.error instanceof ApiError && save.error.errors.length)
            ? save.error.message
            : ''}
        </span>
      </div>
    </form>
  );
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api';

/** The regional office turns the current monitor signals into bottlenecks (new ones only). */
export function RecordSignalsButton({ regionSlug }: { regionSlug: string }) {
  const queryClient = useQueryClient();
  const record = useMutation({
    mutationFn: () => api.recordSignals(regionSlug),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['bottlenecks'] }),
  });
  return (
    <div className="wr-actions">
      <button
        type="button"
        className="utrecht-button utrecht-button--secondary-action"
        onClick={() => record.mutate()}
        disabled={record.isPending}
      >
        {record.isPending ? 'Signalen overnemen…' : 'Signalen uit de monitor overnemen'}
      </button>
      <span role="status" className="wr-small">
        {record.data
          ? record.data.created === 0
            ? 'Geen nieuwe signalen.'
            : `${record.data.created} nieuw(e) knelpunt(en) vastgelegd.`
          : ''}
        {record.isError ? record.error.message : ''}
      </span>
    </div>
  );
}

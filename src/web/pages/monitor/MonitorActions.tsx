import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api';

/** The monitor export routes (api-contract.md): the workbook and the A4 report, for one demand scenario. */
export function monitorExportUrl(slug: string, kind: 'xlsx' | 'pdf', scenario: string): string {
  return `/api/v1/regions/${encodeURIComponent(slug)}/monitor.${kind}?scenario=${encodeURIComponent(scenario)}`;
}

/**
 * The monitor's actions: download it as XLSX or PDF (in the chosen demand scenario), print it, and for the
 * regional office take a snapshot. Hidden in print (styles.css).
 */
export function MonitorActions({
  slug,
  scenario,
  canSnapshot,
}: {
  slug: string;
  scenario: string;
  canSnapshot: boolean;
}) {
  const queryClient = useQueryClient();
  const snapshot = useMutation({
    mutationFn: () => api.takeSnapshot(slug),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['monitor'] }),
  });
  return (
    <div className="wr-actions wr-monitor-actions">
      <a
        className="utrecht-button-link utrecht-button-link--secondary-action"
        href={monitorExportUrl(slug, 'xlsx', scenario)}
        download
      >
        Monitor als Excel (XLSX)
      </a>
      <a
        className="utrecht-button-link utrecht-button-link--secondary-action"
        href={monitorExportUrl(slug, 'pdf', scenario)}
        download
      >
        Rapport als PDF
      </a>
      <button
        type="button"
        className="utrecht-button utrecht-button--secondary-action"
        onClick={() => window.print()}
      >
        Afdrukken
      </button>
      {canSnapshot && (
        <>
          <button
            type="button"
            className="utrecht-button utrecht-button--secondary-action"
            onClick={() => snapshot.mutate()}
            disabled={snapshot.isPending}
          >
            {snapshot.isPending ? 'Momentopname maken…' : 'Momentopname maken'}
          </button>
          <span role="status" className="wr-small">
            {snapshot.isSuccess ? 'Momentopname gemaakt.' : ''}
            {snapshot.isError ? snapshot.error.message : ''}
          </span>
        </>
      )}
    </div>
  );
}

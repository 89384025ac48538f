import './instruments.css';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { ApiError } from '../../api';
import { formatEuro } from '../../format';
import { type Compensation, instrumentsApi, type SegmentLineInput } from './instruments-api';
import { useDebounced } from './useDebounced';

/**
 * Beside the plan form: the plan as typed checked against the municipality's doelgroepenverordening, and what it
 * would pay under the compensation scheme — both computed by the server a moment after typing stops.
 */
export function InstrumentsPanel({
  municipalityCode,
  segments,
  deliveries,
}: {
  municipalityCode: string;
  segments: SegmentLineInput[];
  deliveries: { year: number; homes: number }[];
}) {
  const input = useDebounced(JSON.stringify({ municipalityCode, segments, deliveries }));
  const ready = !!municipalityCode && segments.length > 0;
  const compliance = useQuery({
    queryKey: ['live-compliance', input],
    queryFn: () => instrumentsApi.liveCompliance(municipalityCode, segments, deliveries),
    enabled: ready,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
  const compensation = useQuery({
    queryKey: ['live-compensation', input],
    queryFn: () => instrumentsApi.compensation(municipalityCode, segments, deliveries),
    enabled: ready,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
    retry: false,
  });
  if (!ready) return null;
  const failing = compliance.data?.checks.filter((check) => !check.ok) ?? [];
  const passing = (compliance.data?.checks.length ?? 0) - failing.length;
  return (
    <section className="wr-norms wr-instruments-panel" aria-labelledby="verordening-titel" aria-live="polite">
      <h2 className="utrecht-heading-3" id="verordening-titel">
        Doelgroepenverordening
      </h2>
      {compliance.isPending && <p className="wr-small wr-muted">Controleren…</p>}
      {compliance.isError && (
        <p className="wr-small">De controle lukte niet: {String(compliance.error.message)}</p>
      )}
      {compliance.data && !compliance.data.ordinance && (
        <p className="wr-small">Deze gemeente heeft geen doelgroepenverordening in Woonregie.</p>
      )}
      {compliance.data?.ordinance && (
        <>
          <p className="wr-small wr-muted">
            {compliance.data.ordinance.title}
            {compliance.data.ordinance.demo && ' (demowaarden)'}
          </p>
          {failing.length > 0 ? (
            <ul className="wr-instruments-panel__fails">
              {failing.map((check) => (
                <li key={`${check.line}-${check.rule}`} data-testid="verordening-fout">
                  <span className="wr-badge wr-badge--behind">voldoet niet</span> {check.message}
                </li>
              ))}
            </ul>
          ) : (
            <p className="wr-small" data-testid="verordening-ok">
              <span className="wr-badge wr-badge--ok">voldoet</span>{' '}
              {passing > 0
                ? `Alle ${passing} gecontroleerde regels gehaald.`
                : 'Vul oppervlakte en huur of prijs in om te controleren.'}
            </p>
          )}
          {failing.length > 0 && (
            <p className="wr-small wr-muted">
              Afwijken kan alleen met een gemotiveerde uitzondering onder de hardheidsclausule, vast te leggen
              door de gemeente na het opslaan.
            </p>
          )}
        </>
      )}
      <h2 className="utrecht-heading-3">Compensatieregeling</h2>
      <CompensationResult query={compensation} />
    </section>
  );
}

function CompensationResult({
  query,
}: {
  query: { isPending: boolean; isError: boolean; error: Error | null; data: Compensation | undefined };
}) {
  if (query.isPending) return <p className="wr-small wr-muted">Berekenen…</p>;
  if (query.isError) {
    return query.error instanceof ApiError && query.error.status === 404 ? (
      <p className="wr-small">Deze gemeente heeft geen compensatieregeling in Woonregie.</p>
    ) : (
      <p className="wr-small">De berekening lukte niet: {String(query.error?.message)}</p>
    );
  }
  const data = query.data;
  if (!data) return null;
  return (
    <>
      <p className="wr-norms__total" data-testid="compensatie-bedrag">
        {data.amountEur > 0 ? `${formatEuro(data.amountEur)} te betalen` : 'Niets te betalen'}
      </p>
      <p className="wr-small wr-muted">
        {data.scheme.title}
        {data.scheme.demo && ' (demowaarden)'}
      </p>
      <details className="wr-details">
        <summary>Zo is het berekend</summary>
        <ol className="wr-small">
          {data.steps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
      </details>
    </>
  );
}

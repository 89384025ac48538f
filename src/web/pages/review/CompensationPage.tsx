import './review.css';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError, api } from '../../api';
import { Field } from '../../components/Field';
import { Loading, QueryError } from '../../components/Status';
import { usePageTitle } from '../../components/usePageTitle';
import { formatDate, formatEuro } from '../../format';
import { uploadImport } from '../imports/upload';
import { instrumentsApi } from '../instruments/instruments-api';
import { type CompensationRequests, fundApi } from './fund-api';

/**
 * /plannen/:id/compensatie: what the plan would pay into the fund, the request flow (motivation, the check
 * whether the homes can be built elsewhere, a confidential open book) and, for the municipality, the decision.
 */
export function CompensationPage() {
  const { id = '' } = useParams();
  const plan = useQuery({ queryKey: ['plan', id], queryFn: () => api.plan(id) });
  const requests = useQuery({ queryKey: ['compensation-requests', id], queryFn: () => fundApi.requests(id) });
  const code = plan.data?.municipalityCode ?? '';
  const amount = useQuery({
    queryKey: ['plan-compensation', id, plan.data?.version],
    queryFn: () =>
      instrumentsApi.compensation(
        code,
        (plan.data?.segments ?? []).map((s) => ({ ...s })),
        plan.data?.deliveries ?? [],
      ),
    enabled: !!plan.data,
    retry: false,
  });
  usePageTitle(plan.data ? `Compensatie · ${plan.data.name}` : 'Compensatie');
  if (plan.isPending) return <Loading label="Plan laden…" />;
  if (plan.isError) return <QueryError error={plan.error} />;
  return (
    <>
      <p className="wr-breadcrumb">
        <Link to="/plannen">Plannen</Link> › <Link to={`/plannen/${id}`}>{plan.data.name}</Link>
      </p>
      <h1 className="utrecht-heading-1">Compensatie: {plan.data.name}</h1>
      <section className="wr-section" aria-labelledby="bedrag">
        <h2 className="utrecht-heading-2" id="bedrag">
          Wat het plan zou afdragen
        </h2>
        {amount.isPending && <Loading label="Berekenen…" />}
        {amount.isError && <QueryError error={amount.error} />}
        {amount.data && (
          <>
            <p className="wr-norms__total">
              {amount.data.amountEur > 0 ? formatEuro(amount.data.amountEur) : 'Niets'}
            </p>
            <ol className="wr-small">
              {amount.data.steps.map((step) => (
                <li key={step}>{step}</li>
              ))}
            </ol>
            <p className="wr-small">
              <Link to={`/instrumenten/fonds/${code}`}>Het fonds van {plan.data.municipalityName}</Link>
            </p>
          </>
        )}
      </section>
      {requests.isPending && <Loading label="Verzoeken laden…" />}
      {requests.isError && <QueryError error={requests.error} />}
      {requests.data && <Requests planId={id} data={requests.data} due={(amount.data?.amountEur ?? 0) > 0} />}
    </>
  );
}

function Requests({ planId, data, due }: { planId: string; data: CompensationRequests; due: boolean }) {
  const queryClient = useQueryClient();
  const [motivation, setMotivation] = useState('');
  const [elsewhereChecked, setElsewhereChecked] = useState(false);
  const [elsewhereNote, setElsewhereNote] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const store = (next: CompensationRequests) =>
    queryClient.setQueryData(['compensation-requests', planId], next);

  const submit = async () => {
    setErrors({});
    setFailure(null);
    const body = new FormData();
    body.append('motivation', motivation);
    body.append('elsewhereChecked', String(elsewhereChecked));
    body.append('elsewhereNote', elsewhereNote);
    if (file) body.append('openBook', file);
    setProgress(0);
    try {
      const next = await uploadImport<CompensationRequests>(
        `/plans/${encodeURIComponent(planId)}/compensation-requests`,
        body,
        setProgress,
      );
      store(next);
      setMotivation('');
      setElsewhereChecked(false);
      setElsewhereNote('');
      setFile(null);
    } catch (error) {
      if (error instanceof ApiError && error.errors.length) {
        setErrors(Object.fromEntries(error.errors.map((e) => [e.path, e.message])));
      } else setFailure(error instanceof Error ? error.message : String(error));
    } finally {
      setProgress(null);
    }
  };

  return (
    <>
      <section className="wr-section" aria-labelledby="verzoeken">
        <h2 className="utrecht-heading-2" id="verzoeken">
          Compensatieverzoeken
        </h2>
        {data.items.length === 0 ? (
          <p className="wr-empty">Er is nog geen verzoek ingediend.</p>
        ) : (
          <ul className="wr-participation-reports">
            {data.items.map((item) => (
              <li key={item.id}>
                <p className="wr-small wr-muted">
                  {formatDate(item.createdAt.slice(0, 10))} · {item.requester ?? 'onbekend'} ·{' '}
                  <span className="wr-badge wr-badge--soft">{item.statusLabel}</span> ·{' '}
                  {formatEuro(item.amountEur ?? 0)}
                </p>
                <p className="utrecht-paragraph">
                  <strong>Motivering:</strong> {item.motivation}
                  <br />
                  <strong>Elders bouwen:</strong> {item.elsewhereNote}
                  <br />
                  <strong>Open boek:</strong>{' '}
                  {item.openBook?.url ? (
                    <a href={item.openBook.url}>{item.openBook.name}</a>
                  ) : item.openBook ? (
                    'vertrouwelijk (alleen de indiener en de gemeente)'
                  ) : (
                    'geen'
                  )}
                  {item.decisionNote && (
                    <>
                      <br />
                      <strong>Besluit:</strong> {item.decisionNote}
                    </>
                  )}
                </p>
                {data.canDecide && item.status === 'submitted' && (
                  <Decision requestId={item.id} onDecided={store} />
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      {data.canRequest && due && (
        <section className="wr-section" aria-labelledby="verzoek-indienen">
          <h2 className="utrecht-heading-2" id="verzoek-indienen">
            Verzoek indienen
          </h2>
          <p className="utrecht-paragraph">
            Toon aan dat 30% sociale huur in dit plan niet haalbaar is, en dat de woningen niet elders gebouwd
            kunnen worden. Het open boek (PDF, XLSX of CSV) zien alleen jouw organisatie en de gemeente.
          </p>
          <form
            className="wr-inline-form"
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              void submit();
            }}
          >
            <Field id="verzoek-motivering" label="Motivering" error={errors.motivation}>
              {(props) => (
                <textarea
                  {...props}
                  className="utrecht-textarea utrecht-textarea--html-textarea"
                  rows={3}
                  value={motivation}
                  onChange={(event) => setMotivation(event.target.value)}
                />
              )}
            </Field>
            <div>
              <label className="wr-checkbox">
                <input
                  type="checkbox"
                  checked={elsewhereChecked}
                  onChange={(event) => setElsewhereChecked(event.target.checked)}
                />{' '}
                Onderzocht of de sociale huurwoningen elders gebouwd kunnen worden
              </label>
              {errors.elsewhereChecked && (
                <p className="utrecht-form-field-error-message">{errors.elsewhereChecked}</p>
              )}
            </div>
            <Field id="verzoek-elders" label="Uitkomst van dat onderzoek" error={errors.elsewhereNote}>
              {(props) => (
                <textarea
                  {...props}
                  className="utrecht-textarea utrecht-textarea--html-textarea"
                  rows={2}
                  value={elsewhereNote}
                  onChange={(event) => setElsewhereNote(event.target.value)}
                />
              )}
            </Field>
            <Field
              id="verzoek-open-boek"
              label="Open boek (vertrouwelijk, optioneel)"
              error={errors.openBook}
            >
              {(props) => (
                <input
                  {...props}
                  type="file"
                  className="wr-file"
                  accept=".pdf,.xlsx,.csv"
                  onChange={(event) => setFile(event.target.files?.[0] ?? null)}
                />
              )}
            </Field>
            <div className="wr-actions">
              <button
                type="submit"
                className="utrecht-button utrecht-button--primary-action"
                disabled={progress !== null}
              >
                {progress !== null ? 'Indienen…' : 'Verzoek indienen'}
              </button>
            </div>
            {progress !== null && (
              <progress
                className="wr-progress"
                max={1}
                value={progress}
                aria-label="Voortgang van het indienen"
              />
            )}
            {failure && (
              <p className="utrecht-alert utrecht-alert--error" role="alert">
                {failure}
              </p>
            )}
          </form>
        </section>
      )}
    </>
  );
}

function Decision({
  requestId,
  onDecided,
}: {
  requestId: string;
  onDecided: (next: CompensationRequests) => void;
}) {
  const [decision, setDecision] = useState<'approved' | 'rejected' | null>(null);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | undefined>();
  const decide = useMutation({
    mutationFn: () => fundApi.decide(requestId, { decision: decision as 'approved' | 'rejected', note }),
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
  return (
    <form
      className="wr-inline-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (note.trim().length < 10) setError('Motiveer het besluit (minstens 10 tekens).');
        else decide.mutate();
      }}
    >
      <Field
        id={`besluit-${requestId}`}
        label={decision === 'approved' ? 'Motivering van de toekenning' : 'Motivering van de afwijzing'}
        error={error}
      >
        {(props) => (
          <textarea
            {...props}
            className="utrecht-textarea utrecht-textarea--html-textarea"
            rows={2}
            value={note}
            onChange={(event) => setNote(event.target.value)}
          />
        )}
      </Field>
      <div className="wr-confirm wr-actions">
        <span>
          {decision === 'approved'
            ? 'Toekennen boekt de afdracht in het fonds. Dit kan niet ongedaan worden gemaakt (alleen met een correctie).'
            : 'Afwijzen is definitief.'}
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
          onClick={() => setDecision(null)}
        >
          Annuleren
        </button>
      </div>
    </form>
  );
}

import './review.css';
import './fund.css';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { api } from '../../api';
import { Loading, QueryError } from '../../components/Status';
import { usePageTitle } from '../../components/usePageTitle';
import { formatDate } from '../../format';
import { instrumentsApi } from '../instruments/instruments-api';
import { CompensationDecision } from './CompensationDecision';
import { CompensationRequestForm } from './CompensationRequestForm';
import { type CompensationRequests, fundApi } from './fund-api';
import { formatBytes, formatLedgerEuro } from './fund-format';

/**
 * /plannen/:id/compensatie: what the plan would pay into the fund, the request flow (motivation, the check
 * whether the homes can be built elsewhere, a confidential open book) and, for the municipality, the decision.
 */
export function CompensationPage() {
  const { id = '' } = useParams();
  const queryClient = useQueryClient();
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
  const store = (next: CompensationRequests) => {
    queryClient.setQueryData(['compensation-requests', id], next);
    void queryClient.invalidateQueries({ queryKey: ['fund', next.municipalityCode] });
  };
  const due = (amount.data?.amountEur ?? 0) > 0;
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
            <p className="wr-fund-balance" data-testid="compensatie-bedrag">
              {due ? formatLedgerEuro(amount.data.amountEur) : 'Niets'}
            </p>
            <ol className="wr-small">
              {amount.data.steps.map((step) => (
                <li key={step}>{step}</li>
              ))}
            </ol>
          </>
        )}
        <p className="wr-small">
          <Link to={`/instrumenten/fonds/${code}`}>Het fonds van {plan.data.municipalityName}</Link>
        </p>
      </section>
      {requests.isPending && <Loading label="Verzoeken laden…" />}
      {requests.isError && <QueryError error={requests.error} />}
      {requests.data && <RequestList data={requests.data} onChange={store} />}
      {requests.data?.canRequest && (
        <section className="wr-section" aria-labelledby="verzoek-indienen">
          <h2 className="utrecht-heading-2" id="verzoek-indienen">
            Verzoek indienen
          </h2>
          {!due ? (
            <p className="wr-empty">
              Dit plan haalt de norm of valt buiten de regeling: er valt niets te compenseren.
            </p>
          ) : requests.data.hasPending ? (
            <p className="wr-empty">
              Je verzoek ligt bij de gemeente {plan.data.municipalityName}. Na het besluit kun je zo nodig een
              nieuw verzoek indienen.
            </p>
          ) : (
            <>
              <p className="utrecht-paragraph">
                Je kunt de ontbrekende sociale huurwoningen afkopen met een afdracht in het fonds. Toon dan
                aan dat 30% sociale huur in dit plan niet haalbaar is, en dat de woningen ook niet elders
                gebouwd kunnen worden. De gemeente besluit.
              </p>
              <CompensationRequestForm
                planId={id}
                municipalityName={plan.data.municipalityName}
                onFiled={store}
              />
            </>
          )}
        </section>
      )}
    </>
  );
}

function RequestList({
  data,
  onChange,
}: {
  data: CompensationRequests;
  onChange: (next: CompensationRequests) => void;
}) {
  return (
    <section className="wr-section" aria-labelledby="verzoeken">
      <h2 className="utrecht-heading-2" id="verzoeken">
        Compensatieverzoeken
      </h2>
      {data.items.length === 0 ? (
        <p className="wr-empty">
          Er is nog geen verzoek ingediend.
          {data.canRequest ? ' Dien hieronder een verzoek in als 30% sociale huur niet haalbaar is.' : ''}
        </p>
      ) : (
        <ul className="wr-participation-reports">
          {data.items.map((item) => (
            <li key={item.id}>
              <p className="wr-small wr-muted">
                {formatDate(item.createdAt)} · {item.requester ?? 'onbekend'} ·{' '}
                <span className="wr-badge wr-badge--soft">{item.statusLabel}</span> ·{' '}
                {formatLedgerEuro(item.amountEur ?? 0)}
              </p>
              <dl className="wr-small wr-fund-request">
                <dt>Motivering</dt>
                <dd>{item.motivation}</dd>
                <dt>Elders bouwen</dt>
                <dd>{item.elsewhereNote}</dd>
                <dt>Open boek</dt>
                <dd>
                  {item.openBook?.url ? (
                    <>
                      <a href={item.openBook.url}>{item.openBook.name}</a>
                      {item.openBook.sizeBytes != null &&
                        ` (${formatBytes(item.openBook.sizeBytes)}, vertrouwelijk)`}
                    </>
                  ) : item.openBook ? (
                    'vertrouwelijk (alleen de indiener en de gemeente)'
                  ) : (
                    'geen'
                  )}
                </dd>
                {item.decisionNote && (
                  <>
                    <dt>Besluit{item.decidedAt ? ` van ${formatDate(item.decidedAt)}` : ''}</dt>
                    <dd>{item.decisionNote}</dd>
                  </>
                )}
              </dl>
              {data.canDecide && item.status === 'submitted' && (
                <CompensationDecision
                  requestId={item.id}
                  amountEur={item.amountEur ?? 0}
                  onDecided={onChange}
                />
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

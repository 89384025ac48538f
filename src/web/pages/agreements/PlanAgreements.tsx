import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { Loading, QueryError } from '../../components/Status';
import { formatDate } from '../../format';
import { agreementsApi } from './agreements-api';
import { ActualCell, formatAmount, StatusBadge } from './parts';

/** The commitments of prestatieafspraken and other agreements that concern a plan; mounted on the plan page. */
export function PlanAgreements({ planId }: { planId: string }) {
  const list = useQuery({
    queryKey: ['plan-commitments', planId],
    queryFn: () => agreementsApi.planCommitments(planId),
  });
  return (
    <section className="wr-section" aria-labelledby="plan-afspraken">
      <h2 className="utrecht-heading-2" id="plan-afspraken">
        Afspraken over dit plan
      </h2>
      {list.isPending && <Loading label="Afspraken laden…" />}
      {list.isError && <QueryError error={list.error} />}
      {list.data && list.data.items.length === 0 && (
        <p className="wr-empty">
          Dit plan hoort nog bij geen toezegging. Koppel het op de pagina van de afspraak.
        </p>
      )}
      {list.data && list.data.items.length > 0 && (
        <ul className="wr-commitments">
          {list.data.items.map((c) => (
            <li key={c.id} className="wr-commitment">
              <div className="wr-commitment__head">
                <Link to={`/afspraken/${c.agreement.id}`}>{c.agreement.title}</Link>
                <StatusBadge status={c.status} />
              </div>
              <p className="utrecht-paragraph wr-commitment__text">
                <strong>{c.party.name}:</strong> {c.description}
              </p>
              {c.type !== 'process' && (
                <p className="utrecht-paragraph wr-small">
                  Doel {formatAmount(c.target, c.unit)}, realisatie <ActualCell commitment={c} />, uiterlijk{' '}
                  {formatDate(c.dueDate)}.
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

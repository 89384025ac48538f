import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { api } from '../../api';
import { Loading, QueryError } from '../../components/Status';
import { Table } from '../../components/Table';
import { usePageTitle } from '../../components/usePageTitle';
import { formatDate } from '../../format';
import { planningApi } from './planning-api';

const SIDES = [
  { variant: 'municipality', label: 'De planning van de gemeente' },
  { variant: 'corporation', label: 'De planning van de corporatie' },
] as const;

const KIND_LABELS = {
  missing: 'Ontbreekt',
  duration: 'Andere duur',
  dependencies: 'Andere afhankelijkheid',
  dates: 'Andere datums',
} as const;

/**
 * /plannen/{id}/planning/vergelijken: the municipality's and the corporation's own plannings of one project side
 * by side — what is missing on one side, other durations and dependencies, diverging dates — and one of them
 * agreed as the joint planning (with who and when).
 */
export function ComparePage() {
  const { id = '' } = useParams();
  const queryClient = useQueryClient();
  const plan = useQuery({ queryKey: ['plan', id], queryFn: () => api.plan(id) });
  const comparison = useQuery({ queryKey: ['schedule-compare', id], queryFn: () => planningApi.compare(id) });
  const [confirming, setConfirming] = useState<'municipality' | 'corporation' | null>(null);
  const agree = useMutation({
    mutationFn: (from: 'municipality' | 'corporation') => planningApi.agree(id, from),
    onSuccess: async () => {
      setConfirming(null);
      await queryClient.invalidateQueries({ queryKey: ['schedule', id] });
    },
  });
  usePageTitle(plan.data ? `Plannings vergelijken · ${plan.data.name}` : 'Plannings vergelijken');
  if (plan.isPending || comparison.isPending) return <Loading label="Plannings laden…" />;
  if (plan.isError) return <QueryError error={plan.error} />;
  if (comparison.isError) return <QueryError error={comparison.error} />;
  const p = plan.data;
  const c = comparison.data;
  return (
    <>
      <p className="wr-breadcrumb">
        <Link to="/plannen">Plannen</Link> › <Link to={`/plannen/${p.id}`}>{p.name}</Link> ›{' '}
        <Link to={`/plannen/${p.id}/planning`}>Planning</Link>
      </p>
      <h1 className="utrecht-heading-1">Plannings vergelijken: {p.name}</h1>
      <p className="utrecht-paragraph wr-lead">
        Gemeente en corporatie maken elk hun eigen planning van hetzelfde project. Hier staan ze naast elkaar;
        daarna leg je samen één gezamenlijke planning vast.
      </p>
      <ul className="wr-links">
        {SIDES.map((side) => (
          <li key={side.variant}>
            <Link to={`/plannen/${p.id}/planning?variant=${side.variant}`}>
              {side.label} {c.missing.includes(side.variant) ? 'maken' : 'bekijken of bewerken'}
            </Link>
            {c.ends && ` — klaar op ${formatDate(side.variant === c.a ? c.ends.a : c.ends.b)}`}
          </li>
        ))}
      </ul>
      {!c.ready ? (
        <p className="utrecht-paragraph" data-testid="compare-not-ready">
          Om te vergelijken zijn beide plannings nodig; nog niet gemaakt:{' '}
          {c.missing.map((v) => SIDES.find((s) => s.variant === v)?.label.toLowerCase()).join(' en ')}.
        </p>
      ) : (
        <section className="wr-section" aria-labelledby="verschillen" data-testid="compare-result">
          <h2 className="utrecht-heading-2" id="verschillen">
            {c.differences.length === 0
              ? 'Geen verschillen'
              : `${c.differences.length} ${c.differences.length === 1 ? 'verschil' : 'verschillen'}`}
          </h2>
          {c.differences.length > 0 && (
            <Table
              caption="Verschillen tussen de planning van de gemeente en die van de corporatie"
              headers={['Activiteit', 'Soort', 'Wat']}
              rowHeaders
              rows={c.differences.map((d) => [d.name, KIND_LABELS[d.kind], d.label])}
            />
          )}
          {p.permissions.canEdit && (
            <div className="wr-section">
              <h2 className="utrecht-heading-2">Gezamenlijke planning vastleggen</h2>
              <p className="utrecht-paragraph">
                De gekozen planning wordt de gezamenlijke planning van het plan, met jouw naam en de datum.
              </p>
              <div className="wr-actions">
                {SIDES.map((side) => (
                  <button
                    key={side.variant}
                    type="button"
                    className="utrecht-button utrecht-button--secondary-action"
                    onClick={() => setConfirming(side.variant)}
                  >
                    {side.label.replace('De planning', 'Planning')} vastleggen
                  </button>
                ))}
              </div>
              {confirming && (
                <div
                  className="utrecht-alert utrecht-alert--warning"
                  role="alertdialog"
                  aria-labelledby="bevestig"
                >
                  <p className="utrecht-paragraph" id="bevestig">
                    {SIDES.find((s) => s.variant === confirming)?.label} vervangt de gezamenlijke planning.
                    Doorgaan?
                  </p>
                  <div className="wr-actions">
                    <button
                      type="button"
                      className="utrecht-button utrecht-button--primary-action"
                      disabled={agree.isPending}
                      onClick={() => agree.mutate(confirming)}
                    >
                      Ja, vastleggen
                    </button>
                    <button
                      type="button"
                      className="utrecht-button utrecht-button--subtle"
                      onClick={() => setConfirming(null)}
                    >
                      Annuleren
                    </button>
                  </div>
                </div>
              )}
              <p role="status" className="wr-small">
                {agree.isSuccess && agree.data.agreedAt
                  ? `Vastgelegd als gezamenlijke planning op ${formatDate(agree.data.agreedAt)}.`
                  : ''}
                {agree.isError ? agree.error.message : ''}
              </p>
            </div>
          )}
        </section>
      )}
    </>
  );
}

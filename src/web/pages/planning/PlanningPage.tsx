import './planning.css';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams, useSearchParams } from 'react-router';
import { api } from '../../api';
import { Loading, QueryError } from '../../components/Status';
import { usePageTitle } from '../../components/usePageTitle';
import { LogbookSection } from '../logbook/LogbookSection';
import { planningApi, type Schedule, type ScheduleVariant } from './planning-api';
import { RouteMapForm } from './RouteMapForm';
import { ScheduleImport } from './ScheduleImport';
import { ScheduleView } from './ScheduleView';

const VARIANT_LABELS: Record<ScheduleVariant, string> = {
  joint: 'gezamenlijke planning van gemeente en corporatie',
  municipality: 'eigen planning van de gemeente',
  corporation: 'eigen planning van de corporatie',
};

/**
 * /plannen/:id/planning[?variant=municipality|corporation]: the plan's joint schedule (or one side's own, to be
 * compared), or the route map that makes one; below it the logbook.
 */
export function PlanningPage() {
  const { id = '' } = useParams();
  const [search] = useSearchParams();
  const requested = search.get('variant');
  const variant: ScheduleVariant =
    requested === 'municipality' || requested === 'corporation' ? requested : 'joint';
  const queryClient = useQueryClient();
  const plan = useQuery({ queryKey: ['plan', id], queryFn: () => api.plan(id) });
  const schedule = useQuery({
    queryKey: ['schedule', id, variant],
    queryFn: () => planningApi.schedule(id, variant),
  });
  usePageTitle(plan.data ? `Planning · ${plan.data.name}` : 'Planning');
  const store = (saved: Schedule) => queryClient.setQueryData(['schedule', id, variant], saved);

  if (plan.isPending) return <Loading label="Plan laden…" />;
  if (plan.isError) return <QueryError error={plan.error} />;
  const p = plan.data;
  return (
    <>
      <p className="wr-breadcrumb">
        <Link to="/plannen">Plannen</Link> › <Link to={`/plannen/${p.id}`}>{p.name}</Link>
      </p>
      <div className="wr-page-head">
        <div>
          <h1 className="utrecht-heading-1">Planning: {p.name}</h1>
          <p className="wr-lead">
            {p.municipalityName} · {VARIANT_LABELS[variant]}
          </p>
        </div>
      </div>
      {schedule.isPending && <Loading label="Planning laden…" />}
      {schedule.isError && <QueryError error={schedule.error} />}
      {schedule.isSuccess &&
        (schedule.data ? (
          <ScheduleView schedule={schedule.data} canEdit={p.permissions.canEdit} onSaved={store} />
        ) : p.permissions.canEdit ? (
          <RouteMapForm planId={p.id} onCreated={store} variant={variant} />
        ) : (
          <p className="wr-empty">
            Dit plan heeft nog geen planning. De gemeente of corporatie van het plan kan er een maken met de
            routekaart.
          </p>
        ))}
      {schedule.data && (
        <p className="utrecht-paragraph">
          <a href={`/api/v1/plans/${p.id}/schedule.xlsx?variant=${variant}`} download>
            Planning en vragenlijst als Excel (XLSX)
          </a>
        </p>
      )}
      {schedule.data && p.permissions.canEdit && <ScheduleImport planId={p.id} variant={variant} />}
      <p className="utrecht-paragraph">
        {variant === 'joint' ? (
          <>
            <Link to={`/plannen/${p.id}/planning/vergelijken`}>
              De eigen plannings van gemeente en corporatie vergelijken
            </Link>
            {schedule.data && (
              <>
                {' · '}
                <Link to={`/planning/wat-als?plan=${p.id}`}>Wat als…</Link>
              </>
            )}
          </>
        ) : (
          <>
            <Link to={`/plannen/${p.id}/planning/vergelijken`}>Vergelijken met de andere kant</Link> ·{' '}
            <Link to={`/plannen/${p.id}/planning`}>Naar de gezamenlijke planning</Link>
          </>
        )}
      </p>
      {variant === 'joint' && <LogbookSection planId={p.id} canEdit={p.permissions.canEdit} />}
    </>
  );
}

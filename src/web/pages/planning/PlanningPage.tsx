import './planning.css';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { api } from '../../api';
import { Loading, QueryError } from '../../components/Status';
import { usePageTitle } from '../../components/usePageTitle';
import { planningApi, type Schedule } from './planning-api';
import { RouteMapForm } from './RouteMapForm';
import { ScheduleView } from './ScheduleView';

/** /plannen/:id/planning: the plan's joint schedule, or the route map that makes one. */
export function PlanningPage() {
  const { id = '' } = useParams();
  const queryClient = useQueryClient();
  const plan = useQuery({ queryKey: ['plan', id], queryFn: () => api.plan(id) });
  const schedule = useQuery({ queryKey: ['schedule', id, 'joint'], queryFn: () => planningApi.schedule(id) });
  usePageTitle(plan.data ? `Planning · ${plan.data.name}` : 'Planning');
  const store = (saved: Schedule) => queryClient.setQueryData(['schedule', id, 'joint'], saved);

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
          <p className="wr-lead">{p.municipalityName} · gezamenlijke planning van gemeente en corporatie</p>
        </div>
      </div>
      {schedule.isPending && <Loading label="Planning laden…" />}
      {schedule.isError && <QueryError error={schedule.error} />}
      {schedule.isSuccess &&
        (schedule.data ? (
          <ScheduleView schedule={schedule.data} canEdit={p.permissions.canEdit} onSaved={store} />
        ) : p.permissions.canEdit ? (
          <RouteMapForm planId={p.id} onCreated={store} />
        ) : (
          <p className="wr-empty">
            Dit plan heeft nog geen planning. De gemeente of corporatie van het plan kan er een maken met de
            routekaart.
          </p>
        ))}
    </>
  );
}

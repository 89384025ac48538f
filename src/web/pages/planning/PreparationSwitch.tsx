import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ROUTE_MAP_QUESTIONS } from '../../../core/route-map/questions';
import type { Preparation } from '../../../core/route-map/schema';
import { Loading, QueryError } from '../../components/Status';
import { formatDate } from '../../format';
import { planningApi, type RouteAnswers, type Schedule } from './planning-api';
import { savingSentence, templateToInput } from './RouteMapForm';
import { formatWeeks, weeksToMonths } from './schedule-draft';

const optionLabel = <K extends keyof typeof ROUTE_MAP_QUESTIONS>(question: K, value: string) =>
  (ROUTE_MAP_QUESTIONS[question].options as { value: string; label: string }[]).find((o) => o.value === value)
    ?.label ?? value;

/**
 * Volgordelijk ↔ parallel for a schedule made with the route map: the difference in months between the two
 * templates of its route, and (after confirming) replacing the schedule by the other template.
 */
export function PreparationSwitch({
  schedule,
  route,
  canEdit,
  dirty,
  onReplaced,
}: {
  schedule: Schedule;
  route: RouteAnswers;
  canEdit: boolean;
  dirty: boolean;
  onReplaced: (s: Schedule) => void;
}) {
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState('');
  const other: Preparation = route.preparation === 'parallel' ? 'sequential' : 'parallel';
  const templates = useQuery({
    queryKey: ['route-map-pair', route.development, route.procedure],
    queryFn: async () => {
      const base = { development: route.development, procedure: route.procedure };
      const [sequential, parallel] = await Promise.all([
        planningApi.routeMap({ ...base, preparation: 'sequential' }),
        planningApi.routeMap({ ...base, preparation: 'parallel' }),
      ]);
      return { sequential, parallel };
    },
  });
  const replace = useMutation({
    mutationFn: () => {
      const template = templates.data?.[other];
      if (!template) throw new Error('Het sjabloon is nog niet geladen.');
      return planningApi.saveSchedule(
        schedule.planId,
        {
          startDate: schedule.start,
          activities: templateToInput(template.activities, schedule.activities),
          route: { ...route, preparation: other },
          templateKey: template.key,
          version: schedule.version,
        },
        schedule.variant,
      );
    },
    onSuccess: (saved) => {
      setConfirming(false);
      const shift = saved.durationWeeks - schedule.durationWeeks;
      setDone(
        `De planning is vervangen. Klaar op ${formatDate(saved.end)}: ${formatWeeks(Math.abs(shift))} weken ${shift > 0 ? 'later' : 'eerder'} dan eerst.`,
      );
      onReplaced(saved);
    },
  });
  const otherLabel = other === 'parallel' ? 'parallelle' : 'volgordelijke';

  return (
    <section className="wr-switch" aria-labelledby="voorbereiding-titel">
      <h2 className="utrecht-heading-3" id="voorbereiding-titel">
        Volgordelijk of parallel voorbereiden
      </h2>
      <p className="utrecht-paragraph wr-small">
        Gemaakt met de routekaart: {optionLabel('development', route.development)} ·{' '}
        {optionLabel('procedure', route.procedure)} ·{' '}
        <strong>{optionLabel('preparation', route.preparation)}</strong>
      </p>
      {templates.isPending && <Loading label="Sjablonen vergelijken…" />}
      {templates.isError && <QueryError error={templates.error} />}
      {templates.data && (
        <p className="utrecht-paragraph">
          Sjabloon volgordelijk: circa {weeksToMonths(templates.data.sequential.durationWeeks)} maanden ·
          parallel: circa {weeksToMonths(templates.data.parallel.durationWeeks)} maanden.{' '}
          <strong>{savingSentence(templates.data.sequential, templates.data.parallel)}</strong>
        </p>
      )}
      {canEdit && templates.data && !confirming && (
        <button
          type="button"
          className="utrecht-button utrecht-button--secondary-action"
          onClick={() => setConfirming(true)}
        >
          Vervangen door het {otherLabel} sjabloon…
        </button>
      )}
      {confirming && (
        <div className="utrecht-alert utrecht-alert--warning wr-confirm">
          <p className="utrecht-paragraph">
            De planning wordt vervangen door het {otherLabel} sjabloon, met dezelfde startdatum. Eigen
            activiteiten en aangepaste duren vervallen; werkelijke datums van activiteiten die in beide
            sjablonen staan blijven bewaard.{dirty && ' Je niet-opgeslagen wijzigingen vervallen ook.'}
          </p>
          <button
            type="button"
            className="utrecht-button utrecht-button--primary-action"
            disabled={replace.isPending}
            onClick={() => replace.mutate()}
          >
            {replace.isPending ? 'Vervangen…' : 'Ja, vervangen'}
          </button>{' '}
          <button
            type="button"
            className="utrecht-button utrecht-button--subtle"
            onClick={() => setConfirming(false)}
          >
            Annuleren
          </button>
        </div>
      )}
      {replace.isError && <QueryError error={replace.error} />}
      <p role="status" className="wr-small">
        {done}
      </p>
    </section>
  );
}

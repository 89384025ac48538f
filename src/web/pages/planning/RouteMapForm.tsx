import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ROUTE_MAP_QUESTIONS } from '../../../core/route-map/questions';
import type { Development, Preparation, Procedure } from '../../../core/route-map/schema';
import { ApiError } from '../../api';
import { TextField } from '../../components/Field';
import { Loading, QueryError } from '../../components/Status';
import { GanttChart } from './GanttChart';
import {
  type Activity,
  planningApi,
  type RouteAnswers,
  type RouteMapResult,
  type Schedule,
  type ScheduleVariant,
} from './planning-api';
import { ActivitiesTable } from './ScheduleTable';
import { formatWeeks, toActivityInput, toDraft, today, weeksToMonths } from './schedule-draft';

type Answers = { development?: Development; procedure?: Procedure; preparation?: Preparation };

/** The template's activities as PUT takes them, keeping actual dates already recorded (by key). */
export function templateToInput(activities: Activity[], actuals: Activity[] = []) {
  const recorded = new Map(actuals.map((a) => [a.key, a]));
  return activities.map((activity) => {
    const before = recorded.get(activity.key);
    return toActivityInput({
      ...toDraft(activity),
      actualStart: before?.actualStart ?? '',
      actualEnd: before?.actualEnd ?? '',
    });
  });
}

/** "Parallel voorbereiden scheelt circa N maanden" for the two templates of one route. */
export function savingSentence(sequential: RouteMapResult, parallel: RouteMapResult): string {
  const weeks = sequential.durationWeeks - parallel.durationWeeks;
  const months = weeksToMonths(weeks);
  if (weeks <= 0) return 'Parallel voorbereiden maakt bij deze route geen verschil in doorlooptijd.';
  if (months < 1) return `Parallel voorbereiden scheelt ${formatWeeks(weeks)} weken, minder dan een maand.`;
  return `Parallel voorbereiden scheelt circa ${months} ${months === 1 ? 'maand' : 'maanden'} (${formatWeeks(weeks)} weken).`;
}

/** "Routekaart": three questions choose a template; its preview; "Planning maken" saves it as the schedule. */
export function RouteMapForm({
  planId,
  onCreated,
  variant = 'joint',
}: {
  planId: string;
  onCreated: (s: Schedule) => void;
  variant?: ScheduleVariant;
}) {
  const [answers, setAnswers] = useState<Answers>({});
  const [startDate, setStartDate] = useState(today());
  const { development, procedure, preparation } = answers;
  const route = development && procedure ? { development, procedure } : null;
  const sequential = useQuery({
    queryKey: ['route-map', development, procedure, 'sequential'],
    queryFn: () => planningApi.routeMap({ ...(route as RouteAnswers), preparation: 'sequential' }),
    enabled: !!route,
  });
  const parallel = useQuery({
    queryKey: ['route-map', development, procedure, 'parallel'],
    queryFn: () => planningApi.routeMap({ ...(route as RouteAnswers), preparation: 'parallel' }),
    enabled: !!route,
  });
  const chosen = preparation === 'parallel' ? parallel : sequential;
  const create = useMutation({
    mutationFn: (template: RouteMapResult) =>
      planningApi.saveSchedule(
        planId,
        {
          startDate,
          activities: templateToInput(template.activities),
          route: { ...(route as RouteAnswers), preparation: preparation as Preparation },
          templateKey: template.key,
        },
        variant,
      ),
    onSuccess: onCreated,
  });
  const dateError =
    create.error instanceof ApiError
      ? create.error.errors.find((e) => e.path === 'startDate')?.message
      : undefined;

  return (
    <section className="wr-section" aria-labelledby="routekaart-titel">
      <h2 className="utrecht-heading-2" id="routekaart-titel">
        Routekaart
      </h2>
      <p className="utrecht-paragraph">
        Dit plan heeft nog geen planning. Beantwoord drie vragen; de routekaart kiest dan een sjabloon met
        activiteiten, afhankelijkheden en besluiten. Daarna kun je alles aanpassen.
      </p>
      <div className="wr-route-questions">
        {(['development', 'procedure', 'preparation'] as const).map((name) => {
          const question = ROUTE_MAP_QUESTIONS[name];
          return (
            <fieldset
              key={name}
              className="utrecht-form-fieldset wr-fieldset"
              aria-describedby={`${name}-hulp`}
            >
              <legend className="utrecht-form-fieldset__legend">{question.label}</legend>
              {question.options.map((option) => (
                <label key={option.value} className="wr-radio">
                  <input
                    type="radio"
                    name={name}
                    value={option.value}
                    checked={answers[name] === option.value}
                    onChange={() => setAnswers({ ...answers, [name]: option.value })}
                  />{' '}
                  {option.label}
                </label>
              ))}
              <p className="wr-field__help" id={`${name}-hulp`}>
                {question.help}
              </p>
            </fieldset>
          );
        })}
      </div>
      <div className="wr-route-start">
        <TextField
          id="startdatum"
          label="Startdatum"
          help="De eerste activiteit begint op deze datum."
          type="date"
          value={startDate}
          onChange={setStartDate}
          error={dateError}
        />
      </div>

      {!route && (
        <p className="wr-empty">Beantwoord de eerste twee vragen om de route en de doorlooptijd te zien.</p>
      )}
      {route && (sequential.isPending || parallel.isPending) && <Loading label="Route berekenen…" />}
      {route && (sequential.isError || parallel.isError) && (
        <QueryError error={sequential.error ?? parallel.error} />
      )}
      {sequential.data && parallel.data && (
        <div className="wr-route-preview" aria-live="polite">
          <p className="utrecht-paragraph wr-route-compare">
            Volgordelijk: circa {weeksToMonths(sequential.data.durationWeeks)} maanden · Parallel: circa{' '}
            {weeksToMonths(parallel.data.durationWeeks)} maanden.{' '}
            <strong>{savingSentence(sequential.data, parallel.data)}</strong>
          </p>
          {!preparation && <p className="wr-empty">Kies bij de derde vraag volgordelijk of parallel.</p>}
          {preparation && chosen.data && (
            <Preview
              template={chosen.data}
              pending={create.isPending}
              onCreate={() => create.mutate(chosen.data)}
            />
          )}
        </div>
      )}
      {create.isError && !dateError && <QueryError error={create.error} />}
    </section>
  );
}

function Preview({
  template,
  pending,
  onCreate,
}: {
  template: RouteMapResult;
  pending: boolean;
  onCreate: () => void;
}) {
  const names = new Map(template.activities.map((a) => [a.key, a.name]));
  return (
    <>
      <h3 className="utrecht-heading-3">{template.label}</h3>
      <p className="utrecht-paragraph wr-small">
        <strong>Kritiek pad:</strong> {template.criticalPath.map((key) => names.get(key) ?? key).join(' → ')}
      </p>
      <GanttChart activities={template.activities} baseline={null} label={`Voorbeeld: ${template.label}`} />
      <details className="wr-details">
        <summary>De activiteiten van dit sjabloon als tabel</summary>
        <ActivitiesTable caption={`Activiteiten van ${template.label}`} activities={template.activities} />
      </details>
      <div className="wr-actions">
        <button
          type="button"
          className="utrecht-button utrecht-button--primary-action"
          onClick={onCreate}
          disabled={pending}
          aria-disabled={pending}
        >
          {pending ? 'Planning maken…' : 'Planning maken'}
        </button>
      </div>
    </>
  );
}

import './what-if.css';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ApiError, api } from '../../api';
import { SelectField, TextField } from '../../components/Field';
import { Loading, QueryError } from '../../components/Status';
import { useMe } from '../../components/session';
import { usePageTitle } from '../../components/usePageTitle';
import { ScenarioList } from './ScenarioList';
import { WhatIfForm } from './WhatIfForm';
import { WhatIfResult } from './WhatIfResult';
import { type ScheduleChange, type WhatIfScope, whatIfApi } from './what-if-api';
import { EMPTY_DRAFT, toChanges, toDraft, type WhatIfDraft } from './what-if-form';

/**
 * /planning/wat-als[?plan=id | ?gemeente=GM…]: change a template or policy parameter and see what it does to the
 * end date of one plan, or of every plan of a municipality, without saving; then keep it as a scenario
 * (issue 4, item 5).
 */
export function WhatIfPage() {
  usePageTitle('Wat als');
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const planId = params.get('plan');
  const municipalityCode = params.get('gemeente') ?? me.organisation.cbsCode ?? '';
  const canEdit = me.role === 'editor' || me.role === 'admin';
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<WhatIfDraft>(EMPTY_DRAFT);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string | undefined>();
  const computed = useRef<{ scope: WhatIfScope; changes: ScheduleChange[] } | null>(null);

  const plan = useQuery({
    queryKey: ['plan', planId],
    queryFn: () => api.plan(planId ?? ''),
    enabled: !!planId,
  });
  const municipalities = useQuery({
    queryKey: ['municipalities'],
    queryFn: api.municipalities,
    enabled: !planId,
  });
  const activities = useQuery({
    queryKey: ['route-map-activities'],
    queryFn: whatIfApi.activities,
    staleTime: Infinity,
  });
  const scope: WhatIfScope | null = planId ? { planId } : municipalityCode ? { municipalityCode } : null;
  const scenarioQuery = planId ? { plan: planId } : { municipality: municipalityCode };
  const scenarios = useQuery({
    queryKey: ['schedule-scenarios', scenarioQuery],
    queryFn: () => whatIfApi.scenarios(scenarioQuery),
    enabled: !!scope,
  });
  const compute = useMutation({
    mutationFn: ({ scope, changes }: { scope: WhatIfScope; changes: ScheduleChange[] }) =>
      whatIfApi.compute(scope, changes),
    onMutate: (variables) => {
      computed.current = variables;
    },
  });
  const save = useMutation({
    mutationFn: () => {
      const last = computed.current;
      if (!last) throw new Error('Reken eerst door.');
      return whatIfApi.save(last.scope, name.trim(), last.changes);
    },
    onSuccess: () => {
      setName('');
      void queryClient.invalidateQueries({ queryKey: ['schedule-scenarios'] });
    },
    onError: (error) => {
      if (error instanceof ApiError) setNameError(error.errors.find((e) => e.path === 'name')?.message);
    },
  });

  const run = (next: WhatIfDraft) => {
    const result = toChanges(next);
    setErrors(result.errors);
    if (Object.keys(result.errors).length > 0 || !scope) return;
    save.reset();
    compute.mutate({ scope, changes: result.changes });
  };
  const submitSave = () => {
    if (name.trim().length < 3) {
      setNameError('Geef het scenario een naam van minstens 3 tekens.');
      return;
    }
    setNameError(undefined);
    save.mutate();
  };

  return (
    <>
      <p className="wr-breadcrumb">
        {planId && plan.data ? (
          <>
            <Link to="/plannen">Plannen</Link> › <Link to={`/plannen/${planId}`}>{plan.data.name}</Link> ›{' '}
            <Link to={`/plannen/${planId}/planning`}>Planning</Link>
          </>
        ) : (
          <Link to="/plannen">Plannen</Link>
        )}
      </p>
      <h1 className="utrecht-heading-1">Wat als…</h1>
      <p className="wr-lead">
        Wat doet een andere procedure, een extra participatieronde of een langere besluitvorming met de
        einddatum? Reken het door voor {planId ? 'dit plan' : 'alle plannen van een gemeente'} met hun
        gezamenlijke planning. Er wordt niets opgeslagen, tenzij je het als scenario bewaart.
      </p>
      <div className="wr-whatif-scope">
        {planId ? (
          <p className="utrecht-paragraph">
            Plan: <strong>{plan.data?.name ?? '…'}</strong>
            {plan.data && (
              <>
                {' · '}
                <Link to={`/planning/wat-als?gemeente=${plan.data.municipalityCode}`}>
                  Alle plannen van {plan.data.municipalityName} doorrekenen
                </Link>
              </>
            )}
          </p>
        ) : (
          <SelectField
            id="watals-gemeente"
            label="Gemeente"
            value={municipalityCode}
            placeholder="Kies een gemeente"
            onChange={(value) => {
              compute.reset();
              setParams({ gemeente: value }, { replace: true });
            }}
            options={(municipalities.data?.items ?? []).map((m) => [m.code, m.name] as const)}
          />
        )}
      </div>
      {activities.isError && <QueryError error={activities.error} />}
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          run(draft);
        }}
      >
        <WhatIfForm
          draft={draft}
          onChange={setDraft}
          errors={errors}
          activities={activities.data?.items ?? []}
        />
        <div className="wr-actions">
          <button
            type="submit"
            className="utrecht-button utrecht-button--primary-action"
            disabled={compute.isPending || !scope}
            aria-disabled={compute.isPending || !scope}
          >
            {compute.isPending ? 'Doorrekenen…' : 'Doorrekenen'}
          </button>
        </div>
      </form>

      <section className="wr-section" aria-labelledby="watals-uitkomst" aria-busy={compute.isPending}>
        <h2 className="utrecht-heading-2" id="watals-uitkomst">
          Uitkomst
        </h2>
        {compute.isIdle && <p className="wr-empty">Kies wat er verandert en klik op Doorrekenen.</p>}
        {compute.isPending && <Loading label="Planningen doorrekenen…" />}
        {compute.isError && <QueryError error={compute.error} />}
        {compute.isSuccess && (
          <>
            <WhatIfResult outcome={compute.data} />
            {canEdit && (
              <form
                className="wr-inline-form wr-whatif-save"
                noValidate
                onSubmit={(event) => {
                  event.preventDefault();
                  submitSave();
                }}
              >
                <TextField
                  id="watals-naam"
                  label="Naam van het scenario"
                  value={name}
                  onChange={setName}
                  error={nameError}
                />
                <div className="wr-actions">
                  <button
                    type="submit"
                    className="utrecht-button utrecht-button--secondary-action"
                    disabled={save.isPending}
                  >
                    {save.isPending ? 'Bewaren…' : 'Bewaren als scenario'}
                  </button>
                </div>
                {save.isSuccess && (
                  <p className="wr-small" role="status">
                    Scenario “{save.data.name}” bewaard.
                  </p>
                )}
                {save.isError && !nameError && <QueryError error={save.error} />}
              </form>
            )}
          </>
        )}
      </section>

      <section className="wr-section" aria-labelledby="watals-scenarios">
        <h2 className="utrecht-heading-2" id="watals-scenarios">
          Bewaarde scenario’s
        </h2>
        {scenarios.isPending && scope && <Loading label="Scenario’s laden…" />}
        {scenarios.isError && <QueryError error={scenarios.error} />}
        {scenarios.isSuccess && (
          <ScenarioList
            scenarios={scenarios.data.scenarios}
            canEdit={canEdit}
            onLoad={(scenario) => {
              const next = toDraft(scenario.changes);
              setDraft(next);
              run(next);
            }}
          />
        )}
      </section>
    </>
  );
}

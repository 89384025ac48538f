import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useMemo, useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import {
  BOTTLENECK_CATEGORIES,
  computeNorms,
  deriveHardness,
  findLimitsForYear,
  isBuySegment,
  isRentSegment,
  limitsYear,
  PARTY_ROLE_LABELS,
  PARTY_ROLES,
  PHASE_LABELS,
  PHASES,
  PLAN_TYPES,
  PLANNING_STATUS_LABELS,
  PLANNING_STATUSES,
  SEGMENT_LABELS,
  SEGMENTS,
  type Segment,
  VISIBILITIES,
  VISIBILITY_LABELS,
  ZPlanInput,
  ZSegmentInput,
} from '../../../core/programme';
import { ApiError, api, type Plan } from '../../api';
import { ErrorSummary, Field, SelectField, TextField } from '../../components/Field';
import { HardnessBadge, Term } from '../../components/labels';
import { NormsPanel } from '../../components/NormsPanel';
import { Loading, QueryError } from '../../components/Status';
import { useMe } from '../../components/session';
import { usePageTitle } from '../../components/usePageTitle';
import { parseNumber } from '../../format';
import { InstrumentsPanel } from '../instruments/InstrumentsPanel';
import {
  emptyForm,
  emptySegment,
  fieldId,
  formFromPlan,
  type PlanFormState,
  rowKey,
  toPlanInput,
} from './plan-form-state';

const FIELD_LABELS: Record<string, string> = {
  name: 'naam',
  municipalityCode: 'gemeente',
  phase: 'fase',
  planningStatus: 'planologische status',
  planType: 'plantype',
  bottlenecks: 'knelpunten',
  location: 'locatie',
  address: 'adres',
  segments: 'segmenten',
  deliveries: 'oplevering',
  parties: 'partijen',
  visibility: 'zichtbaarheid',
  businessCase: 'businesscase',
  deadline: 'deadline',
  nextMilestone: 'mijlpaal',
  notes: 'toelichting',
};

/** /plannen/nieuw and /plannen/:id/bewerken. */
export function PlanFormPage() {
  const { id } = useParams();
  const plan = useQuery({ queryKey: ['plan', id], queryFn: () => api.plan(id ?? ''), enabled: Boolean(id) });
  usePageTitle(id ? 'Plan bewerken' : 'Nieuw plan');
  if (!id) return <PlanForm />;
  if (plan.isPending) return <Loading label="Plan laden…" />;
  if (plan.isError) return <QueryError error={plan.error} />;
  if (!plan.data.permissions.canEdit) {
    return (
      <div className="utrecht-alert utrecht-alert--warning" role="alert">
        <p className="utrecht-paragraph">
          Je mag dit plan niet wijzigen. <Link to={`/plannen/${id}`}>Terug naar het plan</Link>
        </p>
      </div>
    );
  }
  return <PlanForm plan={plan.data} />;
}

function PlanForm({ plan }: { plan?: Plan }) {
  const me = useMe();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [state, setState] = useState<PlanFormState>(() =>
    plan ? formFromPlan(plan) : emptyForm(me.organisation.cbsCode ?? ''),
  );
  const [version, setVersion] = useState(plan?.version ?? 0);
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<{ path: string; message: string }[]>([]);
  const [conflict, setConflict] = useState<{ message: string; changedFields?: string[] } | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const municipalities = useQuery({ queryKey: ['municipalities'], queryFn: api.municipalities });
  const organisations = useQuery({ queryKey: ['organisations'], queryFn: api.organisations });
  const limits = useQuery({ queryKey: ['national-limits'], queryFn: api.nationalLimits });
  const withBusinessCase = plan ? plan.permissions.canSeeBusinessCase : true;

  const input = useMemo(() => toPlanInput(state, { withBusinessCase }), [state, withBusinessCase]);
  const parsed = useMemo(() => ZPlanInput.safeParse(input), [input]);
  const clientErrors = parsed.success
    ? []
    : parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
  const errors = submitted ? (clientErrors.length ? clientErrors : serverErrors) : serverErrors;
  const errorFor = (path: string) => errors.find((error) => error.path === path)?.message;

  // Live norms: the same core function the server runs, with the limits of the plan's first delivery year.
  const normLines = state.segments.map((line) => ({
    segment: (line.segment || 'unknown') as Segment,
    homes: parseNumber(line.homes) ?? 0,
    monthlyRentEur: parseNumber(line.monthlyRentEur),
    priceEur: parseNumber(line.priceEur),
  }));
  const year = limitsYear(
    state.deliveries
      .map((line) => ({ year: parseNumber(line.year) ?? Number.NaN }))
      .filter((l) => l.year > 1999),
  );
  const yearLimits = findLimitsForYear(limits.data?.items ?? [], year);
  const norms = computeNorms(normLines, yearLimits);
  // The lines the server can check (ordinance, compensation): complete and valid ones only.
  const instrumentLines = state.segments.flatMap((line) => {
    const candidate = {
      segment: line.segment,
      homes: parseNumber(line.homes) ?? 0,
      usableAreaM2: parseNumber(line.usableAreaM2),
      monthlyRentEur: parseNumber(line.monthlyRentEur),
      priceEur: parseNumber(line.priceEur),
    };
    return ZSegmentInput.safeParse(candidate).success ? [candidate] : [];
  });
  const instrumentDeliveries = state.deliveries.flatMap((line) => {
    const delivery = { year: parseNumber(line.year) ?? 0, homes: parseNumber(line.homes) ?? 0 };
    return delivery.year > 1999 && delivery.homes > 0 ? [delivery] : [];
  });

  const save = useMutation({
    mutationFn: (body: unknown) => (plan ? api.updatePlan(plan.id, body) : api.createPlan(body)),
    onSuccess: (saved) => {
      queryClient.invalidateQueries({ queryKey: ['plans'] });
      queryClient.setQueryData(['plan', saved.id], saved);
      queryClient.invalidateQueries({ queryKey: ['plan-versions', saved.id] });
      navigate(`/plannen/${saved.id}`, { state: { saved: plan ? 'gewijzigd' : 'aangemaakt' } });
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409) {
        setConflict({ message: error.message });
      } else if (error instanceof ApiError && error.errors.length) {
        setServerErrors(error.errors);
      } else {
        setServerErrors([
          {
            path: '',
            message: error instanceof ApiError ? error.message : 'Opslaan lukt nu niet. Probeer het opnieuw.',
          },
        ]);
      }
      summaryRef.current?.focus();
    },
  });

  /** After a 409: fetch the newest version, say what others changed, keep what the user typed. */
  const reload = useMutation({
    mutationFn: () => api.plan(plan?.id ?? ''),
    onSuccess: (latest) => {
      const theirs = toPlanInput(formFromPlan(latest), { withBusinessCase }) as Record<string, unknown>;
      const before = plan
        ? (toPlanInput(formFromPlan(plan), { withBusinessCase }) as Record<string, unknown>)
        : {};
      const changedFields = Object.keys(theirs).filter(
        (key) => JSON.stringify(theirs[key]) !== JSON.stringify(before[key]),
      );
      setVersion(latest.version);
      queryClient.setQueryData(['plan', latest.id], latest);
      setConflict({ message: 'De nieuwste versie is geladen.', changedFields });
    },
  });

  function update(changes: Partial<PlanFormState>) {
    setState((current) => ({ ...current, ...changes }));
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    setServerErrors([]);
    if (!parsed.success) {
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    save.mutate(plan ? { ...input, version } : input);
  }

  const summary = errors.map((error) => ({
    id: error.path ? fieldId(error.path.split('.').slice(0, 3).join('.')) : 'plan-name',
    message: error.path
      ? `${FIELD_LABELS[error.path.split('.')[0] ?? ''] ?? error.path}: ${error.message}`
      : error.message,
  }));
  const memberMunicipalities = (municipalities.data?.items ?? []).filter((m) => m.member);
  const orgs = organisations.data?.items ?? [];
  const title = plan ? `${plan.name} bewerken` : 'Nieuw plan';

  return (
    <>
      <p className="wr-breadcrumb">
        <Link to="/plannen">Plannen</Link>
        {plan && (
          <>
            {' › '}
            <Link to={`/plannen/${plan.id}`}>{plan.name}</Link>
          </>
        )}
      </p>
      <h1 className="utrecht-heading-1">{title}</h1>
      <form className="wr-plan-form" onSubmit={submit} noValidate>
        <div className="wr-plan-form__main">
          {conflict && (
            <div className="utrecht-alert utrecht-alert--warning wr-conflict" role="alert">
              <p className="utrecht-paragraph">{conflict.message}</p>
              {conflict.changedFields ? (
                <p className="utrecht-paragraph">
                  {conflict.changedFields.length
                    ? `Anderen wijzigden: ${conflict.changedFields.map((f) => FIELD_LABELS[f] ?? f).join(', ')}. `
                    : ''}
                  Je eigen invoer staat nog in het formulier. Controleer het en sla opnieuw op om jouw versie
                  te bewaren, of <Link to={`/plannen/${plan?.id}`}>bekijk de nieuwste versie</Link>.
                </p>
              ) : (
                <button
                  type="button"
                  className="utrecht-button utrecht-button--secondary-action"
                  onClick={() => reload.mutate()}
                  disabled={reload.isPending}
                >
                  {reload.isPending ? 'Laden…' : 'Nieuwste versie laden'}
                </button>
              )}
            </div>
          )}
          <div ref={summaryRef} tabIndex={-1}>
            <ErrorSummary title="Het plan is nog niet opgeslagen. Controleer:" errors={summary} />
          </div>

          <Fieldset legend="Algemeen">
            <TextField
              id="plan-name"
              label="Naam van het plan"
              error={errorFor('name')}
              value={state.name}
              onChange={(value) => update({ name: value })}
            />
            <div className="wr-grid-2">
              <SelectField
                id="plan-municipalityCode"
                label="Gemeente"
                error={errorFor('municipalityCode')}
                value={state.municipalityCode}
                onChange={(value) => update({ municipalityCode: value })}
                placeholder="Kies een gemeente"
                options={memberMunicipalities.map((m) => [m.code, m.name] as const)}
              />
              <SelectField
                id="plan-phase"
                label="Fase"
                error={errorFor('phase')}
                value={state.phase}
                onChange={(value) => update({ phase: value })}
                options={PHASES.map((phase) => [phase, PHASE_LABELS[phase]] as const)}
              />
              <Field
                id="plan-planningStatus"
                label="Planologische status"
                help={
                  state.planningStatus ? (
                    <>
                      Hardheid: <HardnessBadge hardness={deriveHardness(state.planningStatus)} />
                    </>
                  ) : (
                    'De hardheid volgt uit de status, zoals in Planmonitor Wonen.'
                  )
                }
                error={errorFor('planningStatus')}
              >
                {(props) => (
                  <select
                    {...props}
                    className="utrecht-select utrecht-select--html-select"
                    value={state.planningStatus}
                    onChange={(event) =>
                      update({ planningStatus: event.target.value as PlanFormState['planningStatus'] })
                    }
                  >
                    <option value="">Kies een status</option>
                    {PLANNING_STATUSES.map((status) => (
                      <option key={status} value={status}>
                        {PLANNING_STATUS_LABELS[status]}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <SelectField
                id="plan-planType"
                label="Plantype (optioneel)"
                error={errorFor('planType')}
                value={state.planType}
                onChange={(value) => update({ planType: value })}
                placeholder="Onbekend"
                options={PLAN_TYPES.map((type) => [type, type] as const)}
              />
            </div>
            <Field
              id="plan-visibility"
              label="Wie mag dit plan zien?"
              help="De businesscase ziet alleen je eigen organisatie en de partijen van het plan."
              error={errorFor('visibility')}
            >
              {(props) => (
                <select
                  {...props}
                  className="utrecht-select utrecht-select--html-select"
                  value={state.visibility}
                  onChange={(event) => update({ visibility: event.target.value })}
                >
                  {VISIBILITIES.map((visibility) => (
                    <option key={visibility} value={visibility}>
                      {VISIBILITY_LABELS[visibility]}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </Fieldset>

          <Fieldset legend="Woningen per segment" error={errorFor('segments')} id="plan-segments">
            <p className="utrecht-paragraph wr-small">
              Vul per segment het aantal woningen in, met de{' '}
              <Term title="Gebruiksoppervlakte: de bruikbare vloeroppervlakte van een woning in m².">
                GBO
              </Term>{' '}
              en de huur of koopprijs als die bekend is. De normen rechts rekenen direct mee.
            </p>
            <div className="wr-rows">
              {state.segments.map((line, index) => {
                const path = `segments.${index}`;
                const set = (changes: Partial<typeof line>) =>
                  update({
                    segments: state.segments.map((row) =>
                      row.key === line.key ? { ...row, ...changes } : row,
                    ),
                  });
                const rent = line.segment !== '' && isRentSegment(line.segment);
                const buy = line.segment !== '' && isBuySegment(line.segment);
                return (
                  <div className="wr-row" key={line.key} data-testid="segment-row">
                    <Field
                      id={fieldId(`${path}.segment`)}
                      label={`Segment ${index + 1}`}
                      error={errorFor(`${path}.segment`)}
                    >
                      {(props) => (
                        <select
                          {...props}
                          className="utrecht-select utrecht-select--html-select"
                          value={line.segment}
                          onChange={(event) =>
                            set({
                              segment: event.target.value as Segment | '',
                              monthlyRentEur: '',
                              priceEur: '',
                            })
                          }
                        >
                          <option value="">Kies een segment</option>
                          {SEGMENTS.map((segment) => (
                            <option key={segment} value={segment}>
                              {SEGMENT_LABELS[segment]}
                            </option>
                          ))}
                        </select>
                      )}
                    </Field>
                    <NumberField
                      id={fieldId(`${path}.homes`)}
                      label="Woningen"
                      value={line.homes}
                      error={errorFor(`${path}.homes`)}
                      onChange={(homes) => set({ homes })}
                    />
                    <NumberField
                      id={fieldId(`${path}.usableAreaM2`)}
                      label="GBO (m²)"
                      value={line.usableAreaM2}
                      error={errorFor(`${path}.usableAreaM2`)}
                      onChange={(usableAreaM2) => set({ usableAreaM2 })}
                    />
                    {rent && (
                      <NumberField
                        id={fieldId(`${path}.monthlyRentEur`)}
                        label="Huur per maand (€)"
                        value={line.monthlyRentEur}
                        error={errorFor(`${path}.monthlyRentEur`)}
                        onChange={(monthlyRentEur) => set({ monthlyRentEur })}
                      />
                    )}
                    {buy && (
                      <NumberField
                        id={fieldId(`${path}.priceEur`)}
                        label="Koopprijs (€)"
                        value={line.priceEur}
                        error={errorFor(`${path}.priceEur`)}
                        onChange={(priceEur) => set({ priceEur })}
                      />
                    )}
                    {state.segments.length > 1 && (
                      <button
                        type="button"
                        className="utrecht-button utrecht-button--subtle wr-row__remove"
                        onClick={() =>
                          update({ segments: state.segments.filter((row) => row.key !== line.key) })
                        }
                        aria-label={`Segment ${index + 1} verwijderen`}
                      >
                        Verwijderen
                      </button>
                    )}
                  </div>
                );
              })}
            </div>
            <button
              type="button"
              className="utrecht-button utrecht-button--secondary-action"
              onClick={() => update({ segments: [...state.segments, emptySegment()] })}
            >
              Segment toevoegen
            </button>
          </Fieldset>

          <Fieldset legend="Oplevering per jaar" error={errorFor('deliveries')} id="plan-deliveries">
            <p className="utrecht-paragraph wr-small">
              Verdeel de woningen over de jaren van oplevering. Samen zijn ze evenveel als de woningen
              hierboven.
            </p>
            <div className="wr-rows">
              {state.deliveries.map((line, index) => {
                const path = `deliveries.${index}`;
                const set = (changes: Partial<typeof line>) =>
                  update({
                    deliveries: state.deliveries.map((row) =>
                      row.key === line.key ? { ...row, ...changes } : row,
                    ),
                  });
                return (
                  <div className="wr-row" key={line.key}>
                    <NumberField
                      id={fieldId(`${path}.year`)}
                      label="Jaar"
                      value={line.year}
                      error={errorFor(`${path}.year`)}
                      onChange={(value) => set({ year: value })}
                    />
                    <NumberField
                      id={fieldId(`${path}.homes`)}
                      label="Woningen"
                      value={line.homes}
                      error={errorFor(`${path}.homes`)}
                      onChange={(value) => set({ homes: value })}
                    />
                    <button
                      type="button"
                      className="utrecht-button utrecht-button--subtle wr-row__remove"
                      onClick={() =>
                        update({ deliveries: state.deliveries.filter((row) => row.key !== line.key) })
                      }
                      aria-label={`Oplevering ${line.year || index + 1} verwijderen`}
                    >
                      Verwijderen
                    </button>
                  </div>
                );
              })}
            </div>
            <button
              type="button"
              className="utrecht-button utrecht-button--secondary-action"
              onClick={() => {
                const last = state.deliveries.at(-1);
                const nextYear = last
                  ? (parseNumber(last.year) ?? new Date().getFullYear()) + 1
                  : new Date().getFullYear() + 1;
                update({
                  deliveries: [...state.deliveries, { key: rowKey(), year: String(nextYear), homes: '' }],
                });
              }}
            >
              Jaar toevoegen
            </button>
          </Fieldset>

          <Fieldset legend="Locatie">
            <div className="wr-grid-3">
              <Field
                id="plan-location-lat"
                label="Breedtegraad"
                help="Bijvoorbeeld 52,223"
                error={errorFor('location.lat') ?? errorFor('location')}
              >
                {(props) => (
                  <input
                    {...props}
                    inputMode="decimal"
                    className="utrecht-textbox utrecht-textbox--html-input"
                    value={state.lat}
                    onChange={(event) => update({ lat: event.target.value })}
                  />
                )}
              </Field>
              <Field
                id="plan-location-lon"
                label="Lengtegraad"
                help="Bijvoorbeeld 5,176"
                error={errorFor('location.lon')}
              >
                {(props) => (
                  <input
                    {...props}
                    inputMode="decimal"
                    className="utrecht-textbox utrecht-textbox--html-input"
                    value={state.lon}
                    onChange={(event) => update({ lon: event.target.value })}
                  />
                )}
              </Field>
              <TextField
                id="plan-address"
                label="Adres of plek (optioneel)"
                error={errorFor('address')}
                value={state.address}
                onChange={(value) => update({ address: value })}
              />
            </div>
          </Fieldset>

          <Fieldset legend="Partijen" error={errorFor('parties')} id="plan-parties">
            <p className="utrecht-paragraph wr-small">
              Partijen van het plan mogen het zien, ook als het niet voor de hele regio zichtbaar is, en zien
              de businesscase.
            </p>
            <div className="wr-rows">
              {state.parties.map((party, index) => {
                const path = `parties.${index}`;
                const set = (changes: Partial<typeof party>) =>
                  update({
                    parties: state.parties.map((row) =>
                      row.key === party.key ? { ...row, ...changes } : row,
                    ),
                  });
                return (
                  <div className="wr-row" key={party.key}>
                    <Field
                      id={fieldId(`${path}.organisationId`)}
                      label={`Partij ${index + 1}`}
                      error={errorFor(`${path}.organisationId`) ?? errorFor(path)}
                    >
                      {(props) => (
                        <select
                          {...props}
                          className="utrecht-select utrecht-select--html-select"
                          value={party.organisationId}
                          onChange={(event) => set({ organisationId: event.target.value })}
                        >
                          <option value="">Kies een organisatie</option>
                          {orgs.map((org) => (
                            <option key={org.id} value={org.id}>
                              {org.name}
                            </option>
                          ))}
                        </select>
                      )}
                    </Field>
                    <SelectField
                      id={fieldId(`${path}.role`)}
                      label="Rol"
                      error={errorFor(`${path}.role`)}
                      value={party.role}
                      onChange={(value) => set({ role: value as typeof party.role })}
                      placeholder="Kies een rol"
                      options={PARTY_ROLES.map((role) => [role, PARTY_ROLE_LABELS[role]] as const)}
                    />
                    <button
                      type="button"
                      className="utrecht-button utrecht-button--subtle wr-row__remove"
                      onClick={() =>
                        update({ parties: state.parties.filter((row) => row.key !== party.key) })
                      }
                      aria-label={`Partij ${index + 1} verwijderen`}
                    >
                      Verwijderen
                    </button>
                  </div>
                );
              })}
            </div>
            <button
              type="button"
              className="utrecht-button utrecht-button--secondary-action"
              onClick={() =>
                update({ parties: [...state.parties, { key: rowKey(), organisationId: '', role: '' }] })
              }
            >
              Partij toevoegen
            </button>
          </Fieldset>

          <Fieldset legend="Knelpunten">
            <div className="wr-checks">
              {BOTTLENECK_CATEGORIES.map((category) => (
                <label className="wr-check" key={category}>
                  <input
                    type="checkbox"
                    className="utrecht-checkbox utrecht-checkbox--html-input"
                    checked={state.bottlenecks.includes(category)}
                    onChange={(event) =>
                      update({
                        bottlenecks: event.target.checked
                          ? [...state.bottlenecks, category]
                          : state.bottlenecks.filter((b) => b !== category),
                      })
                    }
                  />
                  {category}
                </label>
              ))}
            </div>
          </Fieldset>

          <Fieldset legend="Termijnen">
            <div className="wr-grid-3">
              <TextField
                id="plan-deadline"
                label="Deadline (optioneel)"
                error={errorFor('deadline')}
                type="date"
                value={state.deadline}
                onChange={(value) => update({ deadline: value })}
              />
              <Field
                id="plan-nextMilestone-label"
                label="Volgende mijlpaal"
                error={errorFor('nextMilestone.label')}
              >
                {(props) => (
                  <input
                    {...props}
                    className="utrecht-textbox utrecht-textbox--html-input"
                    value={state.milestoneLabel}
                    onChange={(event) => update({ milestoneLabel: event.target.value })}
                  />
                )}
              </Field>
              <Field
                id="plan-nextMilestone-date"
                label="Datum mijlpaal"
                error={errorFor('nextMilestone.date')}
              >
                {(props) => (
                  <input
                    {...props}
                    type="date"
                    className="utrecht-textbox utrecht-textbox--html-input"
                    value={state.milestoneDate}
                    onChange={(event) => update({ milestoneDate: event.target.value })}
                  />
                )}
              </Field>
            </div>
            <Field id="plan-notes" label="Toelichting (optioneel)" error={errorFor('notes')}>
              {(props) => (
                <textarea
                  {...props}
                  rows={4}
                  className="utrecht-textarea utrecht-textarea--html-textarea"
                  value={state.notes}
                  onChange={(event) => update({ notes: event.target.value })}
                />
              )}
            </Field>
          </Fieldset>

          {withBusinessCase && (
            <Fieldset legend="Businesscase (vertrouwelijk)">
              <p className="utrecht-paragraph wr-small">
                Alleen je eigen organisatie en de partijen van het plan zien deze bedragen.
              </p>
              <div className="wr-grid-3">
                <NumberField
                  id="plan-businessCase-investmentEur"
                  label="Investering (€)"
                  value={state.businessCase.investmentEur}
                  error={errorFor('businessCase.investmentEur')}
                  onChange={(investmentEur) =>
                    update({ businessCase: { ...state.businessCase, investmentEur } })
                  }
                />
                <NumberField
                  id="plan-businessCase-revenueEur"
                  label="Opbrengsten (€)"
                  value={state.businessCase.revenueEur}
                  error={errorFor('businessCase.revenueEur')}
                  onChange={(revenueEur) => update({ businessCase: { ...state.businessCase, revenueEur } })}
                />
                <NumberField
                  id="plan-businessCase-unprofitableTopEur"
                  label="Onrendabele top (€)"
                  value={state.businessCase.unprofitableTopEur}
                  error={errorFor('businessCase.unprofitableTopEur')}
                  onChange={(unprofitableTopEur) =>
                    update({ businessCase: { ...state.businessCase, unprofitableTopEur } })
                  }
                />
              </div>
              <Field
                id="plan-businessCase-notes"
                label="Toelichting businesscase"
                error={errorFor('businessCase.notes')}
              >
                {(props) => (
                  <textarea
                    {...props}
                    rows={3}
                    className="utrecht-textarea utrecht-textarea--html-textarea"
                    value={state.businessCase.notes}
                    onChange={(event) =>
                      update({ businessCase: { ...state.businessCase, notes: event.target.value } })
                    }
                  />
                )}
              </Field>
            </Fieldset>
          )}

          <div className="wr-actions">
            <button
              type="submit"
              className="utrecht-button utrecht-button--primary-action"
              disabled={save.isPending}
              aria-busy={save.isPending || undefined}
            >
              {save.isPending ? 'Opslaan…' : plan ? 'Wijzigingen opslaan' : 'Plan opslaan'}
            </button>
            <Link
              to={plan ? `/plannen/${plan.id}` : '/plannen'}
              className="utrecht-button-link utrecht-button-link--secondary-action"
            >
              Annuleren
            </Link>
          </div>
        </div>
        <aside className="wr-plan-form__side" aria-label="Normen">
          <NormsPanel norms={norms} limitsYear={yearLimits?.year ?? null} />
          <InstrumentsPanel
            municipalityCode={state.municipalityCode}
            segments={instrumentLines}
            deliveries={instrumentDeliveries}
          />
        </aside>
      </form>
    </>
  );
}

function Fieldset({
  legend,
  children,
  error,
  id,
}: {
  legend: string;
  children: ReactNode;
  error?: string;
  id?: string;
}) {
  return (
    <fieldset className="utrecht-form-fieldset wr-fieldset" id={id} tabIndex={id ? -1 : undefined}>
      <legend className="utrecht-form-fieldset__legend">{legend}</legend>
      {error && <p className="utrecht-form-field-error-message">{error}</p>}
      {children}
    </fieldset>
  );
}

function NumberField({
  id,
  label,
  value,
  error,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  error?: string;
  onChange: (value: string) => void;
}) {
  return (
    <TextField
      id={id}
      label={label}
      error={error}
      inputMode="numeric"
      className="wr-number"
      value={value}
      onChange={(value) => onChange(value)}
    />
  );
}

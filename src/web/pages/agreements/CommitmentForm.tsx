import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import {
  COMMITMENT_STATUSES,
  COMMITMENT_TOPICS,
  COMMITMENT_TYPES,
  type CommitmentStatus,
  type CommitmentType,
  isComputable,
  STATUS_LABELS,
  TYPE_LABELS,
  topicOf,
} from '../../../core/agreements';
import { ApiError, api, fieldErrors, toQuery } from '../../api';
import { ErrorSummary, Field, SelectField, TextField } from '../../components/Field';
import { formatNumber, parseNumber } from '../../format';
import type { Agreement, Commitment, CommitmentBody } from './agreements-api';

const FIELDS = [
  'partyOrganisationId',
  'topic',
  'type',
  'description',
  'target',
  'actual',
  'unit',
  'dueDate',
  'status',
  'evidence',
  'planIds',
] as const;
type FieldName = (typeof FIELDS)[number];
const text = (n: number | null) => (n === null ? '' : formatNumber(n));

/**
 * A commitment's form, to add one or to change one in place. Fields: party, topic, type, description, target,
 * actual (disabled when it is computed from linked plans), unit, due date, status, evidence and linked plans.
 */
export function CommitmentForm({
  agreement,
  commitment,
  idPrefix,
  onSave,
  onCancel,
}: {
  agreement: Agreement;
  commitment?: Commitment;
  idPrefix: string;
  onSave: (body: CommitmentBody) => Promise<unknown>;
  onCancel: () => void;
}) {
  const [party, setParty] = useState(
    commitment?.party.organisationId ?? agreement.parties[0]?.organisationId ?? '',
  );
  const [topic, setTopic] = useState(commitment?.topic ?? 'newSocialRent');
  const [type, setType] = useState<CommitmentType>(commitment?.type ?? 'numbers');
  const [description, setDescription] = useState(commitment?.description ?? '');
  const [target, setTarget] = useState(text(commitment?.target ?? null));
  const [actual, setActual] = useState(text(commitment?.actualEntered ?? null));
  const [unit, setUnit] = useState(commitment?.unit ?? 'woningen');
  const [dueDate, setDueDate] = useState(commitment?.dueDate ?? `${agreement.year}-12-31`);
  const [status, setStatus] = useState<CommitmentStatus>(commitment?.status ?? 'onTrack');
  const [evidence, setEvidence] = useState(commitment?.evidence ?? '');
  const [planIds, setPlanIds] = useState<string[]>(commitment?.plans.map((p) => p.id) ?? []);
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const id = (f: FieldName) => `${idPrefix}-${f}`;
  const computable = isComputable(topic);
  const computed = computable && planIds.length > 0;
  const plans = useQuery({
    queryKey: ['plans', 'for-commitment', agreement.municipalityCode],
    queryFn: () => api.plans(toQuery({ municipality: agreement.municipalityCode, limit: 200, sort: 'name' })),
    enabled: computable,
  });
  const save = useMutation({
    mutationFn: onSave,
    onError: (error) => {
      if (error instanceof ApiError && error.errors.length) {
        setErrors(fieldErrors(error, (path) => (FIELDS.includes(path as FieldName) ? path : 'description')));
      } else setErrors({ description: error instanceof Error ? error.message : String(error) });
    },
  });

  const changeTopic = (key: string) => {
    setTopic(key);
    const t = topicOf(key);
    setType(t.type);
    setUnit(t.unit);
  };
  const submit = () => {
    const found: Partial<Record<FieldName, string>> = {};
    const t = parseNumber(target);
    const a = parseNumber(actual);
    if (!party) found.partyOrganisationId = 'Kies de partij die deze afspraak nakomt.';
    if (description.trim().length < 5) found.description = 'Beschrijf de afspraak in minstens 5 tekens.';
    if (t !== null && !(t >= 0)) found.target = 'Vul het doel in als getal, bijvoorbeeld 120.';
    if (a !== null && !(a >= 0)) found.actual = 'Vul de realisatie in als getal, bijvoorbeeld 40.';
    setErrors(found);
    if (Object.keys(found).length) return;
    save.mutate({
      partyOrganisationId: party,
      topic,
      type,
      description: description.trim(),
      target: type === 'process' ? null : t,
      actual: type === 'process' ? null : a,
      unit: type === 'process' ? '' : unit.trim(),
      dueDate: dueDate || null,
      status,
      evidence: evidence.trim() || null,
      planIds: computable ? planIds : [],
    });
  };
  const summary = Object.entries(errors).map(([f, message]) => ({
    id: id(f as FieldName),
    message: message as string,
  }));
  return (
    <form
      className="wr-commitment-form"
      noValidate
      aria-label={commitment ? 'Toezegging wijzigen' : 'Toezegging toevoegen'}
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <ErrorSummary title="De toezegging is nog niet bewaard. Controleer:" errors={summary} />
      <div className="wr-grid-3">
        <SelectField
          id={id('partyOrganisationId')}
          label="Partij"
          value={party}
          onChange={setParty}
          error={errors.partyOrganisationId}
          options={agreement.parties.map((p) => [p.organisationId, p.name] as const)}
        />
        <SelectField
          id={id('topic')}
          label="Onderwerp"
          help={topicOf(topic).help}
          value={topic}
          onChange={changeTopic}
          error={errors.topic}
          options={COMMITMENT_TOPICS.map((t) => [t.key, t.label] as const)}
        />
        <SelectField
          id={id('type')}
          label="Soort"
          value={type}
          onChange={(v) => setType(v as CommitmentType)}
          error={errors.type}
          options={COMMITMENT_TYPES.map((t) => [t, TYPE_LABELS[t]] as const)}
        />
      </div>
      <Field id={id('description')} label="Wat is afgesproken" error={errors.description}>
        {(props) => (
          <textarea
            {...props}
            className="utrecht-textarea utrecht-textarea--html-textarea"
            rows={2}
            value={description}
            onChange={(e) => setDescription(e.target.value)}
          />
        )}
      </Field>
      {type !== 'process' && (
        <div className="wr-grid-3">
          <TextField
            id={id('target')}
            label="Doel"
            value={target}
            onChange={setTarget}
            inputMode="decimal"
            error={errors.target}
          />
          <TextField
            id={id('actual')}
            label="Realisatie"
            help={
              computed
                ? 'Wordt berekend uit de gekoppelde plannen; wat je hier invult telt dan niet.'
                : 'Vul in wat tot nu toe is bereikt.'
            }
            value={actual}
            onChange={setActual}
            inputMode="decimal"
            error={errors.actual}
          />
          <TextField id={id('unit')} label="Eenheid" value={unit} onChange={setUnit} error={errors.unit} />
        </div>
      )}
      <div className="wr-grid-3">
        <TextField
          id={id('dueDate')}
          label="Uiterlijk klaar op"
          type="date"
          value={dueDate}
          onChange={setDueDate}
          error={errors.dueDate}
        />
        <SelectField
          id={id('status')}
          label="Stand"
          help={
            commitment?.suggestedStatus
              ? `De plannen wijzen op: ${STATUS_LABELS[commitment.suggestedStatus].toLowerCase()}.`
              : undefined
          }
          value={status}
          onChange={(v) => setStatus(v as CommitmentStatus)}
          error={errors.status}
          options={COMMITMENT_STATUSES.map((s) => [s, STATUS_LABELS[s]] as const)}
        />
      </div>
      <Field
        id={id('evidence')}
        label="Bewijs of toelichting"
        help="Bijvoorbeeld het jaarverslag of een besluit, met datum."
        error={errors.evidence}
      >
        {(props) => (
          <textarea
            {...props}
            className="utrecht-textarea utrecht-textarea--html-textarea"
            rows={2}
            value={evidence}
            onChange={(e) => setEvidence(e.target.value)}
          />
        )}
      </Field>
      {computable && (
        <fieldset className="wr-fieldset" aria-describedby={`${id('planIds')}-hulp`}>
          <legend>Gekoppelde plannen</legend>
          <p className="wr-field__help" id={`${id('planIds')}-hulp`}>
            Koppel de plannen waar deze toezegging over gaat. Woonregie telt dan de woningen van dit onderwerp
            die deze plannen opleveren vanaf {agreement.year} tot en met het jaar van de einddatum.
          </p>
          {errors.planIds && <p className="utrecht-form-field-error-message">{errors.planIds}</p>}
          <div className="wr-plan-picks">
            {plans.data?.items.map((p) => (
              <label key={p.id} className="wr-check">
                <input
                  type="checkbox"
                  className="utrecht-checkbox utrecht-checkbox--html-input"
                  checked={planIds.includes(p.id)}
                  onChange={(e) =>
                    setPlanIds(e.target.checked ? [...planIds, p.id] : planIds.filter((x) => x !== p.id))
                  }
                />
                {p.name}{' '}
                <span className="wr-small wr-muted">
                  ({formatNumber(p.totals.socialRentHomes)} sociaal van {formatNumber(p.totals.homes)})
                </span>
              </label>
            ))}
          </div>
        </fieldset>
      )}
      <div className="wr-actions">
        <button
          type="submit"
          className="utrecht-button utrecht-button--primary-action"
          disabled={save.isPending}
        >
          {save.isPending ? 'Bewaren…' : commitment ? 'Wijziging bewaren' : 'Toezegging toevoegen'}
        </button>
        <button type="button" className="utrecht-button utrecht-button--subtle" onClick={onCancel}>
          Annuleren
        </button>
      </div>
    </form>
  );
}

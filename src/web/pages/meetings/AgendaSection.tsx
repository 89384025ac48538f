import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { DECISION_OUTCOMES, type DecisionOutcome } from '../../../core/meetings/route';
import { api, fieldErrors } from '../../api';
import { Field, SelectField, TextField } from '../../components/Field';
import { reviewApi } from '../review/review-api';
import { ConfirmButton, FormMessage } from './common';
import {
  type AgendaItem,
  type Meeting,
  meetingsApi,
  SUBJECT_LABELS,
  type SubjectKind,
  subjectHref,
} from './meetings-api';

const OUTCOME_LABELS: Record<DecisionOutcome, string> = {
  done: 'Behandeld: het voorstel gaat door naar de volgende stap',
  postponed: 'Aangehouden: het voorstel komt terug op een volgende vergadering',
  rejected: 'Niet vastgesteld (alleen bij vaststellen)',
};

/** The agenda of a meeting: every item with its decision; an admin records decisions and adds items. */
export function AgendaSection({ meeting }: { meeting: Meeting }) {
  const canEdit = meeting.permissions.canEdit;
  return (
    <section className="wr-section" aria-labelledby="agenda-kop">
      <h2 className="utrecht-heading-2" id="agenda-kop">
        Agenda
      </h2>
      {meeting.agenda.length === 0 ? (
        <p className="wr-empty">
          Er staat nog niets op de agenda.{canEdit ? ' Voeg hieronder een agendapunt toe.' : ''}
        </p>
      ) : (
        <ol className="wr-agenda">
          {meeting.agenda.map((item) => (
            <AgendaItemView key={item.id} item={item} canEdit={canEdit} />
          ))}
        </ol>
      )}
      {canEdit && <AddAgendaItem meeting={meeting} />}
    </section>
  );
}

function AgendaItemView({ item, canEdit }: { item: AgendaItem; canEdit: boolean }) {
  const client = useQueryClient();
  const href = subjectHref(item.subject);
  const remove = useMutation({
    mutationFn: () => meetingsApi.removeAgendaItem(item.id),
    onSuccess: () => client.invalidateQueries({ queryKey: ['meetings'] }),
  });
  return (
    <li className="wr-agenda__item" data-testid="agenda-item">
      <h3 className="utrecht-heading-3 wr-agenda__title">
        {href ? <Link to={href}>{item.title}</Link> : item.title}{' '}
        <span className="wr-badge wr-badge--internal wr-badge--small">
          {SUBJECT_LABELS[item.subjectKind]}
        </span>
      </h3>
      {item.description && <p className="utrecht-paragraph">{item.description}</p>}
      {item.decision ? (
        <div className="wr-decision">
          <h4 className="wr-decision__label">Besluit</h4>
          <p className="utrecht-paragraph" data-testid="decision">
            {item.decision}
          </p>
        </div>
      ) : canEdit ? (
        <>
          <DecisionForm item={item} />
          <div className="wr-screen-only">
            <ConfirmButton
              label={
                <>
                  Van de agenda halen<span className="wr-visually-hidden">: {item.title}</span>
                </>
              }
              question="Dit agendapunt weghalen?"
              confirmLabel="Ja, weghalen"
              pending={remove.isPending}
              onConfirm={() => remove.mutate()}
            />
            <FormMessage error={remove.error} />
          </div>
        </>
      ) : (
        <p className="wr-small wr-muted wr-screen-only">Nog geen besluit.</p>
      )}
    </li>
  );
}

function DecisionForm({ item }: { item: AgendaItem }) {
  const client = useQueryClient();
  const forProposal = item.routeStepId !== null;
  const [decision, setDecision] = useState('');
  const [outcome, setOutcome] = useState<DecisionOutcome>('done');
  const [conclusion, setConclusion] = useState('');
  const save = useMutation({
    mutationFn: () =>
      meetingsApi.recordDecision(item.id, {
        version: item.version,
        decision,
        ...(forProposal ? { outcome, conclusion: conclusion.trim() || undefined } : {}),
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['meetings'] }),
  });
  const errors = fieldErrors(save.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  const prefix = `besluit-${item.id}`;
  return (
    <form
      className="wr-meetings-form wr-decision-form"
      onSubmit={submit}
      noValidate
      aria-label={`Besluit over ${item.title}`}
    >
      <Field id={`${prefix}-tekst`} label="Besluit" error={errors.decision}>
        {(props) => (
          <textarea
            {...props}
            className="utrecht-textarea utrecht-textarea--html-textarea"
            rows={3}
            value={decision}
            onChange={(event) => setDecision(event.target.value)}
          />
        )}
      </Field>
      {forProposal && (
        <>
          <SelectField
            id={`${prefix}-uitkomst`}
            label="Uitkomst voor de route van het voorstel"
            value={outcome}
            onChange={(value) => setOutcome(value as DecisionOutcome)}
            options={DECISION_OUTCOMES.map((o) => [o, OUTCOME_LABELS[o]] as const)}
            error={errors.outcome}
          />
          <TextField
            id={`${prefix}-conclusie`}
            label="Conclusie op het voorblad"
            help="Kort, bijvoorbeeld Positief of Vastgesteld. Leeg laten geeft een standaardtekst."
            value={conclusion}
            onChange={setConclusion}
            error={errors.conclusion}
          />
        </>
      )}
      <div className="wr-actions">
        <button
          type="submit"
          className="utrecht-button utrecht-button--primary-action"
          disabled={save.isPending}
        >
          Besluit vastleggen
        </button>
      </div>
      <FormMessage error={save.error} />
    </form>
  );
}

type Option = readonly [string, string];

/** The things an agenda item can be about, as options for the chosen kind. */
function useSubjectOptions(kind: SubjectKind): { options: Option[]; loading: boolean } {
  const bottlenecks = useQuery({
    queryKey: ['bottlenecks', 'agenda'],
    queryFn: () => api.bottlenecks(''),
    enabled: kind === 'bottleneck',
  });
  const proposals = useQuery({
    queryKey: ['meetings', 'proposals'],
    queryFn: meetingsApi.proposals,
    enabled: kind === 'proposal',
  });
  const reviews = useQuery({ queryKey: ['reviews'], queryFn: reviewApi.list, enabled: kind === 'review' });
  const plans = useQuery({
    queryKey: ['plans', 'agenda'],
    queryFn: () => api.plans('?limit=200'),
    enabled: kind === 'plan',
  });
  switch (kind) {
    case 'bottleneck':
      return {
        options: (bottlenecks.data?.items ?? [])
          .filter((b) => b.status !== 'resolved')
          .map((b) => [b.id, b.title] as const),
        loading: bottlenecks.isPending,
      };
    case 'proposal':
      return {
        options: (proposals.data?.items ?? [])
          .filter((p) => p.currentStepIndex !== null)
          .map((p) => [p.id, `${p.reference}: ${p.title}`] as const),
        loading: proposals.isPending,
      };
    case 'review':
      return {
        options: (reviews.data?.items ?? []).map(
          (r) => [r.planId, `${r.planName} (${r.statusLabel})`] as const,
        ),
        loading: reviews.isPending,
      };
    case 'plan':
      return {
        options: (plans.data?.items ?? []).map((p) => [p.id, p.name] as const),
        loading: plans.isPending,
      };
    default:
      return { options: [], loading: false };
  }
}

function AddAgendaItem({ meeting }: { meeting: Meeting }) {
  const client = useQueryClient();
  const [kind, setKind] = useState<SubjectKind>('bottleneck');
  const [subjectId, setSubjectId] = useState('');
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const { options, loading } = useSubjectOptions(kind);
  const add = useMutation({
    mutationFn: () =>
      meetingsApi.addAgendaItem(meeting.id, {
        subjectKind: kind,
        subjectId: kind === 'free' ? null : subjectId || null,
        title: title.trim(),
        description,
      }),
    onSuccess: async () => {
      setSubjectId('');
      setTitle('');
      setDescription('');
      await client.invalidateQueries({ queryKey: ['meetings'] });
    },
  });
  const errors = fieldErrors(add.error);
  const kinds = meeting.tableId
    ? (['bottleneck', 'proposal', 'review', 'plan', 'free'] as const)
    : (['bottleneck', 'review', 'plan', 'free'] as const);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate();
  };
  return (
    <form className="wr-meetings-form" onSubmit={submit} noValidate aria-labelledby="agendapunt-kop">
      <h3 className="utrecht-heading-3" id="agendapunt-kop">
        Agendapunt toevoegen
      </h3>
      <SelectField
        id="agendapunt-soort"
        label="Waar gaat het over?"
        value={kind}
        onChange={(value) => {
          setKind(value as SubjectKind);
          setSubjectId('');
        }}
        options={kinds.map((k) => [k, SUBJECT_LABELS[k]] as const)}
        error={errors.subjectKind}
      />
      {kind !== 'free' && (
        <SelectField
          id="agendapunt-onderwerp"
          label={SUBJECT_LABELS[kind]}
          value={subjectId}
          onChange={setSubjectId}
          placeholder={loading ? 'Laden…' : options.length ? 'Kies…' : 'Er is niets om te kiezen'}
          options={options}
          error={errors.subjectId}
          help={
            kind === 'proposal' ? 'Het voorstel komt op de stap van zijn route bij deze tafel.' : undefined
          }
        />
      )}
      <TextField
        id="agendapunt-titel"
        label={kind === 'free' ? 'Titel' : 'Titel (leeg laten: de titel van het onderwerp)'}
        value={title}
        onChange={setTitle}
        error={errors.title}
      />
      <Field id="agendapunt-toelichting" label="Toelichting (niet verplicht)" error={errors.description}>
        {(props) => (
          <textarea
            {...props}
            className="utrecht-textarea utrecht-textarea--html-textarea"
            rows={2}
            value={description}
            onChange={(event) => setDescription(event.target.value)}
          />
        )}
      </Field>
      <div className="wr-actions">
        <button
          type="submit"
          className="utrecht-button utrecht-button--primary-action"
          disabled={add.isPending}
        >
          Op de agenda zetten
        </button>
      </div>
      <FormMessage error={add.error} />
    </form>
  );
}

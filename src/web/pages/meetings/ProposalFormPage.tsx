import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { PURPOSE_LABELS, PURPOSES, type Purpose } from '../../../core/meetings/route';
import { fieldErrors } from '../../api';
import { Field, SelectField, TextField } from '../../components/Field';
import { Loading } from '../../components/Status';
import { usePageTitle } from '../../components/usePageTitle';
import { Breadcrumb, FormMessage } from './common';
import { meetingsApi, type ProposalInput } from './meetings-api';

const EMPTY: ProposalInput = {
  reference: '',
  title: '',
  contactRole: '',
  contactUnit: '',
  date: new Date().toISOString().slice(0, 10),
  distribute: true,
  points: [''],
  explanation: '',
  attachments: [],
  routeSteps: [{ tableId: '', date: null, purpose: 'decide' }],
};

/** /overleg/voorstellen/nieuw and …/{id}/wijzigen: the cover sheet and its decision route. */
export function ProposalFormPage() {
  const { id } = useParams();
  usePageTitle(id ? 'Voorstel wijzigen' : 'Nieuw voorstel');
  const navigate = useNavigate();
  const client = useQueryClient();
  const existing = useQuery({
    queryKey: ['meetings', 'proposal', id],
    queryFn: () => meetingsApi.proposal(id ?? ''),
    enabled: Boolean(id),
  });
  const tables = useQuery({ queryKey: ['meetings', 'tables'], queryFn: meetingsApi.tables });
  const [form, setForm] = useState<ProposalInput>(EMPTY);
  const [loaded, setLoaded] = useState(!id);
  useEffect(() => {
    if (!existing.data || loaded) return;
    const p = existing.data;
    setForm({
      ...p,
      routeSteps: p.routeSteps.map((s) => ({
        id: s.id,
        tableId: s.tableId,
        date: s.date,
        purpose: s.purpose,
      })),
    });
    setLoaded(true);
  }, [existing.data, loaded]);
  const save = useMutation({
    mutationFn: () => {
      const body = { ...form, points: form.points.map((p) => p.trim()) };
      return id && existing.data
        ? meetingsApi.updateProposal(id, { ...body, version: existing.data.version })
        : meetingsApi.createProposal(body);
    },
    onSuccess: async (saved) => {
      await client.invalidateQueries({ queryKey: ['meetings'] });
      navigate(`/overleg/voorstellen/${saved.id}`);
    },
  });
  if (!loaded) return <Loading label="Voorstel laden…" />;
  const errors = fieldErrors(save.error);
  const set = (patch: Partial<ProposalInput>) => setForm((f) => ({ ...f, ...patch }));
  const concluded = (stepId?: string) =>
    Boolean(stepId && existing.data?.routeSteps.find((s) => s.id === stepId)?.outcome);
  const tableOptions = (tables.data?.items ?? []).map((t) => [t.id, t.name] as const);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  return (
    <>
      <Breadcrumb />
      <h1 className="utrecht-heading-1">{id ? 'Voorstel wijzigen' : 'Nieuw voorstel'}</h1>
      <form className="wr-meetings-form wr-meetings-form--wide" onSubmit={submit} noValidate>
        <h2 className="utrecht-heading-2">Algemeen</h2>
        <TextField
          id="voorstel-onderwerp"
          label="Onderwerp"
          value={form.title}
          onChange={(title) => set({ title })}
          error={errors.title}
        />
        <TextField
          id="voorstel-kenmerk"
          label="Kenmerk"
          help="Bijvoorbeeld DOC-24008845."
          value={form.reference}
          onChange={(reference) => set({ reference })}
          error={errors.reference}
        />
        <TextField
          id="voorstel-contact"
          label="Contactpersoon (rol)"
          help="Een functie, geen naam: bijvoorbeeld beleidsadviseur Wonen."
          value={form.contactRole}
          onChange={(contactRole) => set({ contactRole })}
          error={errors.contactRole}
        />
        <TextField
          id="voorstel-eenheid"
          label="Eenheid (niet verplicht)"
          value={form.contactUnit}
          onChange={(contactUnit) => set({ contactUnit })}
          error={errors.contactUnit}
        />
        <TextField
          id="voorstel-datum"
          type="date"
          label="Datum"
          value={form.date}
          onChange={(date) => set({ date })}
          error={errors.date}
        />
        <label className="wr-meetings-check">
          <input
            type="checkbox"
            checked={form.distribute}
            onChange={(e) => set({ distribute: e.target.checked })}
          />{' '}
          Verspreiden
        </label>

        <h2 className="utrecht-heading-2">Voorstelpunten</h2>
        {errors.points && <p className="utrecht-form-field-error-message">{errors.points}</p>}
        {form.points.map((point, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: points are numbered by position
          <div key={index} className="wr-meetings-row">
            <Field
              id={`voorstel-punt-${index}`}
              label={`Voorstel ${index + 1}`}
              error={errors[`points.${index}`]}
            >
              {(props) => (
                <textarea
                  {...props}
                  className="utrecht-textarea utrecht-textarea--html-textarea"
                  rows={2}
                  value={point}
                  onChange={(e) =>
                    set({ points: form.points.map((p, i) => (i === index ? e.target.value : p)) })
                  }
                />
              )}
            </Field>
            {form.points.length > 1 && (
              <button
                type="button"
                className="utrecht-button utrecht-button--subtle"
                onClick={() => set({ points: form.points.filter((_, i) => i !== index) })}
              >
                Weghalen<span className="wr-visually-hidden"> voorstel {index + 1}</span>
              </button>
            )}
          </div>
        ))}
        <button
          type="button"
          className="utrecht-button utrecht-button--secondary-action"
          onClick={() => set({ points: [...form.points, ''] })}
        >
          Voorstelpunt toevoegen
        </button>

        <h2 className="utrecht-heading-2">Behandeling</h2>
        <p className="wr-small wr-muted">
          De laatste behandeling is altijd vaststellen. Een afgeronde behandeling ligt vast.
        </p>
        {errors.routeSteps && <p className="utrecht-form-field-error-message">{errors.routeSteps}</p>}
        {form.routeSteps.map((step, index) => {
          const fixed = concluded(step.id);
          const update = (patch: Partial<typeof step>) =>
            set({ routeSteps: form.routeSteps.map((s, i) => (i === index ? { ...s, ...patch } : s)) });
          return (
            <fieldset
              key={step.id ?? `nieuw-${index}`}
              className="utrecht-form-fieldset wr-meetings-step"
              disabled={fixed}
            >
              <legend className="utrecht-form-fieldset__legend">
                Stap {index + 1}
                {fixed ? ' (afgerond)' : ''}
              </legend>
              <SelectField
                id={`stap-${index}-tafel`}
                label="Overleg"
                value={step.tableId}
                onChange={(tableId) => update({ tableId })}
                placeholder="Kies een overlegtafel"
                options={tableOptions}
                error={errors[`routeSteps.${index}.tableId`]}
              />
              <TextField
                id={`stap-${index}-datum`}
                type="date"
                label="Datum (niet verplicht)"
                value={step.date ?? ''}
                onChange={(date) => update({ date: date || null })}
                error={errors[`routeSteps.${index}.date`]}
              />
              <SelectField
                id={`stap-${index}-doel`}
                label="Doel"
                value={step.purpose}
                onChange={(purpose) => update({ purpose: purpose as Purpose })}
                options={PURPOSES.map((p) => [p, PURPOSE_LABELS[p]] as const)}
                error={errors[`routeSteps.${index}.purpose`]}
              />
              {!fixed && form.routeSteps.length > 1 && (
                <button
                  type="button"
                  className="utrecht-button utrecht-button--subtle"
                  onClick={() => set({ routeSteps: form.routeSteps.filter((_, i) => i !== index) })}
                >
                  Stap {index + 1} weghalen
                </button>
              )}
            </fieldset>
          );
        })}
        <button
          type="button"
          className="utrecht-button utrecht-button--secondary-action"
          onClick={() =>
            set({
              routeSteps: [
                ...form.routeSteps.slice(0, -1),
                { tableId: '', date: null, purpose: 'advise' },
                ...form.routeSteps.slice(-1),
              ],
            })
          }
        >
          Stap toevoegen vóór de vaststelling
        </button>

        <h2 className="utrecht-heading-2">Toelichting en bijlagen</h2>
        <Field id="voorstel-toelichting" label="Toelichting" error={errors.explanation}>
          {(props) => (
            <textarea
              {...props}
              className="utrecht-textarea utrecht-textarea--html-textarea"
              rows={6}
              value={form.explanation}
              onChange={(e) => set({ explanation: e.target.value })}
            />
          )}
        </Field>
        {form.attachments.map((a, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: attachments are numbered by position
          <div key={index} className="wr-meetings-row">
            <TextField
              id={`bijlage-${index}-titel`}
              label={`Bijlage ${index + 1}: titel`}
              value={a.title}
              onChange={(title) =>
                set({ attachments: form.attachments.map((x, i) => (i === index ? { ...x, title } : x)) })
              }
              error={errors[`attachments.${index}.title`]}
            />
            <TextField
              id={`bijlage-${index}-link`}
              label="Link (niet verplicht)"
              value={a.url ?? ''}
              onChange={(url) =>
                set({
                  attachments: form.attachments.map((x, i) => (i === index ? { ...x, url: url || null } : x)),
                })
              }
              error={errors[`attachments.${index}.url`]}
            />
            <button
              type="button"
              className="utrecht-button utrecht-button--subtle"
              onClick={() => set({ attachments: form.attachments.filter((_, i) => i !== index) })}
            >
              Weghalen<span className="wr-visually-hidden"> bijlage {index + 1}</span>
            </button>
          </div>
        ))}
        <button
          type="button"
          className="utrecht-button utrecht-button--secondary-action"
          onClick={() => set({ attachments: [...form.attachments, { title: '', url: null }] })}
        >
          Bijlage toevoegen
        </button>
        <div className="wr-actions">
          <button
            type="submit"
            className="utrecht-button utrecht-button--primary-action"
            disabled={save.isPending}
          >
            Voorstel opslaan
          </button>
        </div>
        <FormMessage error={save.error} />
      </form>
    </>
  );
}

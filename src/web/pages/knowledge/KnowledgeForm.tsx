import './knowledge.css';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import {
  KNOWLEDGE_KIND_LABELS,
  KNOWLEDGE_KINDS,
  STEERING_DISTANCE_LABELS,
  STEERING_DISTANCES,
  STEERING_HARDNESS_LABELS,
  STEERING_HARDNESSES,
  type TKnowledgeItemInputRaw,
  TOOLBOX_GOAL_LABELS,
  TOOLBOX_GOALS,
  type ToolboxGoal,
  ZKnowledgeItemInput,
} from '../../../core/knowledge';
import { ApiError, fieldErrors } from '../../api';
import { ErrorSummary, Field, SelectField, TextField } from '../../components/Field';
import { Loading, QueryError } from '../../components/Status';
import { usePageTitle } from '../../components/usePageTitle';
import { type KnowledgeItem, knowledgeApi } from './knowledge-api';

type Draft = {
  kind: string;
  title: string;
  summary: string;
  body: string;
  steeringDistance: string;
  steeringHardness: string;
  goals: ToolboxGoal[];
  source: string;
  sourceUrl: string;
};

const EMPTY: Draft = {
  kind: 'practiceExample',
  title: '',
  summary: '',
  body: '',
  steeringDistance: '',
  steeringHardness: '',
  goals: [],
  source: '',
  sourceUrl: '',
};

const ID: Record<string, string> = {
  kind: 'kennis-soort',
  title: 'kennis-titel',
  summary: 'kennis-samenvatting',
  body: 'kennis-tekst',
  steeringDistance: 'kennis-afstand',
  steeringHardness: 'kennis-hardheid',
  goals: 'kennis-doel-add',
  source: 'kennis-bron',
  sourceUrl: 'kennis-bron-url',
};

const toDraft = (item: KnowledgeItem): Draft => ({
  ...item,
  steeringDistance: item.steeringDistance ?? '',
  steeringHardness: item.steeringHardness ?? '',
  sourceUrl: item.sourceUrl ?? '',
});

const toInput = (draft: Draft): TKnowledgeItemInputRaw =>
  ({
    ...draft,
    steeringDistance: draft.steeringDistance || null,
    steeringHardness: draft.steeringHardness || null,
  }) as TKnowledgeItemInputRaw;

/** /kennis/nieuw and /kennis/{id}/bewerken. */
export function KnowledgeFormPage() {
  const { id } = useParams();
  const existing = useQuery({
    queryKey: ['knowledge', id],
    queryFn: () => knowledgeApi.get(id ?? ''),
    enabled: !!id,
  });
  usePageTitle(id ? 'Kennisitem bewerken' : 'Kennisitem toevoegen');
  if (id && existing.isPending) return <Loading label="Kennisitem laden…" />;
  if (id && existing.isError) return <QueryError error={existing.error} />;
  return <KnowledgeForm key={id ?? 'nieuw'} item={existing.data} />;
}

/**
 * The editor's form: checked in the browser with the same zod schema as the server, errors next to each field
 * and summarised at the top; on a 409 what was typed stays in the form.
 */
function KnowledgeForm({ item }: { item?: KnowledgeItem }) {
  const navigate = useNavigate();
  const client = useQueryClient();
  const [draft, setDraft] = useState<Draft>(item ? toDraft(item) : EMPTY);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const set =
    <K extends keyof Draft>(key: K) =>
    (value: Draft[K]) =>
      setDraft((d) => ({ ...d, [key]: value }));
  const isInstrument = draft.kind === 'instrument';

  const submit = async () => {
    setFailure(null);
    const parsed = ZKnowledgeItemInput.safeParse(toInput(draft));
    if (!parsed.success) {
      const found: Record<string, string> = {};
      for (const issue of parsed.error.issues) found[String(issue.path[0])] ??= issue.message;
      return setErrors(found);
    }
    setErrors({});
    setSaving(true);
    try {
      const saved = item
        ? await knowledgeApi.update(item.id, { ...parsed.data, version: item.version })
        : await knowledgeApi.create(parsed.data);
      await client.invalidateQueries({ queryKey: ['knowledge'] });
      navigate(`/kennis/${saved.id}`);
    } catch (error) {
      if (error instanceof ApiError && error.errors.length) {
        setErrors(fieldErrors(error, (path) => path.split('.')[0] ?? path));
      } else setFailure(error instanceof Error ? error.message : String(error));
    } finally {
      setSaving(false);
    }
  };

  const summary = Object.entries(errors).map(([path, message]) => ({ id: ID[path] ?? path, message }));
  const textarea = (key: 'summary' | 'body', rows: number) => (props: Record<string, unknown>) => (
    <textarea
      {...props}
      className="utrecht-textarea utrecht-textarea--html-textarea"
      rows={rows}
      value={draft[key]}
      onChange={(event) => set(key)(event.target.value)}
    />
  );
  return (
    <>
      <p className="wr-breadcrumb">
        <Link to={item ? `/kennis/${item.id}` : '/kennis'}>{item ? item.title : 'Kennis'}</Link>
      </p>
      <h1 className="utrecht-heading-1">{item ? 'Kennisitem bewerken' : 'Kennisitem toevoegen'}</h1>
      <p className="wr-lead">
        Schrijf in je eigen woorden en noem altijd de bron, met de link als die openbaar is.
      </p>
      {failure && (
        <div className="utrecht-alert utrecht-alert--error" role="alert">
          <p className="utrecht-paragraph">{failure}</p>
        </div>
      )}
      <form
        className="wr-form wr-knowledge-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <ErrorSummary title="Het kennisitem is nog niet bewaard. Controleer:" errors={summary} />
        <SelectField
          id={ID.kind as string}
          label="Soort"
          value={draft.kind}
          onChange={set('kind')}
          options={KNOWLEDGE_KINDS.map((k) => [k, KNOWLEDGE_KIND_LABELS[k]] as const)}
          error={errors.kind}
        />
        <TextField
          id={ID.title as string}
          label="Titel"
          value={draft.title}
          onChange={set('title')}
          error={errors.title}
        />
        <Field
          id={ID.summary as string}
          label="Samenvatting"
          help="Eén of twee zinnen: wat is het en wat levert het op?"
          error={errors.summary}
        >
          {textarea('summary', 2)}
        </Field>
        <Field
          id={ID.body as string}
          label="Tekst"
          help="Hoe werkt het, wat zijn de voorwaarden, wat leerden anderen? Een lege regel begint een nieuwe alinea."
          error={errors.body}
        >
          {textarea('body', 8)}
        </Field>
        <SelectField
          id={ID.steeringDistance as string}
          label={`Instrumentenwaaier: afstand${isInstrument ? '' : ' (optioneel)'}`}
          help="Sturen op afstand: visies, plannen, juridische kaders. Vanuit nabijheid: samen met partijen."
          value={draft.steeringDistance}
          onChange={set('steeringDistance')}
          options={STEERING_DISTANCES.map((k) => [k, STEERING_DISTANCE_LABELS[k]] as const)}
          placeholder="Niet van toepassing"
          error={errors.steeringDistance}
        />
        <SelectField
          id={ID.steeringHardness as string}
          label={`Instrumentenwaaier: hard of zacht${isInstrument ? '' : ' (optioneel)'}`}
          help="Hard: juridisch en financieel. Zacht: communicatief en relationeel."
          value={draft.steeringHardness}
          onChange={set('steeringHardness')}
          options={STEERING_HARDNESSES.map((k) => [k, STEERING_HARDNESS_LABELS[k]] as const)}
          placeholder="Niet van toepassing"
          error={errors.steeringHardness}
        />
        <fieldset
          className="wr-knowledge-goals"
          aria-describedby={errors.goals ? 'kennis-doelen-fout' : undefined}
        >
          <legend className="utrecht-form-label">Doelen (RIGO-instrumentenkoffer, optioneel)</legend>
          {errors.goals && (
            <p className="utrecht-form-field-error-message" id="kennis-doelen-fout">
              {errors.goals}
            </p>
          )}
          {TOOLBOX_GOALS.map((goal) => (
            <label key={goal} className="wr-check" htmlFor={`kennis-doel-${goal}`}>
              <input
                id={`kennis-doel-${goal}`}
                type="checkbox"
                checked={draft.goals.includes(goal)}
                onChange={(event) =>
                  set('goals')(
                    event.target.checked ? [...draft.goals, goal] : draft.goals.filter((g) => g !== goal),
                  )
                }
              />
              {TOOLBOX_GOAL_LABELS[goal]}
            </label>
          ))}
        </fieldset>
        <TextField
          id={ID.source as string}
          label="Bron"
          help="Welke memo, sessie of publicatie, met datum."
          value={draft.source}
          onChange={set('source')}
          error={errors.source}
        />
        <TextField
          id={ID.sourceUrl as string}
          label={`Link${draft.kind === 'publication' ? '' : ' (optioneel)'}`}
          help="Het openbare webadres van de bron, beginnend met https://."
          value={draft.sourceUrl}
          onChange={set('sourceUrl')}
          error={errors.sourceUrl}
        />
        <div className="wr-actions">
          <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={saving}>
            {saving ? 'Bewaren…' : 'Bewaren'}
          </button>
          <Link
            className="utrecht-button-link utrecht-button-link--subtle"
            to={item ? `/kennis/${item.id}` : '/kennis'}
          >
            Annuleren
          </Link>
        </div>
      </form>
    </>
  );
}

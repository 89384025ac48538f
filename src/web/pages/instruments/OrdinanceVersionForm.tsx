import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { SEGMENT_LABELS } from '../../../core/programme';
import { ApiError, fieldErrors } from '../../api';
import { Field, TextField } from '../../components/Field';
import { QueryError } from '../../components/Status';
import { formatDate } from '../../format';
import { instrumentsApi, type MunicipalityInstruments, type OrdinanceRule } from './instruments-api';

type RuleField = 'minUsableAreaM2' | 'maxMonthlyRentEur' | 'maxPriceEur';
const FIELDS: { segment: OrdinanceRule['segment']; field: RuleField; label: string }[] = [
  { segment: 'socialRent', field: 'minUsableAreaM2', label: 'Sociale huur: minimaal m² GBO' },
  { segment: 'midRent', field: 'maxMonthlyRentEur', label: 'Middenhuur: huur tot (€ per maand)' },
  { segment: 'midRent', field: 'minUsableAreaM2', label: 'Middenhuur: minimaal m² GBO' },
  { segment: 'affordableBuy', field: 'maxPriceEur', label: 'Betaalbare koop: prijs tot (€)' },
  { segment: 'affordableBuy', field: 'minUsableAreaM2', label: 'Betaalbare koop: minimaal m² GBO' },
];
const SEGMENTS = ['socialRent', 'midRent', 'affordableBuy'] as const;

/**
 * For the municipality itself: a new version of its ordinance, in force from a date. The old version stays and
 * keeps applying until that date; a confirmation comes first, because a version is never edited afterwards.
 */
export function OrdinanceVersionForm({ municipality }: { municipality: MunicipalityInstruments }) {
  const current = municipality.ordinance;
  const queryClient = useQueryClient();
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(
      FIELDS.map((f) => {
        const rule = current?.rules.find((r) => r.segment === f.segment);
        const value = rule?.[f.field];
        return [`${f.segment}.${f.field}`, value == null ? '' : String(value)];
      }),
    ),
  );
  const [effectiveFrom, setEffectiveFrom] = useState('');
  const [title, setTitle] = useState('');
  const [source, setSource] = useState('');
  const [clause, setClause] = useState(current?.hardshipClause ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [confirming, setConfirming] = useState(false);
  const save = useMutation({
    mutationFn: (body: Parameters<typeof instrumentsApi.addOrdinance>[1]) =>
      instrumentsApi.addOrdinance(municipality.code, body),
    onSuccess: () => {
      setConfirming(false);
      void queryClient.invalidateQueries({ queryKey: ['instruments'] });
    },
    onError: (error) => {
      setConfirming(false);
      if (error instanceof ApiError) setErrors(fieldErrors(error));
    },
  });
  const idOf = (key: string) => `verordening-${municipality.code}-${key.replace(/\W+/g, '-')}`;

  const build = () => {
    const found: Record<string, string> = {};
    if (!/^\d{4}-\d{2}-\d{2}$/.test(effectiveFrom))
      found.effectiveFrom = 'Kies de datum waarop de versie ingaat.';
    if (title.trim().length < 3) found.title = 'Geef de verordening een titel.';
    if (source.trim().length < 3) found.source = 'Noem de bron (besluit, datum).';
    if (clause.trim().length < 3) found.hardshipClause = 'Beschrijf de hardheidsclausule.';
    const rules: OrdinanceRule[] = SEGMENTS.map((segment) => ({
      segment,
      maxMonthlyRentEur: null,
      maxPriceEur: null,
      minUsableAreaM2: null,
    }));
    for (const f of FIELDS) {
      const key = `${f.segment}.${f.field}`;
      const text = (values[key] ?? '').trim().replace(/\./g, '').replace(',', '.');
      if (text === '') continue;
      const n = Number(text);
      if (!Number.isFinite(n) || n <= 0) found[key] = 'Vul een positief getal in, of laat leeg (geen eis).';
      else {
        const rule = rules.find((r) => r.segment === f.segment);
        if (rule) rule[f.field] = n;
      }
    }
    setErrors(found);
    return Object.keys(found).length === 0
      ? { effectiveFrom, title: title.trim(), source: source.trim(), hardshipClause: clause.trim(), rules }
      : null;
  };

  return (
    <form
      className="wr-inline-form wr-ordinance-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (build()) setConfirming(true);
      }}
    >
      <TextField
        id={idOf('effectiveFrom')}
        label="In werking vanaf"
        type="date"
        value={effectiveFrom}
        onChange={setEffectiveFrom}
        error={errors.effectiveFrom}
      />
      <TextField id={idOf('title')} label="Titel" value={title} onChange={setTitle} error={errors.title} />
      {FIELDS.map((f) => {
        const key = `${f.segment}.${f.field}`;
        return (
          <Field key={key} id={idOf(key)} label={f.label} error={errors[key]}>
            {(props) => (
              <input
                {...props}
                className="utrecht-textbox utrecht-textbox--html-input"
                inputMode="decimal"
                value={values[key] ?? ''}
                onChange={(event) => setValues({ ...values, [key]: event.target.value })}
              />
            )}
          </Field>
        );
      })}
      <Field id={idOf('clause')} label="Hardheidsclausule" error={errors.hardshipClause}>
        {(props) => (
          <textarea
            {...props}
            className="utrecht-textarea utrecht-textarea--html-textarea"
            rows={2}
            value={clause}
            onChange={(event) => setClause(event.target.value)}
          />
        )}
      </Field>
      <TextField
        id={idOf('source')}
        label="Bron (besluit en datum)"
        value={source}
        onChange={setSource}
        error={errors.source}
      />
      {confirming ? (
        <div className="wr-confirm wr-actions">
          <span>
            Nieuwe versie vastleggen, in werking vanaf {formatDate(effectiveFrom)}? Een versie kan daarna niet
            meer worden gewijzigd; de huidige blijft gelden tot die datum.
          </span>
          <button
            type="button"
            className="utrecht-button utrecht-button--primary-action"
            disabled={save.isPending}
            onClick={() => {
              const body = build();
              if (body) save.mutate(body);
            }}
          >
            {save.isPending ? 'Vastleggen…' : 'Ja, vastleggen'}
          </button>
          <button
            type="button"
            className="utrecht-button utrecht-button--subtle"
            onClick={() => setConfirming(false)}
          >
            Annuleren
          </button>
        </div>
      ) : (
        <div className="wr-actions">
          <button type="submit" className="utrecht-button utrecht-button--secondary-action">
            Nieuwe versie vastleggen
          </button>
        </div>
      )}
      {save.isSuccess && (
        <p className="wr-small" role="status">
          De nieuwe versie is vastgelegd.
        </p>
      )}
      {save.isError && !(save.error instanceof ApiError && save.error.errors.length) && (
        <QueryError error={save.error} />
      )}
      <p className="wr-small wr-muted" style={{ gridColumn: '1 / -1' }}>
        Leeg laten betekent: geen eis voor dat segment. Segmenten:{' '}
        {SEGMENTS.map((s) => SEGMENT_LABELS[s]).join(', ')}.
      </p>
    </form>
  );
}

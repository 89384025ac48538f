import type { ForecastFormState } from './forecast-form-state';

/** What the tables need to edit; absent when the reader may only look. */
export interface FormApi {
  state: ForecastFormState;
  errorAt: (path: string) => string | undefined;
  isChanged: (key: string) => boolean;
  setValue: (path: string, value: string) => void;
  setMotivation: (key: string, value: string) => void;
}

/** `rules.planning.soft.goAhead` → `fp-rules-planning-soft-goAhead`: the id the error summary links to. */
export function fieldId(path: string): string {
  return `fp-${path.replaceAll('.', '-')}`;
}

/** A small input in a table cell with a visually hidden label and its error under it. */
export function InputCell({
  form,
  path,
  label,
  suffix,
  readOnlyText,
}: {
  form?: FormApi;
  path: string;
  label: string;
  suffix?: string;
  readOnlyText: string;
}) {
  if (!form) return <>{`${readOnlyText}${suffix ?? ''}`}</>;
  const id = fieldId(path);
  const error = form.errorAt(path);
  return (
    <div className={`fp-cell${error ? ' utrecht-form-field--invalid' : ''}`}>
      <label className="wr-visually-hidden" htmlFor={id}>
        {label}
      </label>
      <span className="fp-input">
        <input
          id={id}
          className="utrecht-textbox utrecht-textbox--html-input fp-number"
          inputMode="decimal"
          value={form.state.values[path] ?? ''}
          onChange={(event) => form.setValue(path, event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-fout` : undefined}
        />
        {suffix && <span aria-hidden="true">{suffix}</span>}
      </span>
      {error && (
        <p className="utrecht-form-field-error-message fp-error" id={`${id}-fout`}>
          {error}
        </p>
      )}
    </div>
  );
}

/** Where a value comes from, as stored: a source (code and text) and/or why it is an assumption. */
export function ProvenanceText({
  provenance,
}: {
  provenance: { source?: { code: string; text: string }; assumption?: string };
}) {
  return (
    <>
      {provenance.source && (
        <span className="fp-provenance">
          Bron <strong>{provenance.source.code}</strong>: {provenance.source.text}
        </span>
      )}
      {provenance.source && provenance.assumption && ' '}
      {provenance.assumption && (
        <span className="fp-provenance">
          {provenance.source ? 'Toelichting' : 'Aanname'}: {provenance.assumption}
        </span>
      )}
    </>
  );
}

/**
 * The source or assumption of a value; once the admin changes the value, the old one is shown as what it was
 * and a motivation is asked for: it becomes the value's assumption ("Aangepast door de regio: …").
 */
export function ProvenanceCell({
  form,
  itemKey,
  context,
  provenance,
}: {
  form?: FormApi;
  itemKey: string;
  context: string;
  provenance: { source?: { code: string; text: string }; assumption?: string };
}) {
  if (!form?.isChanged(itemKey)) return <ProvenanceText provenance={provenance} />;
  const path = `${itemKey}.motivation`;
  const id = fieldId(path);
  const error = form.errorAt(path);
  return (
    <div className={`fp-motivation${error ? ' utrecht-form-field--invalid' : ''}`}>
      <label className="utrecht-form-label fp-motivation__label" htmlFor={id}>
        Toelichting bij de wijziging<span className="wr-visually-hidden">, {context}</span>
      </label>
      {error && (
        <p className="utrecht-form-field-error-message fp-error" id={`${id}-fout`}>
          {error}
        </p>
      )}
      <textarea
        id={id}
        className="utrecht-textarea"
        rows={2}
        value={form.state.motivations[itemKey] ?? ''}
        onChange={(event) => form.setMotivation(itemKey, event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={[error ? `${id}-fout` : '', `${id}-was`].filter(Boolean).join(' ')}
      />
      <p className="wr-small wr-muted fp-was" id={`${id}-was`}>
        Was: <ProvenanceText provenance={provenance} />
      </p>
    </div>
  );
}

import type { ReactNode } from 'react';

/**
 * A form field as ux.md wants it: label above, help text under it, the error next to the field.
 * `children` gets the ids to wire up aria-describedby and aria-invalid.
 */
export function Field({
  id,
  label,
  help,
  error,
  children,
}: {
  id: string;
  label: ReactNode;
  help?: ReactNode;
  error?: string;
  children: (props: { id: string; 'aria-describedby'?: string; 'aria-invalid'?: boolean }) => ReactNode;
}) {
  const helpId = help ? `${id}-hulp` : undefined;
  const errorId = error ? `${id}-fout` : undefined;
  const describedBy = [errorId, helpId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`utrecht-form-field wr-field${error ? ' utrecht-form-field--invalid' : ''}`}>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>
          {label}
        </label>
      </div>
      {error && (
        <p className="utrecht-form-field-error-message wr-field__error" id={errorId}>
          {error}
        </p>
      )}
      <div className="utrecht-form-field__input">
        {children({ id, 'aria-describedby': describedBy, 'aria-invalid': error ? true : undefined })}
      </div>
      {help && (
        <p className="utrecht-form-field-description wr-field__help" id={helpId}>
          {help}
        </p>
      )}
    </div>
  );
}

/** Summary of all errors at the top of a form, each linking to its field. */
export function ErrorSummary({
  title,
  errors,
}: {
  title: string;
  errors: { id: string; message: string }[];
}) {
  if (errors.length === 0) return null;
  return (
    <div className="utrecht-alert utrecht-alert--error wr-error-summary" role="alert" tabIndex={-1}>
      <h2 className="utrecht-heading-3">{title}</h2>
      <ul className="utrecht-unordered-list">
        {errors.map((error) => (
          <li key={`${error.id}:${error.message}`} className="utrecht-unordered-list__item">
            <a className="utrecht-link" href={`#${error.id}`}>
              {error.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

type FieldProps = { id: string; label: ReactNode; help?: ReactNode; error?: string };

/** A one-line text field (also date and decimal inputs) inside a Field. */
export function TextField({
  value,
  onChange,
  type = 'text',
  inputMode,
  className = '',
  ...field
}: FieldProps & {
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'date' | 'email' | 'password';
  inputMode?: 'numeric' | 'decimal';
  className?: string;
}) {
  return (
    <Field {...field}>
      {(props) => (
        <input
          {...props}
          type={type}
          inputMode={inputMode}
          className={`utrecht-textbox utrecht-textbox--html-input ${className}`.trim()}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  );
}

/** A select inside a Field; `placeholder` adds an empty first option. */
export function SelectField({
  value,
  onChange,
  options,
  placeholder,
  ...field
}: FieldProps & {
  value: string;
  onChange: (value: string) => void;
  options: readonly (readonly [string, string])[];
  placeholder?: string;
}) {
  return (
    <Field {...field}>
      {(props) => (
        <select
          {...props}
          className="utrecht-select utrecht-select--html-select"
          value={value}
          onChange={(event) => onChange(event.target.value)}
        >
          {placeholder !== undefined && <option value="">{placeholder}</option>}
          {options.map(([key, text]) => (
            <option key={key} value={key}>
              {text}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

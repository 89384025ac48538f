import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useMemo, useRef, useState } from 'react';
import type { ForecastParameters } from '../../../core/monitor/forecast-parameters';
import { ApiError, api } from '../../api';
import { ErrorSummary } from '../../components/Field';
import { type FormApi, fieldId } from './cells';
import {
  type FormError,
  formFromParameters,
  isChanged,
  listItems,
  toParameters,
} from './forecast-form-state';
import { describePath } from './labels';
import { ResetDefaults } from './ResetDefaults';
import { dedupe, locateIssue, validateForm } from './validate-form';

type Saved = { parameters: ForecastParameters; custom: boolean };

/** The region admin's form: the tables with inputs, then save, reset to the defaults and what happened. */
export function ForecastSettingsForm({
  slug,
  data,
  children,
}: {
  slug: string;
  data: Saved;
  children: (form: FormApi) => ReactNode;
}) {
  const queryClient = useQueryClient();
  const original = data.parameters;
  const [state, setState] = useState(() => formFromParameters(original));
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<FormError[]>([]);
  const [done, setDone] = useState<{ message: string; undo?: ForecastParameters } | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const statusRef = useRef<HTMLDivElement>(null);

  const clientErrors = useMemo(() => validateForm(state, original), [state, original]);
  const errors = submitted && clientErrors.length ? clientErrors : serverErrors;
  const changedKeys = listItems().filter((item) => isChanged(state, original, item));

  function accept(saved: Saved, message: string, undo?: ForecastParameters) {
    queryClient.setQueryData(['forecast-parameters', slug], saved);
    // The monitor's forecast and anything else that used the old parameters.
    queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== 'forecast-parameters' });
    setState(formFromParameters(saved.parameters));
    setSubmitted(false);
    setServerErrors([]);
    setDone({ message, undo });
    requestAnimationFrame(() => statusRef.current?.focus());
  }

  function reject(error: Error) {
    setServerErrors(
      error instanceof ApiError && error.errors.length
        ? dedupe(error.errors.map((e) => ({ path: locateIssue(e.path), message: e.message })))
        : [
            {
              path: '',
              message:
                error instanceof ApiError ? error.message : 'Opslaan lukt nu niet. Probeer het opnieuw.',
            },
          ],
    );
    requestAnimationFrame(() => summaryRef.current?.focus());
  }

  const save = useMutation({
    mutationFn: (parameters: ForecastParameters) => api.putForecastParameters(slug, parameters),
    onSuccess: (saved) =>
      accept(saved, 'Opgeslagen. De prognose rekent nu met de eigen waarden van de regio.'),
    onError: reject,
  });
  const reset = useMutation({
    mutationFn: () => api.resetForecastParameters(slug),
    onSuccess: (saved) => accept(saved, 'De standaardwaarden zijn hersteld.', original),
    onError: reject,
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    setServerErrors([]);
    setDone(null);
    if (clientErrors.length) {
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    save.mutate(toParameters(state, original) as ForecastParameters);
  }

  const form: FormApi = {
    state,
    errorAt: (path) =>
      errors.find((e) => e.path === path)?.message ??
      (path.endsWith('.sum') ? clientErrors.find((e) => e.path === path)?.message : undefined),
    isChanged: (key) => changedKeys.some((item) => item.key === key),
    setValue: (path, value) => setState((s) => ({ ...s, values: { ...s.values, [path]: value } })),
    setMotivation: (key, value) =>
      setState((s) => ({ ...s, motivations: { ...s.motivations, [key]: value } })),
  };
  const summary = errors.map((error) => ({
    id: error.path ? fieldId(error.path.replace(/\.sum$/, '.0')) : 'fp-acties',
    message: error.path ? `${describePath(error.path)}: ${error.message}` : error.message,
  }));

  return (
    <form onSubmit={submit} noValidate aria-label="Prognoseparameters">
      <div ref={summaryRef} tabIndex={-1}>
        <ErrorSummary title="De parameters zijn nog niet opgeslagen. Controleer:" errors={summary} />
      </div>
      {children(form)}
      <div className="wr-actions fp-actions" id="fp-acties">
        <button
          type="submit"
          className="utrecht-button utrecht-button--primary-action"
          disabled={save.isPending || reset.isPending}
        >
          {save.isPending ? 'Opslaan…' : 'Opslaan'}
        </button>
        {data.custom && (
          <ResetDefaults
            onConfirm={() => reset.mutate()}
            pending={reset.isPending}
            dirty={changedKeys.length > 0}
          />
        )}
        <span className="wr-small wr-muted">
          {changedKeys.length === 0
            ? 'Nog niets gewijzigd.'
            : `${changedKeys.length} ${changedKeys.length === 1 ? 'waarde' : 'waarden'} gewijzigd, nog niet opgeslagen.`}
        </span>
      </div>
      <div ref={statusRef} tabIndex={-1} className="fp-status">
        <p role="status" className="utrecht-paragraph">
          {done?.message ?? ''}
        </p>
        {done?.undo && (
          <button
            type="button"
            className="utrecht-button utrecht-button--secondary-action"
            onClick={() => done.undo && save.mutate(done.undo)}
            disabled={save.isPending}
          >
            Ongedaan maken
          </button>
        )}
      </div>
    </form>
  );
}

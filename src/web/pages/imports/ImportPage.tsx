import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { Link } from 'react-router';
import { ApiError } from '../../api';
import { Loading } from '../../components/Status';
import { useMe } from '../../components/session';
import { usePageTitle } from '../../components/usePageTitle';
import { formatNumber } from '../../format';
import { ImportErrors } from './ImportErrors';
import { ImportPreview } from './ImportPreview';
import { type ImportError, type ImportResult, uploadImport } from './upload';

type Kind = 'plans' | 'realisations';
type State =
  | { step: 'idle' }
  | { step: 'busy'; progress: number; dryRun: boolean }
  | { step: 'checked'; result: ImportResult }
  | { step: 'done'; result: ImportResult }
  | { step: 'failed'; errors: ImportError[]; message: string };

const TEMPLATES: Record<Kind, { href: string; label: string }[]> = {
  plans: [
    { href: '/api/v1/imports/templates/plans.xlsx', label: 'Sjabloon plannenlijst (Excel)' },
    { href: '/api/v1/imports/templates/plans.csv', label: 'Sjabloon plannenlijst (CSV)' },
    { href: '/api/v1/imports/templates/planmonitor-wonen.xlsx', label: 'Sjabloon Planmonitor Wonen (Excel)' },
  ],
  realisations: [
    { href: '/api/v1/imports/templates/realisations.xlsx', label: 'Sjabloon realisaties (Excel)' },
    { href: '/api/v1/imports/templates/realisations.csv', label: 'Sjabloon realisaties (CSV)' },
  ],
};

/** /beheer/import: check a file first (dry run), then import it whole or not at all. */
export function ImportPage() {
  usePageTitle('Importeren');
  const me = useMe();
  const queryClient = useQueryClient();
  const [kind, setKind] = useState<Kind>('plans');
  const [file, setFile] = useState<File | null>(null);
  const [state, setState] = useState<State>({ step: 'idle' });
  const input = useRef<HTMLInputElement>(null);
  const url = (dryRun: boolean) =>
    kind === 'plans'
      ? `/imports/plans?dryRun=${dryRun}`
      : `/regions/${me.region.slug}/imports/realisations?dryRun=${dryRun}`;

  const run = async (dryRun: boolean) => {
    if (!file) return;
    setState({ step: 'busy', progress: 0, dryRun });
    try {
      const result = await uploadImport(url(dryRun), file, (progress) =>
        setState({ step: 'busy', progress, dryRun }),
      );
      setState(dryRun ? { step: 'checked', result } : { step: 'done', result });
      if (!dryRun) await queryClient.invalidateQueries();
    } catch (error) {
      const errors =
        error instanceof ApiError ? ((error.body.errors as ImportError[] | undefined) ?? []) : [];
      setState({
        step: 'failed',
        errors,
        message: error instanceof Error ? error.message : 'Er ging iets mis.',
      });
    }
  };

  if (me.role === 'viewer') {
    return (
      <>
        <h1 className="utrecht-heading-1">Importeren</h1>
        <p className="utrecht-paragraph">Met een leesaccount kun je niets importeren.</p>
      </>
    );
  }
  return (
    <>
      <p className="wr-breadcrumb">
        <Link to="/plannen">Plannen</Link>
      </p>
      <h1 className="utrecht-heading-1">Importeren</h1>
      <p className="utrecht-paragraph wr-lead">
        Lees plannen of gerealiseerde woningen in uit Excel of CSV. Woonregie controleert eerst het hele
        bestand en laat zien wat er verandert. Bij één fout wordt niets geïmporteerd.
      </p>
      <fieldset className="utrecht-form-fieldset wr-field">
        <legend className="utrecht-form-fieldset__legend">Wat wil je importeren?</legend>
        {(
          [
            [
              'plans',
              'Plannen: een plannenlijst (CSV of Excel) of een werkmap in de opmaak van Planmonitor Wonen',
            ],
            ['realisations', 'Realisaties: opgeleverde woningen per gemeente, jaar en segment'],
          ] as const
        ).map(([value, label]) => (
          <label key={value} className="wr-radio">
            <input
              type="radio"
              name="import-kind"
              value={value}
              checked={kind === value}
              onChange={() => {
                setKind(value);
                setState({ step: 'idle' });
              }}
            />{' '}
            {label}
          </label>
        ))}
      </fieldset>
      <p className="utrecht-paragraph">
        Sjablonen:{' '}
        {TEMPLATES[kind].map((template, index) => (
          <span key={template.href}>
            {index > 0 && ' · '}
            <a className="utrecht-link" href={template.href} download>
              {template.label}
            </a>
          </span>
        ))}
      </p>
      <div className="utrecht-form-field wr-field">
        <label className="utrecht-form-label" htmlFor="import-file">
          Bestand (.xlsx of .csv, hoogstens 25 MB)
        </label>
        <div>
          <input
            ref={input}
            id="import-file"
            type="file"
            accept=".xlsx,.csv"
            className="wr-file"
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              setState({ step: 'idle' });
            }}
          />
        </div>
      </div>
      <div className="wr-actions">
        <button
          type="button"
          className="utrecht-button utrecht-button--secondary-action"
          disabled={!file || state.step === 'busy'}
          onClick={() => run(true)}
        >
          Bestand controleren
        </button>
        {state.step === 'checked' && state.result.created + state.result.updated > 0 && (
          <button
            type="button"
            className="utrecht-button utrecht-button--primary-action"
            onClick={() => run(false)}
          >
            Ja, importeer {formatNumber(state.result.created + state.result.updated)} regel(s)
          </button>
        )}
      </div>
      {state.step === 'busy' && (
        <div className="wr-progress-block">
          <progress
            className="wr-progress"
            max={1}
            value={state.progress < 1 ? state.progress : undefined}
            aria-label="Voortgang"
          />
          <Loading
            label={
              state.progress < 1
                ? `Bestand uploaden… ${Math.round(state.progress * 100)}%`
                : state.dryRun
                  ? 'Bestand controleren…'
                  : 'Importeren…'
            }
          />
        </div>
      )}
      {state.step === 'checked' && <ImportPreview result={state.result} />}
      {state.step === 'failed' &&
        (state.errors.length ? (
          <ImportErrors errors={state.errors} />
        ) : (
          <div className="utrecht-alert utrecht-alert--error" role="alert">
            <p className="utrecht-paragraph">{state.message}</p>
          </div>
        ))}
      {state.step === 'done' && (
        <div className="utrecht-alert utrecht-alert--ok" role="status" data-testid="import-done">
          <p className="utrecht-paragraph">
            Geïmporteerd: {formatNumber(state.result.created)} nieuw, {formatNumber(state.result.updated)}{' '}
            bijgewerkt, {formatNumber(state.result.unchanged)} ongewijzigd.{' '}
            {kind === 'plans' ? (
              <Link to="/plannen">Naar de plannen</Link>
            ) : (
              <Link to="/monitor">Naar de monitor</Link>
            )}
          </p>
        </div>
      )}
    </>
  );
}

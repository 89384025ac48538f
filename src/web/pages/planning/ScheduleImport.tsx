import { useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState } from 'react';
import { ApiError } from '../../api';
import { ImportErrors } from '../imports/ImportErrors';
import { type ImportError, uploadImport } from '../imports/upload';
import type { ScheduleVariant } from './planning-api';
import { formatShortDate } from './schedule-draft';

interface ImportSummary {
  dryRun: boolean;
  added: string[];
  removed: string[];
  changed: { key: string; name: string; fields: string[] }[];
  answers: { questionKey: string; question: string; answer: string; note: string | null }[];
  end: { before: string | null; after: string };
  unchanged: boolean;
}

const ANSWER_TEXT: Record<string, string> = { ja: 'ja', nee: 'nee', nvt: 'n.v.t.' };

type State =
  | { step: 'idle' }
  | { step: 'uploading'; progress: number; dryRun: boolean }
  | { step: 'preview'; summary: ImportSummary }
  | { step: 'done'; summary: ImportSummary }
  | { step: 'failed'; message: string; errors: ImportError[] };

/**
 * "Bewerkte planning inlezen": the workbook of "Planning en vragenlijst als Excel", edited in Excel, read back.
 * First a dry run shows what changes; "Importeren" then saves it. A file with errors changes nothing and lists
 * every error with its sheet, row and column.
 */
export function ScheduleImport({ planId, variant }: { planId: string; variant: ScheduleVariant }) {
  const queryClient = useQueryClient();
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [state, setState] = useState<State>({ step: 'idle' });
  const url = (dryRun: boolean) =>
    `/plans/${encodeURIComponent(planId)}/schedule.xlsx?variant=${variant}&dryRun=${dryRun}`;

  const send = async (chosen: File, dryRun: boolean) => {
    setState({ step: 'uploading', progress: 0, dryRun });
    try {
      const summary = await uploadImport<ImportSummary>(url(dryRun), chosen, (progress) =>
        setState({ step: 'uploading', progress, dryRun }),
      );
      if (dryRun) setState({ step: 'preview', summary });
      else {
        setState({ step: 'done', summary });
        await queryClient.invalidateQueries({ queryKey: ['schedule', planId] });
        await queryClient.invalidateQueries({ queryKey: ['logbook', planId] });
      }
    } catch (error) {
      setState({
        step: 'failed',
        message: error instanceof Error ? error.message : String(error),
        errors: error instanceof ApiError ? (error.errors as ImportError[]) : [],
      });
    }
  };

  return (
    <section className="wr-section wr-schedule-import" aria-labelledby={`${inputId}-titel`}>
      <h2 className="utrecht-heading-3" id={`${inputId}-titel`}>
        Bewerkte planning inlezen
      </h2>
      <p className="wr-small">
        Pas de planning en de vragenlijst aan in het Excel-bestand hierboven (duur, werkelijke datums,
        activiteiten, afhankelijkheden in de kolom "Afhankelijk van (sleutels)", antwoorden) en lees het hier
        weer in. Je ziet eerst wat er verandert.
      </p>
      <label htmlFor={inputId} className="utrecht-form-label">
        Excel-bestand (.xlsx)
      </label>
      <div className="wr-actions">
        <input
          ref={input}
          id={inputId}
          type="file"
          className="wr-file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(event) => {
            const chosen = event.target.files?.[0] ?? null;
            setFile(chosen);
            if (chosen) void send(chosen, true);
          }}
        />
      </div>
      {state.step === 'uploading' && (
        <div className="wr-progress-block" role="status">
          <label htmlFor={`${inputId}-voortgang`}>{state.dryRun ? 'Bestand controleren…' : 'Inlezen…'}</label>
          <progress id={`${inputId}-voortgang`} className="wr-progress" max={1} value={state.progress} />
        </div>
      )}
      {state.step === 'failed' &&
        (state.errors.length > 0 ? (
          <ImportErrors errors={state.errors} />
        ) : (
          <p className="utrecht-alert utrecht-alert--error" role="alert">
            {state.message}
          </p>
        ))}
      {state.step === 'preview' && file && (
        <div className="wr-import-preview" role="status">
          {state.summary.unchanged ? (
            <p className="utrecht-paragraph">Het bestand is gelijk aan de planning: er verandert niets.</p>
          ) : (
            <>
              <p className="utrecht-paragraph">
                <strong>Dit verandert er:</strong>
              </p>
              <Changes summary={state.summary} />
              <div className="wr-actions">
                <button
                  type="button"
                  className="utrecht-button utrecht-button--primary-action"
                  onClick={() => void send(file, false)}
                >
                  Importeren
                </button>
                <button
                  type="button"
                  className="utrecht-button utrecht-button--subtle"
                  onClick={() => {
                    setState({ step: 'idle' });
                    setFile(null);
                    if (input.current) input.current.value = '';
                  }}
                >
                  Annuleren
                </button>
              </div>
            </>
          )}
        </div>
      )}
      {state.step === 'done' && (
        <p className="utrecht-paragraph" role="status">
          Ingelezen. De planning eindigt nu op {formatShortDate(state.summary.end.after)}.
        </p>
      )}
    </section>
  );
}

function Changes({ summary }: { summary: ImportSummary }) {
  const lines = [
    ...summary.added.map((name) => `Nieuwe activiteit: ${name}`),
    ...summary.removed.map((name) => `Vervalt: ${name}`),
    ...summary.changed.map((c) => `${c.name}: ${c.fields.join(', ')} gewijzigd`),
    ...summary.answers.map((a) => `Vragenlijst: "${a.question}" → ${ANSWER_TEXT[a.answer] ?? a.answer}`),
  ];
  return (
    <>
      <ul className="utrecht-unordered-list">
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <p className="wr-small">
        Einde van de planning: {summary.end.before ? formatShortDate(summary.end.before) : '–'} →{' '}
        <strong>{formatShortDate(summary.end.after)}</strong>
      </p>
    </>
  );
}

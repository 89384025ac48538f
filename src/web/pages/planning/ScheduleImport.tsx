import { useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState } from 'react';
import { ApiError } from '../../api';
import { formatDate } from '../../format';
import { ImportErrors } from '../imports/ImportErrors';
import type { ImportError } from '../imports/upload';
import { planningApi, type ScheduleImportSummary, type ScheduleVariant } from './planning-api';

const ANSWER_TEXT: Record<string, string> = { ja: 'ja', nee: 'nee', nvt: 'n.v.t.' };

type State =
  | { step: 'idle' }
  | { step: 'uploading'; progress: number; dryRun: boolean }
  | { step: 'preview'; summary: ScheduleImportSummary }
  | { step: 'done'; summary: ScheduleImportSummary }
  | { step: 'failed'; message: string; errors: ImportError[]; conflict: boolean };

/**
 * "Bewerkte planning inlezen": the workbook of "Planning en vragenlijst als Excel", edited in Excel, read back.
 * First a dry run shows what changes; "Importeren" then saves it. A file with errors changes nothing and lists
 * every error with its sheet, row and column, right under the file field.
 */
export function ScheduleImport({ planId, variant }: { planId: string; variant: ScheduleVariant }) {
  const queryClient = useQueryClient();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [state, setState] = useState<State>({ step: 'idle' });

  const reset = () => {
    setState({ step: 'idle' });
    setFile(null);
    if (input.current) input.current.value = '';
  };

  const send = async (chosen: File, dryRun: boolean) => {
    setState({ step: 'uploading', progress: 0, dryRun });
    try {
      const summary = await planningApi.importWorkbook(planId, variant, chosen, dryRun, (progress) =>
        setState({ step: 'uploading', progress, dryRun }),
      );
      if (dryRun) {
        setState({ step: 'preview', summary });
        return;
      }
      setState({ step: 'done', summary });
      setFile(null);
      if (input.current) input.current.value = '';
      await Promise.all(
        ['schedule', 'logbook', 'plan'].map((key) =>
          queryClient.invalidateQueries({ queryKey: [key, planId] }),
        ),
      );
    } catch (error) {
      setState({
        step: 'failed',
        message: error instanceof Error ? error.message : String(error),
        errors: error instanceof ApiError ? (error.errors as ImportError[]) : [],
        conflict: error instanceof ApiError && error.status === 409,
      });
    }
  };

  const failed = state.step === 'failed';
  return (
    <section className="wr-section wr-schedule-import" aria-labelledby={`${id}-title`}>
      <h2 className="utrecht-heading-3" id={`${id}-title`}>
        Bewerkte planning inlezen
      </h2>
      <label htmlFor={id} className="utrecht-form-label">
        Excel-bestand (.xlsx)
      </label>
      <input
        ref={input}
        id={id}
        type="file"
        className="wr-file"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-describedby={`${id}-help${failed ? ` ${id}-errors` : ''}`}
        aria-invalid={failed || undefined}
        onClick={(event) => {
          // The same file again, after fixing it in Excel, must be read again: forget the last choice.
          event.currentTarget.value = '';
        }}
        onChange={(event) => {
          const chosen = event.target.files?.[0] ?? null;
          setFile(chosen);
          if (chosen) void send(chosen, true);
          else setState({ step: 'idle' });
        }}
      />
      <p className="wr-small" id={`${id}-help`}>
        Pas het bestand hierboven aan in Excel: duur, werkelijke datums, partij, rollen, uren per week,
        besluit, rijen erbij of eraf, en in "Afhankelijk van" de namen van activiteiten, gescheiden door ";"
        (zoals "Tekenen (begin-begin +2 wk); Rekenen"). Start, eind, kritiek en speling rekent Woonregie zelf
        uit. Je ziet eerst wat er verandert.
      </p>
      {state.step === 'uploading' && (
        <div className="wr-progress-block" role="status">
          <label htmlFor={`${id}-progress`}>{state.dryRun ? 'Bestand controleren…' : 'Inlezen…'}</label>
          <progress id={`${id}-progress`} className="wr-progress" max={1} value={state.progress} />
        </div>
      )}
      <div id={`${id}-errors`} className="wr-schedule-import__errors">
        {state.step === 'failed' &&
          (state.errors.length > 0 ? (
            <ImportErrors errors={state.errors} />
          ) : (
            <p className="utrecht-alert utrecht-alert--error" role="alert">
              {state.message}
              {state.conflict && ' Gebruik de link "Planning en vragenlijst als Excel (XLSX)" hierboven.'}
            </p>
          ))}
      </div>
      {state.step === 'preview' && file && (
        <div className="wr-schedule-import__preview" role="status">
          {state.summary.unchanged ? (
            <p className="utrecht-paragraph">Het bestand is gelijk aan de planning: er verandert niets.</p>
          ) : (
            <>
              <h3 className="utrecht-heading-4">Dit verandert er</h3>
              <Changes summary={state.summary} />
              <div className="wr-actions">
                <button
                  type="button"
                  className="utrecht-button utrecht-button--primary-action"
                  onClick={() => void send(file, false)}
                >
                  Importeren
                </button>
                <button type="button" className="utrecht-button utrecht-button--subtle" onClick={reset}>
                  Annuleren
                </button>
              </div>
            </>
          )}
        </div>
      )}
      {state.step === 'done' && (
        <p className="utrecht-paragraph wr-schedule-import__done" role="status">
          Ingelezen. De planning eindigt nu op {formatDate(state.summary.end.after)}.
        </p>
      )}
    </section>
  );
}

/** The dry run in words: new and removed activities, each changed field before → after, and new answers. */
function Changes({ summary }: { summary: ScheduleImportSummary }) {
  const { before, after } = summary.end;
  return (
    <>
      <ul className="utrecht-unordered-list wr-schedule-import__changes">
        {summary.added.map((activity) => (
          <li key={`added-${activity.key}`}>Nieuwe activiteit: {activity.name}</li>
        ))}
        {summary.removed.map((activity) => (
          <li key={`removed-${activity.key}`}>Vervalt: {activity.name}</li>
        ))}
        {summary.changed.map((activity) => (
          <li key={activity.key}>
            <strong>{activity.name}</strong>:{' '}
            {activity.changes.map((c) => `${c.label} ${c.before} → ${c.after}`).join('; ')}
          </li>
        ))}
        {summary.answers.map((answer) => (
          <li key={answer.questionKey}>
            Vragenlijst: “{answer.question}” → {ANSWER_TEXT[answer.answer] ?? answer.answer}
            {answer.note ? ` (${answer.note})` : ''}
          </li>
        ))}
      </ul>
      <p className="utrecht-paragraph">
        {before === after ? (
          <>Het einde van de planning blijft {formatDate(after)}.</>
        ) : (
          <>
            Einde van de planning: {formatDate(before)} → <strong>{formatDate(after)}</strong>
          </>
        )}
      </p>
    </>
  );
}

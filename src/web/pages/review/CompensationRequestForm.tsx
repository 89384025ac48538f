import { useState } from 'react';
import { ApiError, fieldErrors } from '../../api';
import { ErrorSummary, Field } from '../../components/Field';
import { uploadImport } from '../imports/upload';
import type { CompensationRequests } from './fund-api';
import { openBookFileError } from './fund-format';

const FIELD_IDS: Record<string, string> = {
  motivation: 'verzoek-motivering',
  elsewhereChecked: 'verzoek-elders-onderzocht',
  elsewhereNote: 'verzoek-elders',
  openBook: 'verzoek-open-boek',
};

/**
 * The request of seed 003 (Alphen aan den Rijn): a motivation why 30% social rent is not feasible, the check
 * whether the homes can be built elsewhere with its outcome, and an optional confidential open book. Sent as a
 * multipart form with upload progress; the server's errors appear next to their fields and at the top.
 */
export function CompensationRequestForm({
  planId,
  municipalityName,
  onFiled,
}: {
  planId: string;
  municipalityName: string;
  onFiled: (next: CompensationRequests) => void;
}) {
  const [motivation, setMotivation] = useState('');
  const [elsewhereChecked, setElsewhereChecked] = useState(false);
  const [elsewhereNote, setElsewhereNote] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);

  const submit = async () => {
    setFailure(null);
    const fileError = openBookFileError(file);
    if (fileError) return setErrors({ openBook: fileError });
    setErrors({});
    const body = new FormData();
    body.append('motivation', motivation);
    body.append('elsewhereChecked', String(elsewhereChecked));
    body.append('elsewhereNote', elsewhereNote);
    if (file) body.append('openBook', file);
    setProgress(0);
    try {
      onFiled(
        await uploadImport<CompensationRequests>(
          `/plans/${encodeURIComponent(planId)}/compensation-requests`,
          body,
          setProgress,
        ),
      );
    } catch (error) {
      if (error instanceof ApiError && error.errors.length) {
        setErrors(fieldErrors(error));
      } else setFailure(error instanceof Error ? error.message : String(error));
    } finally {
      setProgress(null);
    }
  };

  const summary = Object.entries(errors).map(([path, message]) => ({ id: FIELD_IDS[path] ?? path, message }));
  const checkError = errors.elsewhereChecked;
  return (
    <form
      className="wr-fund-form"
      noValidate
      aria-labelledby="verzoek-indienen"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <ErrorSummary title="Het verzoek is nog niet ingediend. Controleer:" errors={summary} />
      <Field
        id={FIELD_IDS.motivation as string}
        label="Motivering"
        help="Waarom is 30% sociale huur in dit plan niet haalbaar? Minstens 20 tekens."
        error={errors.motivation}
      >
        {(props) => (
          <textarea
            {...props}
            className="utrecht-textarea utrecht-textarea--html-textarea"
            rows={4}
            value={motivation}
            onChange={(event) => setMotivation(event.target.value)}
          />
        )}
      </Field>
      <div className="wr-fund-check">
        {checkError && (
          <p className="utrecht-form-field-error-message" id="verzoek-elders-onderzocht-fout">
            {checkError}
          </p>
        )}
        <label htmlFor={FIELD_IDS.elsewhereChecked}>
          <input
            id={FIELD_IDS.elsewhereChecked}
            type="checkbox"
            checked={elsewhereChecked}
            aria-invalid={checkError ? true : undefined}
            aria-describedby={checkError ? 'verzoek-elders-onderzocht-fout' : undefined}
            onChange={(event) => setElsewhereChecked(event.target.checked)}
          />
          Ik heb onderzocht of de sociale huurwoningen elders gebouwd kunnen worden
        </label>
      </div>
      <Field
        id={FIELD_IDS.elsewhereNote as string}
        label="Uitkomst van dat onderzoek"
        help="Welke locaties heb je bekeken, en waarom lukt het daar niet?"
        error={errors.elsewhereNote}
      >
        {(props) => (
          <textarea
            {...props}
            className="utrecht-textarea utrecht-textarea--html-textarea"
            rows={3}
            value={elsewhereNote}
            onChange={(event) => setElsewhereNote(event.target.value)}
          />
        )}
      </Field>
      <Field
        id={FIELD_IDS.openBook as string}
        label="Open boek (optioneel)"
        help={`PDF, XLSX of CSV, hoogstens 10 MB. Vertrouwelijk: alleen jouw organisatie en de gemeente ${municipalityName} kunnen het openen. De regio en andere partijen zien alleen dat er een open boek is.`}
        error={errors.openBook}
      >
        {(props) => (
          <input
            {...props}
            type="file"
            className="wr-file"
            accept=".pdf,.xlsx,.csv"
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          />
        )}
      </Field>
      <div className="wr-actions">
        <button
          type="submit"
          className="utrecht-button utrecht-button--primary-action"
          disabled={progress !== null}
        >
          {progress !== null ? 'Indienen…' : 'Verzoek indienen'}
        </button>
      </div>
      {progress !== null && (
        <div className="wr-progress-block" role="status">
          <label htmlFor="verzoek-voortgang">
            {file ? `Open boek verzenden: ${Math.round(progress * 100)}%` : 'Verzoek verzenden…'}
          </label>
          <progress id="verzoek-voortgang" className="wr-progress" max={1} value={progress} />
        </div>
      )}
      {failure && (
        <p className="utrecht-alert utrecht-alert--error" role="alert">
          {failure}
        </p>
      )}
    </form>
  );
}

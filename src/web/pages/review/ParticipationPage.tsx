import './review.css';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { PHASE_LABELS } from '../../../core/route-map/questions';
import { ApiError, fieldErrors } from '../../api';
import { ErrorSummary, Field, SelectField } from '../../components/Field';
import { Loading, QueryError } from '../../components/Status';
import { usePageTitle } from '../../components/usePageTitle';
import { formatDate } from '../../format';
import { type QuickScan, reviewApi } from './review-api';

const LEVELS: [1 | 2 | 3, string][] = [
  [1, 'weinig'],
  [2, 'gemiddeld'],
  [3, 'veel'],
];
const PROCEDURES: [string, string][] = [
  ['zoningPlanChange', 'Wijziging van het omgevingsplan'],
  ['outOfPlanPermit', 'Buitenplanse omgevingsplanactiviteit (BOPA)'],
  ['buildingPermit', 'Vergunning binnen het omgevingsplan'],
];
const IMPACT_TEXT = { low: 'geringe impact', medium: 'gemiddelde impact', high: 'grote impact' } as const;

/**
 * /plannen/:id/participatie: the participation QuickScan (four questions, the scoring shown, whether participation
 * is mandatory and why), the reports per phase and the duty-to-motivate text made from them.
 */
export function ParticipationPage() {
  const { id = '' } = useParams();
  const scan = useQuery({ queryKey: ['quickscan', id], queryFn: () => reviewApi.quickScan(id) });
  usePageTitle(scan.data ? `Participatie · ${scan.data.planName}` : 'Participatie');
  return (
    <>
      <p className="wr-breadcrumb">
        <Link to="/plannen">Plannen</Link> ›{' '}
        {scan.data ? <Link to={`/plannen/${id}`}>{scan.data.planName}</Link> : '…'}
      </p>
      <h1 className="utrecht-heading-1">Participatie{scan.data ? `: ${scan.data.planName}` : ''}</h1>
      {scan.isPending && <Loading label="QuickScan laden…" />}
      {scan.isError && <QueryError error={scan.error} />}
      {scan.data && (
        <>
          <QuickScanForm key={scan.data.updatedAt ?? 'nieuw'} scan={scan.data} />
          <Reports scan={scan.data} />
        </>
      )}
    </>
  );
}

function QuickScanForm({ scan }: { scan: QuickScan }) {
  const queryClient = useQueryClient();
  const [answers, setAnswers] = useState<Record<string, number | null>>(() =>
    Object.fromEntries(scan.questions.map((q) => [q.key, scan.answers?.[q.key] ?? null])),
  );
  const [procedure, setProcedure] = useState(scan.procedure ?? '');
  const [designated, setDesignated] = useState(scan.designated);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const save = useMutation({
    mutationFn: () =>
      reviewApi.saveQuickScan(scan.planId, {
        answers: answers as Record<string, number>,
        designated,
        ...(scan.procedureFromSchedule ? {} : { procedure: procedure || null }),
      }),
    onSuccess: (data) => queryClient.setQueryData(['quickscan', scan.planId], data),
    onError: (error) => {
      if (error instanceof ApiError) setErrors(fieldErrors(error, (path) => path.replace(/^answers\./, '')));
    },
  });
  const result = scan.result;
  const idOf = (key: string) => (key === 'procedure' ? 'qs-procedure' : `qs-${key}-1`);
  return (
    <section className="wr-section" aria-labelledby="quickscan">
      <h2 className="utrecht-heading-2" id="quickscan">
        QuickScan: hoeveel participatie vraagt dit plan?
      </h2>
      <p className="utrecht-paragraph">
        Vier vragen bepalen de impact op de omgeving en daarmee het gewicht van het participatietraject. Elk
        antwoord telt 1 (weinig), 2 (gemiddeld) of 3 (veel) punten; bij de tweede vraag telt weinig positieve
        invloed zwaar.
      </p>
      {result && (
        <div
          className={`utrecht-alert ${result.mandatory ? 'utrecht-alert--warning' : 'utrecht-alert--info'}`}
          role="status"
        >
          <p className="utrecht-paragraph">
            <strong>
              {result.score} punten: {IMPACT_TEXT[result.impact]}.
              {result.mandatory ? ' Participatie is verplicht.' : ''}
            </strong>
          </p>
          <p className="utrecht-paragraph">{result.advice}</p>
          <p className="wr-small">
            Scoring: {result.scoring.map((line) => `${line.points}`).join(' + ')} = {result.score}.{' '}
            {result.bands}.
          </p>
        </div>
      )}
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const found: Record<string, string> = {};
          scan.questions.forEach((question, index) => {
            if (answers[question.key] == null)
              found[question.key] = `Kies een antwoord op vraag ${index + 1}.`;
          });
          if (!scan.procedureFromSchedule && !procedure) found.procedure = 'Kies de procedure van het plan.';
          setErrors(found);
          if (Object.keys(found).length === 0) save.mutate();
        }}
      >
        <ErrorSummary
          title="Controleer de QuickScan"
          errors={Object.entries(errors).map(([key, message]) => ({ id: idOf(key), message }))}
        />
        {scan.questions.map((question, index) => (
          <fieldset key={question.key} className="utrecht-form-fieldset wr-fieldset">
            <legend className="utrecht-form-fieldset__legend">
              {index + 1}. {question.question}
            </legend>
            <p className="wr-small wr-muted">
              Weinig: {question.low.toLowerCase()} · veel: {question.high.toLowerCase()}
            </p>
            {errors[question.key] && (
              <p className="utrecht-form-field-error-message wr-field__error">{errors[question.key]}</p>
            )}
            <div className="wr-review-scores">
              {LEVELS.map(([value, label]) => (
                <label key={value} className="wr-radio wr-radio--inline">
                  <input
                    type="radio"
                    id={`qs-${question.key}-${value}`}
                    name={`qs-${question.key}`}
                    value={value}
                    disabled={!scan.canEdit}
                    checked={answers[question.key] === value}
                    onChange={() => setAnswers({ ...answers, [question.key]: value })}
                  />{' '}
                  {label} ({value})
                </label>
              ))}
            </div>
          </fieldset>
        ))}
        {scan.procedureFromSchedule ? (
          <p className="wr-small">
            Procedure (uit de planning): {PROCEDURES.find(([v]) => v === scan.procedure)?.[1]}.
          </p>
        ) : (
          <SelectField
            id="qs-procedure"
            label="Procedure van het plan"
            value={procedure}
            placeholder="Kies de procedure"
            onChange={setProcedure}
            options={PROCEDURES}
            error={errors.procedure}
          />
        )}
        <label className="wr-checkbox wr-qs-designated">
          <input
            type="checkbox"
            checked={designated}
            disabled={!scan.canEdit}
            onChange={(event) => setDesignated(event.target.checked)}
          />{' '}
          De gemeente heeft participatie voor dit soort plannen verplicht gesteld
        </label>
        {scan.canEdit && (
          <div className="wr-actions">
            <button
              type="submit"
              className="utrecht-button utrecht-button--primary-action"
              disabled={save.isPending}
            >
              {save.isPending ? 'Opslaan…' : 'QuickScan opslaan'}
            </button>
          </div>
        )}
        {save.isError && !(save.error instanceof ApiError && save.error.errors.length) && (
          <QueryError error={save.error} />
        )}
      </form>
    </section>
  );
}

function Reports({ scan }: { scan: QuickScan }) {
  const queryClient = useQueryClient();
  const [form, setForm] = useState({ phase: 'initiative', done: '', discussion: '', useOfInput: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [copied, setCopied] = useState(false);
  const add = useMutation({
    mutationFn: () => reviewApi.addReport(scan.planId, form),
    onSuccess: (data) => {
      queryClient.setQueryData(['quickscan', scan.planId], data);
      setForm({ ...form, done: '', discussion: '', useOfInput: '' });
    },
    onError: (error) => {
      if (error instanceof ApiError) setErrors(fieldErrors(error));
    },
  });
  const text = (key: 'done' | 'discussion' | 'useOfInput', label: string) => (
    <Field id={`verslag-${key}`} label={label} error={errors[key]}>
      {(props) => (
        <textarea
          {...props}
          className="utrecht-textarea utrecht-textarea--html-textarea"
          rows={2}
          value={form[key]}
          onChange={(event) => setForm({ ...form, [key]: event.target.value })}
        />
      )}
    </Field>
  );
  return (
    <>
      <section className="wr-section" aria-labelledby="verslagen">
        <h2 className="utrecht-heading-2" id="verslagen">
          Verslagen per fase
        </h2>
        {scan.reports.length === 0 ? (
          <p className="wr-empty">Nog geen verslagen.</p>
        ) : (
          <ol className="wr-participation-reports">
            {scan.reports.map((report) => (
              <li key={report.id}>
                <p className="wr-small wr-muted">
                  {report.phaseLabel} · {formatDate(report.createdAt.slice(0, 10))}
                  {report.by ? ` · ${report.by}` : ''}
                </p>
                <p className="utrecht-paragraph">
                  <strong>Gedaan:</strong> {report.done}
                  <br />
                  <strong>Besproken:</strong> {report.discussion}
                  <br />
                  <strong>Met de inbreng:</strong> {report.useOfInput}
                </p>
              </li>
            ))}
          </ol>
        )}
        {scan.canEdit && (
          <form
            className="wr-inline-form"
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              setErrors({});
              add.mutate();
            }}
          >
            <SelectField
              id="verslag-fase"
              label="Fase"
              value={form.phase}
              onChange={(phase) => setForm({ ...form, phase })}
              options={Object.entries(PHASE_LABELS)}
            />
            {text('done', 'Wat is er gedaan?')}
            {text('discussion', 'Waarover ging de discussie?')}
            {text('useOfInput', 'Wat is er met de inbreng gedaan?')}
            <div className="wr-actions">
              <button
                type="submit"
                className="utrecht-button utrecht-button--secondary-action"
                disabled={add.isPending}
              >
                {add.isPending ? 'Vastleggen…' : 'Verslag vastleggen'}
              </button>
            </div>
            {add.isError && !(add.error instanceof ApiError && add.error.errors.length) && (
              <QueryError error={add.error} />
            )}
          </form>
        )}
      </section>
      <section className="wr-section" aria-labelledby="motivering">
        <h2 className="utrecht-heading-2" id="motivering">
          Motivering (motiveringsplicht)
        </h2>
        <p className="utrecht-paragraph wr-motivation" data-testid="motivering">
          {scan.motivation}
        </p>
        <button
          type="button"
          className="utrecht-button utrecht-button--subtle"
          onClick={() => {
            void navigator.clipboard?.writeText(scan.motivation).then(() => setCopied(true));
          }}
        >
          Tekst kopiëren
        </button>
        {copied && (
          <span className="wr-small" role="status">
            {' '}
            Gekopieerd.
          </span>
        )}
      </section>
    </>
  );
}

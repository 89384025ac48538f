import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ApiError } from '../../api';
import { formatDateTime } from '../../format';
import { ANSWER_LABELS, AnswerBadge, BlockingMark } from './labels';
import { type Logbook, type LogbookAnswer, type LogbookQuestion, logbookApi } from './logbook-api';

const CHOICES: readonly (readonly [LogbookAnswer, string, string | undefined])[] = [
  ['ja', 'Ja', undefined],
  ['nee', 'Nee', undefined],
  ['nvt', 'N.v.t.', 'niet van toepassing'],
];

interface Errors {
  answer?: string;
  note?: string;
  general?: string;
}

/** The newest answer of a question, with who gave it and when, and the blocking mark. */
function CurrentAnswer({ question, id }: { question: LogbookQuestion; id: string }) {
  const latest = question.latest;
  return (
    <p className="wr-lb-current" id={id}>
      {latest ? (
        <>
          <AnswerBadge answer={latest.answer} />{' '}
          <span className="wr-small wr-muted">
            {latest.answeredBy.name}
            {latest.answeredBy.organisationName && `, ${latest.answeredBy.organisationName}`} ·{' '}
            {formatDateTime(latest.answeredAt)}
          </span>
        </>
      ) : (
        <span className="wr-lb-open">Nog niet beantwoord</span>
      )}
      {question.blocking && <BlockingMark />}
    </p>
  );
}

/** Where the question comes from: its source, or that it is an assumption. */
function Provenance({ question, id }: { question: LogbookQuestion; id: string }) {
  return (
    <p className="wr-lb-source" id={id}>
      {question.source
        ? `Bron: ${question.source.text} (${question.source.code})`
        : `Aanname: ${question.assumption ?? 'zonder bron'}`}
    </p>
  );
}

/** One closed question: its current answer and, for editors, a small form that adds a new answer. */
export function QuestionItem({
  planId,
  question,
  canEdit,
  onSaved,
}: {
  planId: string;
  question: LogbookQuestion;
  canEdit: boolean;
  onSaved: (logbook: Logbook) => void;
}) {
  const base = `logboek-${question.key}`;
  const [answer, setAnswer] = useState<LogbookAnswer | ''>('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [saved, setSaved] = useState('');
  const save = useMutation({
    mutationFn: (body: { answer: LogbookAnswer; note: string }) =>
      logbookApi.answer(planId, {
        questionKey: question.key,
        answer: body.answer,
        ...(body.note.trim() ? { note: body.note.trim() } : {}),
      }),
    onSuccess: (logbook, body) => {
      onSaved(logbook);
      setAnswer('');
      setNote('');
      setErrors({});
      setSaved(`Vastgelegd: ${ANSWER_LABELS[body.answer]}.`);
    },
    onError: (error) => {
      setSaved('');
      if (error instanceof ApiError) {
        const next: Errors = {};
        for (const fieldError of error.errors) {
          if (fieldError.path === 'answer' || fieldError.path === 'note')
            next[fieldError.path] ??= fieldError.message;
          else next.general ??= fieldError.message;
        }
        if (!next.answer && !next.note && !next.general) next.general = error.message;
        setErrors(next);
      } else {
        setErrors({ general: 'Het antwoord kon niet worden vastgelegd. Probeer het opnieuw.' });
      }
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!answer) {
      setSaved('');
      setErrors({ answer: 'Kies ja, nee of niet van toepassing.' });
      document.getElementById(`${base}-ja`)?.focus();
      return;
    }
    save.mutate({ answer, note });
  };

  const className = `wr-lb-question${question.blocking ? ' wr-lb-question--blocking' : ''}`;
  if (!canEdit) {
    return (
      <li className={className}>
        <p className="wr-lb-question__text">{question.question}</p>
        <CurrentAnswer question={question} id={`${base}-huidig`} />
        <Provenance question={question} id={`${base}-bron`} />
      </li>
    );
  }

  const answerErrorId = `${base}-antwoord-fout`;
  const noteErrorId = `${base}-toelichting-fout`;
  return (
    <li className={className}>
      <form onSubmit={submit} noValidate>
        <fieldset className="wr-lb-fieldset" aria-describedby={`${base}-huidig ${base}-bron`}>
          <legend className="wr-lb-question__text">{question.question}</legend>
          <CurrentAnswer question={question} id={`${base}-huidig`} />
          <Provenance question={question} id={`${base}-bron`} />
          {errors.general && (
            <p className="utrecht-form-field-error-message wr-field__error" role="alert">
              {errors.general}
            </p>
          )}
          <div className="wr-lb-controls">
            <fieldset
              className="wr-lb-choices"
              aria-describedby={errors.answer ? answerErrorId : undefined}
              aria-invalid={errors.answer ? true : undefined}
            >
              <legend className="wr-lb-label">Nieuw antwoord</legend>
              {errors.answer && (
                <p className="utrecht-form-field-error-message wr-field__error" id={answerErrorId}>
                  {errors.answer}
                </p>
              )}
              <div className="wr-lb-radios">
                {CHOICES.map(([value, label, title]) => (
                  <label key={value} className="wr-lb-radio" htmlFor={`${base}-${value}`}>
                    <input
                      type="radio"
                      id={`${base}-${value}`}
                      name={`${base}-antwoord`}
                      value={value}
                      checked={answer === value}
                      onChange={() => setAnswer(value)}
                    />
                    {title ? <abbr title={title}>{label}</abbr> : label}
                  </label>
                ))}
              </div>
            </fieldset>
            <div className="wr-lb-note">
              <label className="wr-lb-label" htmlFor={`${base}-toelichting`}>
                Toelichting <span className="wr-muted">(niet verplicht)</span>
              </label>
              {errors.note && (
                <p className="utrecht-form-field-error-message wr-field__error" id={noteErrorId}>
                  {errors.note}
                </p>
              )}
              <textarea
                id={`${base}-toelichting`}
                className="utrecht-textarea utrecht-textarea--html-textarea"
                rows={1}
                maxLength={2000}
                value={note}
                aria-describedby={errors.note ? noteErrorId : undefined}
                aria-invalid={errors.note ? true : undefined}
                onChange={(event) => setNote(event.target.value)}
              />
            </div>
            <button
              type="submit"
              className="utrecht-button utrecht-button--secondary-action wr-lb-submit"
              disabled={save.isPending}
            >
              {save.isPending ? 'Bezig…' : 'Antwoord vastleggen'}
            </button>
          </div>
          <p className="wr-lb-saved" role="status">
            {saved}
          </p>
        </fieldset>
      </form>
    </li>
  );
}

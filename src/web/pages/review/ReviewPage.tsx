import './review.css';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError, fieldErrors } from '../../api';
import { Field } from '../../components/Field';
import { Loading, QueryError } from '../../components/Status';
import { usePageTitle } from '../../components/usePageTitle';
import { formatDate } from '../../format';
import { PutOnAgenda } from '../meetings/PutOnAgenda';
import { type AdviceKind, type PlanReview, reviewApi } from './review-api';

const ADVICE_OPTIONS: [AdviceKind, string][] = [
  ['positive', 'Positief'],
  ['conditional', 'Positief onder voorwaarden'],
  ['negative', 'Negatief'],
];
const scoreFormat = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });

/**
 * /plannen/:id/toetsing: the regional review of a plan of 50 or more homes — per criterion the guidance, the
 * suggested score, the score and a note; the weighted score; the advice. Only the region scores and advises.
 */
export function ReviewPage() {
  const { id = '' } = useParams();
  const review = useQuery({ queryKey: ['review', id], queryFn: () => reviewApi.review(id), retry: false });
  usePageTitle(review.data ? `Regionale toets · ${review.data.planName}` : 'Regionale toets');
  return (
    <>
      <p className="wr-breadcrumb">
        <Link to="/plannen">Plannen</Link> ›{' '}
        {review.data ? <Link to={`/plannen/${id}`}>{review.data.planName}</Link> : '…'}
      </p>
      <h1 className="utrecht-heading-1">Regionale toets{review.data ? `: ${review.data.planName}` : ''}</h1>
      <p className="wr-lead">
        Plannen van 50 woningen of meer bespreken de gemeenten en corporaties regionaal op hun bijdrage aan de
        gezamenlijke doelen: een gezonde woon-werkbalans, OV-bereikbaarheid en betaalbaarheid.{' '}
        <Link to="/toetsing">Alle toetsen</Link>
      </p>
      {review.isPending && <Loading label="Toets laden…" />}
      {review.isError && <QueryError error={review.error} />}
      {review.data && <ReviewForm key={review.data.version} review={review.data} />}
      {review.data && review.data.status !== 'advised' && (
        <PutOnAgenda
          kind="review"
          id={review.data.planId}
          title={`Regionale toets ${review.data.planName}`}
        />
      )}
    </>
  );
}

function ReviewForm({ review }: { review: PlanReview }) {
  const queryClient = useQueryClient();
  const readOnly = !review.canScore || review.status === 'advised';
  const [scores, setScores] = useState(() =>
    Object.fromEntries(review.criteria.map((c) => [c.key, { score: c.score, note: c.note ?? '' }])),
  );
  const [advice, setAdvice] = useState<AdviceKind | ''>(review.pointsTo ?? '');
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [confirming, setConfirming] = useState(false);
  useEffect(() => setAdvice(review.pointsTo ?? ''), [review.pointsTo]);
  const store = (data: PlanReview) => queryClient.setQueryData(['review', review.planId], data);
  const save = useMutation({
    mutationFn: () =>
      reviewApi.score(review.planId, {
        version: review.version,
        scores: Object.fromEntries(
          Object.entries(scores).map(([key, v]) => [key, { score: v.score, note: v.note.trim() || null }]),
        ),
      }),
    onSuccess: store,
  });
  const advise = useMutation({
    mutationFn: () =>
      reviewApi.advise(review.planId, { version: review.version, advice: advice as AdviceKind, text }),
    onSuccess: (data) => {
      store(data);
      void queryClient.invalidateQueries({ queryKey: ['reviews'] });
    },
    onError: (error) => {
      if (error instanceof ApiError) setErrors(fieldErrors(error));
    },
  });
  const dirty = review.criteria.some(
    (c) => (scores[c.key]?.score ?? null) !== c.score || (scores[c.key]?.note ?? '') !== (c.note ?? ''),
  );

  return (
    <>
      <p className="utrecht-paragraph">
        <span className="wr-badge wr-badge--soft">{review.statusLabel}</span> {review.totalHomes} woningen ·
        geopend {formatDate(review.openedAt.slice(0, 10))}
        {review.weightedScore !== null && (
          <>
            {' '}
            · gewogen score{' '}
            <strong data-testid="gewogen-score">{scoreFormat.format(review.weightedScore)}</strong> van 5
            {!review.complete && ' (nog niet alle criteria)'}
          </>
        )}
      </p>
      {review.advice && (
        <section className="wr-section wr-review-advice" aria-labelledby="advies">
          <h2 className="utrecht-heading-2" id="advies">
            Advies: {review.advice.label}
          </h2>
          <p className="utrecht-paragraph">{review.advice.text}</p>
          {review.advisedAt && (
            <p className="wr-small wr-muted">Gegeven op {formatDate(review.advisedAt.slice(0, 10))}.</p>
          )}
        </section>
      )}
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate();
        }}
      >
        {review.criteria.map((criterion) => (
          <fieldset key={criterion.key} className="utrecht-form-fieldset wr-fieldset wr-review-criterion">
            <legend className="utrecht-form-fieldset__legend">
              {criterion.label}{' '}
              <span className="wr-small wr-muted">(gewicht {scoreFormat.format(criterion.weight)})</span>
            </legend>
            <ul className="wr-review-guidance wr-small">
              <li>
                <strong>1</strong> {criterion.guidance[1]}
              </li>
              <li>
                <strong>3</strong> {criterion.guidance[3]}
              </li>
              <li>
                <strong>5</strong> {criterion.guidance[5]}
              </li>
            </ul>
            {criterion.suggested !== null && (
              <p className="wr-small">
                Woonregie stelt <strong>{criterion.suggested}</strong> voor (berekend uit het plan).
              </p>
            )}
            <div className="wr-review-scores" role="radiogroup" aria-label={`Score ${criterion.label}`}>
              {[1, 2, 3, 4, 5].map((value) => (
                <label key={value} className="wr-radio wr-radio--inline">
                  <input
                    type="radio"
                    name={`score-${criterion.key}`}
                    value={value}
                    disabled={readOnly}
                    checked={scores[criterion.key]?.score === value}
                    onChange={() =>
                      setScores({
                        ...scores,
                        [criterion.key]: { note: scores[criterion.key]?.note ?? '', score: value },
                      })
                    }
                  />{' '}
                  {value}
                </label>
              ))}
            </div>
            <Field
              id={`toelichting-${criterion.key}`}
              label={`Toelichting ${criterion.label.toLowerCase()}`}
              error={errors[`scores.${criterion.key}`]}
            >
              {(props) => (
                <input
                  {...props}
                  className="utrecht-textbox utrecht-textbox--html-input"
                  readOnly={readOnly}
                  value={scores[criterion.key]?.note ?? ''}
                  onChange={(event) =>
                    setScores({
                      ...scores,
                      [criterion.key]: {
                        score: scores[criterion.key]?.score ?? null,
                        note: event.target.value,
                      },
                    })
                  }
                />
              )}
            </Field>
          </fieldset>
        ))}
        {!readOnly && (
          <div className="wr-actions">
            <button
              type="submit"
              className="utrecht-button utrecht-button--primary-action"
              disabled={save.isPending || !dirty}
            >
              {save.isPending ? 'Opslaan…' : 'Scores opslaan'}
            </button>
          </div>
        )}
        {save.isError && <QueryError error={save.error} />}
      </form>
      {!readOnly && (
        <section className="wr-section" aria-labelledby="advies-geven">
          <h2 className="utrecht-heading-2" id="advies-geven">
            Advies geven
          </h2>
          {!review.complete || dirty ? (
            <p className="wr-empty">
              Sla eerst een score op voor elk criterium; daarna kun je het advies geven.
            </p>
          ) : (
            <form
              noValidate
              onSubmit={(event) => {
                event.preventDefault();
                const found: Record<string, string> = {};
                if (!advice) found.advice = 'Kies het advies.';
                if (text.trim().length < 20) found.text = 'Schrijf het advies in minstens 20 tekens.';
                setErrors(found);
                if (Object.keys(found).length === 0) setConfirming(true);
              }}
            >
              <fieldset
                className="utrecht-form-fieldset wr-fieldset"
                aria-describedby={errors.advice ? 'advies-fout' : undefined}
              >
                <legend className="utrecht-form-fieldset__legend">Advies</legend>
                {errors.advice && (
                  <p className="utrecht-form-field-error-message" id="advies-fout">
                    {errors.advice}
                  </p>
                )}
                {ADVICE_OPTIONS.map(([value, label]) => (
                  <label key={value} className="wr-radio">
                    <input
                      type="radio"
                      name="advies"
                      value={value}
                      checked={advice === value}
                      onChange={() => setAdvice(value)}
                    />{' '}
                    {label}
                    {review.pointsTo === value && (
                      <span className="wr-small wr-muted"> (waar de score op wijst)</span>
                    )}
                  </label>
                ))}
              </fieldset>
              <Field id="advies-tekst" label="Adviestekst" error={errors.text}>
                {(props) => (
                  <textarea
                    {...props}
                    className="utrecht-textarea utrecht-textarea--html-textarea"
                    rows={4}
                    value={text}
                    onChange={(event) => setText(event.target.value)}
                  />
                )}
              </Field>
              {confirming ? (
                <div className="wr-confirm wr-actions">
                  <span>Het advies en de scores liggen daarna vast. Advies vastleggen?</span>
                  <button
                    type="button"
                    className="utrecht-button utrecht-button--primary-action"
                    disabled={advise.isPending}
                    onClick={() => advise.mutate()}
                  >
                    {advise.isPending ? 'Vastleggen…' : 'Ja, vastleggen'}
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
                  <button type="submit" className="utrecht-button utrecht-button--primary-action">
                    Advies vastleggen
                  </button>
                </div>
              )}
              {advise.isError && !(advise.error instanceof ApiError && advise.error.errors.length) && (
                <QueryError error={advise.error} />
              )}
            </form>
          )}
        </section>
      )}
      {!review.canScore && review.status !== 'advised' && (
        <p className="wr-small wr-muted">
          De regio beoordeelt dit plan; je ziet hier de scores en straks het advies.
        </p>
      )}
    </>
  );
}

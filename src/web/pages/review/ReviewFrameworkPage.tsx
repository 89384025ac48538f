import './review.css';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { ApiError, fieldErrors } from '../../api';
import { ErrorSummary, Field, TextField } from '../../components/Field';
import { Loading, QueryError } from '../../components/Status';
import { useSessionQuery } from '../../components/session';
import { usePageTitle } from '../../components/usePageTitle';
import { keyFromLabel } from './framework-key';
import { type FrameworkCriterion, REQUIRED_CRITERIA, reviewApi } from './review-api';

interface Draft {
  key: string;
  label: string;
  weight: string;
  guidance: { 1: string; 3: string; 5: string };
}

const toDraft = (c: FrameworkCriterion): Draft => ({ ...c, weight: String(c.weight).replace('.', ',') });

/**
 * /toetsing/kader: the region's assessment framework for the regional review. Everyone reads the criteria, their
 * weights and the guidance per score; the region's admin changes them (the three regional goals stay).
 */
export function ReviewFrameworkPage() {
  usePageTitle('Toetsingskader regionale toets');
  const session = useSessionQuery();
  const me = session.data;
  const framework = useQuery({
    queryKey: ['review-framework', me?.region.slug],
    queryFn: () => reviewApi.framework(me?.region.slug ?? ''),
    enabled: Boolean(me),
  });
  const canEdit = me?.role === 'admin' && me.organisation.kind === 'region';
  return (
    <>
      <p className="wr-breadcrumb">
        <Link to="/instrumenten">Instrumenten</Link> › <Link to="/toetsing">Regionale toets</Link>
      </p>
      <h1 className="utrecht-heading-1">Toetsingskader</h1>
      <p className="wr-lead">
        Met dit kader scoort de regio elk plan van 50 woningen of meer. Elk criterium krijgt een score van 1
        tot 5; het gewicht bepaalt hoe zwaar het meetelt. Woon-werkbalans, OV-bereikbaarheid en betaalbaarheid
        horen er altijd bij.
      </p>
      {framework.isPending && <Loading label="Toetsingskader laden…" />}
      {framework.isError && <QueryError error={framework.error} />}
      {framework.data &&
        (canEdit ? (
          // Not keyed on the data: a save refetches it, and the form (with its "bewaard" notice) stays.
          <FrameworkForm criteria={framework.data.criteria} regionSlug={me?.region.slug ?? ''} />
        ) : (
          <FrameworkTable criteria={framework.data.criteria} />
        ))}
    </>
  );
}

function FrameworkTable({ criteria }: { criteria: FrameworkCriterion[] }) {
  return (
    <div className="wr-table-scroll">
      <table className="utrecht-table wr-table">
        <caption className="utrecht-table__caption">Criteria, gewichten en wanneer welke score past</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            {['Criterium', 'Gewicht', 'Score 1', 'Score 3', 'Score 5'].map((h) => (
              <th key={h} className="utrecht-table__header-cell" scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {criteria.map((c) => (
            <tr key={c.key} className="utrecht-table__row">
              <th className="utrecht-table__header-cell" scope="row">
                {c.label}
              </th>
              <td className="utrecht-table__cell wr-num">{String(c.weight).replace('.', ',')}</td>
              <td className="utrecht-table__cell">{c.guidance[1]}</td>
              <td className="utrecht-table__cell">{c.guidance[3]}</td>
              <td className="utrecht-table__cell">{c.guidance[5]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function FrameworkForm({ criteria, regionSlug }: { criteria: FrameworkCriterion[]; regionSlug: string }) {
  const queryClient = useQueryClient();
  const [drafts, setDrafts] = useState<Draft[]>(() => criteria.map(toDraft));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [removing, setRemoving] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const save = useMutation({
    mutationFn: (body: FrameworkCriterion[]) => reviewApi.saveFramework(regionSlug, body),
    onSuccess: () => {
      setSaved(true);
      void queryClient.invalidateQueries({ queryKey: ['review-framework'] });
      void queryClient.invalidateQueries({ queryKey: ['review'] });
    },
    onError: (error) => {
      if (error instanceof ApiError)
        setErrors(fieldErrors(error, (path) => (path === 'criteria' || path === '' ? 'kader' : path)));
    },
  });
  const idOf = (path: string) => `kader-${path.replace(/\W+/g, '-')}`;
  const update = (index: number, change: (d: Draft) => Draft) => {
    setSaved(false);
    setDrafts((list) => list.map((d, i) => (i === index ? change(d) : d)));
  };

  const submit = () => {
    const found: Record<string, string> = {};
    const body = drafts.map((d, i) => {
      const weight = Number(d.weight.replace(',', '.'));
      if (!Number.isFinite(weight) || weight < 0.5 || weight > 10)
        found[`criteria.${i}.weight`] = 'Het gewicht is een getal van 0,5 tot 10.';
      if (d.label.trim().length < 3) found[`criteria.${i}.label`] = 'Geef het criterium een naam.';
      for (const score of [1, 3, 5] as const)
        if (d.guidance[score].trim().length < 3)
          found[`criteria.${i}.guidance.${score}`] = `Beschrijf wanneer een ${score} past.`;
      return { ...d, label: d.label.trim(), weight };
    });
    // A new criterion gets its key from its name, so the stored framework reads well ("groenEnWater").
    const known = new Set(criteria.map((c) => c.key));
    const taken = body.filter((c) => known.has(c.key)).map((c) => c.key);
    for (const c of body) {
      if (known.has(c.key)) continue;
      c.key = keyFromLabel(c.label, taken);
      taken.push(c.key);
    }
    setErrors(found);
    setSaved(false);
    if (Object.keys(found).length === 0) save.mutate(body);
  };

  const summary = Object.entries(errors).map(([path, message]) => ({ id: idOf(path), message }));
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <ErrorSummary title="Controleer het kader" errors={summary} />
      {errors.kader && (
        <p className="utrecht-form-field-error-message" id={idOf('kader')}>
          {errors.kader}
        </p>
      )}
      {drafts.map((d, i) => {
        const required = REQUIRED_CRITERIA.includes(d.key);
        return (
          <fieldset key={d.key} className="utrecht-form-fieldset wr-framework-criterion">
            <legend className="utrecht-form-fieldset__legend">{d.label || 'Nieuw criterium'}</legend>
            <div className="wr-framework-criterion__head">
              <TextField
                id={idOf(`criteria.${i}.label`)}
                label="Naam"
                value={d.label}
                onChange={(label) => update(i, (x) => ({ ...x, label }))}
                error={errors[`criteria.${i}.label`]}
              />
              <TextField
                id={idOf(`criteria.${i}.weight`)}
                label="Gewicht"
                help="0,5 tot 10"
                inputMode="decimal"
                className="wr-framework-weight"
                value={d.weight}
                onChange={(weight) => update(i, (x) => ({ ...x, weight }))}
                error={errors[`criteria.${i}.weight`]}
              />
            </div>
            {([1, 3, 5] as const).map((score) => (
              <Field
                key={score}
                id={idOf(`criteria.${i}.guidance.${score}`)}
                label={`Wanneer past een ${score}?`}
                error={errors[`criteria.${i}.guidance.${score}`]}
              >
                {(props) => (
                  <textarea
                    {...props}
                    rows={2}
                    className="utrecht-textarea"
                    value={d.guidance[score]}
                    onChange={(event) =>
                      update(i, (x) => ({ ...x, guidance: { ...x.guidance, [score]: event.target.value } }))
                    }
                  />
                )}
              </Field>
            ))}
            {required ? (
              <p className="wr-muted">
                Dit criterium hoort bij de regionale afspraak en blijft in het kader.
              </p>
            ) : removing === d.key ? (
              <div className="utrecht-alert utrecht-alert--warning wr-confirm" role="alert">
                <p>
                  “{d.label}” uit het kader halen? Na het bewaren telt een score op dit criterium niet meer
                  mee in de toetsen.
                </p>
                <div className="utrecht-button-group">
                  <button
                    type="button"
                    className="utrecht-button utrecht-button--primary-action"
                    onClick={() => {
                      setRemoving(null);
                      setSaved(false);
                      setDrafts((list) => list.filter((x) => x.key !== d.key));
                    }}
                  >
                    Ja, weghalen
                  </button>
                  <button
                    type="button"
                    className="utrecht-button utrecht-button--secondary-action"
                    onClick={() => setRemoving(null)}
                  >
                    Nee, laten staan
                  </button>
                </div>
              </div>
            ) : (
              <button
                type="button"
                className="utrecht-button utrecht-button--subtle"
                onClick={() => setRemoving(d.key)}
              >
                Criterium weghalen
              </button>
            )}
          </fieldset>
        );
      })}
      <div className="utrecht-button-group">
        <button
          type="button"
          className="utrecht-button utrecht-button--secondary-action"
          disabled={drafts.length >= 15}
          onClick={() => {
            setSaved(false);
            setDrafts((list) => [
              ...list,
              {
                key: keyFromLabel(
                  `nieuw ${list.length + 1}`,
                  list.map((x) => x.key),
                ),
                label: '',
                weight: '1',
                guidance: { 1: '', 3: '', 5: '' },
              },
            ]);
          }}
        >
          Criterium toevoegen
        </button>
        <button
          type="submit"
          className="utrecht-button utrecht-button--primary-action"
          disabled={save.isPending}
        >
          {save.isPending ? 'Bewaren…' : 'Kader bewaren'}
        </button>
      </div>
      {saved && (
        <p className="utrecht-alert utrecht-alert--ok" role="status">
          Het toetsingskader is bewaard. Nieuwe scores gebruiken het vanaf nu.
        </p>
      )}
      {save.isError && !(save.error instanceof ApiError && save.error.errors.length) && (
        <QueryError error={save.error} />
      )}
    </form>
  );
}

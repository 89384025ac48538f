import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { type DraftCommitment, topicOf } from '../../../core/agreements';
import { ApiError } from '../../api';
import { ErrorSummary, Field, TextField } from '../../components/Field';
import { Loading, QueryError } from '../../components/Status';
import { usePageTitle } from '../../components/usePageTitle';
import { formatNumber, parseNumber } from '../../format';
import { agreementsApi } from './agreements-api';

type Row = DraftCommitment & { include: boolean; targetText: string };
const THIS_YEAR = new Date().getFullYear();

/**
 * /afspraken/regionaal-opstellen: a regional agreement drawn up from what the municipalities' prestatieafspraken
 * share (seed 004: "een keer (goed) afspreken i.p.v. 7 x 7 keer (lokaal) hetzelfde gesprek"). The region edits the
 * draft — which topics, the text, the targets — before saving it.
 */
export function RegionalDraftPage() {
  usePageTitle('Regionale afspraak opstellen');
  const navigate = useNavigate();
  const [year, setYear] = useState(THIS_YEAR);
  const [minShare, setMinShare] = useState(0.5);
  const draft = useQuery({
    queryKey: ['regional-draft', year, minShare],
    queryFn: () => agreementsApi.regionalDraft({ year, minShare }),
  });
  const [title, setTitle] = useState('');
  const [rows, setRows] = useState<Row[]>([]);
  const [errors, setErrors] = useState<{ id: string; message: string }[]>([]);
  useEffect(() => {
    if (!draft.data) return;
    setTitle(draft.data.title);
    setRows(
      draft.data.commitments.map((c) => ({
        ...c,
        include: true,
        targetText: c.target === null ? '' : formatNumber(c.target),
      })),
    );
  }, [draft.data]);
  const save = useMutation({
    mutationFn: () => {
      const party = draft.data?.regionOrganisationId ?? '';
      return agreementsApi.create({
        kind: 'regional',
        year,
        municipalityCode: null,
        title: title.trim(),
        partyIds: [party],
        source: 'Opgesteld uit de gedeelde onderwerpen van de lokale prestatieafspraken.',
        notes: null,
        commitments: rows
          .filter((r) => r.include)
          .map((r) => ({
            partyOrganisationId: party,
            topic: r.topic,
            type: r.type,
            description: r.description.trim(),
            target: r.type === 'process' ? null : parseNumber(r.targetText),
            actual: null,
            unit: r.unit,
            dueDate: `${year}-12-31`,
            status: 'onTrack',
            evidence: null,
            planIds: [],
          })),
      });
    },
    onSuccess: (created) => navigate(`/afspraken/${created.id}`),
    onError: (error) =>
      setErrors(
        error instanceof ApiError && error.errors.length
          ? error.errors.map((e) => ({ id: fieldId(e.path), message: e.message }))
          : [{ id: 'regionaal-titel', message: error instanceof Error ? error.message : String(error) }],
      ),
  });
  const set = (i: number, patch: Partial<Row>) =>
    setRows(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <>
      <p className="wr-breadcrumb">
        <Link to="/afspraken">Afspraken</Link>
      </p>
      <h1 className="utrecht-heading-1">Regionale afspraak opstellen</h1>
      <p className="wr-lead">
        Onderwerpen die in de prestatieafspraken van de meeste gemeenten staan, kun je één keer regionaal
        afspreken. Kies het jaar, bekijk het voorstel, pas het aan en bewaar het.
      </p>
      <form className="wr-filters" aria-label="Uitgangspunten" onSubmit={(e) => e.preventDefault()}>
        <div className="wr-filter">
          <label className="utrecht-form-label" htmlFor="filter-jaar">
            Jaar
          </label>
          <select
            id="filter-jaar"
            className="utrecht-select utrecht-select--html-select"
            value={year}
            onChange={(e) => setYear(Number(e.target.value))}
          >
            {[THIS_YEAR + 1, THIS_YEAR, THIS_YEAR - 1, THIS_YEAR - 2].map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
        <div className="wr-filter">
          <label className="utrecht-form-label" htmlFor="filter-aandeel">
            Neem een onderwerp op als het staat bij
          </label>
          <select
            id="filter-aandeel"
            className="utrecht-select utrecht-select--html-select"
            value={minShare}
            onChange={(e) => setMinShare(Number(e.target.value))}
          >
            <option value={1}>alle gemeenten</option>
            <option value={0.5}>de meeste gemeenten (de helft of meer)</option>
          </select>
        </div>
      </form>
      {draft.isPending && <Loading label="Voorstel maken…" />}
      {draft.isError && <QueryError error={draft.error} />}
      {draft.data && (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            const found = [];
            if (title.trim().length < 5)
              found.push({
                id: 'regionaal-titel',
                message: 'Geef de afspraak een titel van minstens 5 tekens.',
              });
            if (!rows.some((r) => r.include))
              found.push({ id: 'regionaal-0-opnemen', message: 'Neem minstens één onderwerp op.' });
            setErrors(found);
            if (found.length === 0) save.mutate();
          }}
        >
          <ErrorSummary title="De regionale afspraak is nog niet bewaard. Controleer:" errors={errors} />
          {rows.length === 0 ? (
            <p className="wr-empty">
              In {year} delen de gemeenten geen onderwerpen{minShare === 1 ? ' die ze allemaal hebben' : ''}.
              Kies een ander jaar of “de meeste gemeenten”.
            </p>
          ) : (
            <>
              <TextField
                id="regionaal-titel"
                label="Titel"
                value={title}
                onChange={setTitle}
                error={errors.find((e) => e.id === 'regionaal-titel')?.message}
              />
              <ol className="wr-draft-list">
                {rows.map((r, i) => (
                  <li key={r.topic} className="wr-commitment">
                    <label className="wr-check">
                      <input
                        id={`regionaal-${i}-opnemen`}
                        type="checkbox"
                        className="utrecht-checkbox utrecht-checkbox--html-input"
                        checked={r.include}
                        onChange={(e) => set(i, { include: e.target.checked })}
                      />
                      <strong>{topicOf(r.topic).label}</strong>
                      <span className="wr-small wr-muted">
                        (bij {r.municipalities.length}{' '}
                        {r.municipalities.length === 1 ? 'gemeente' : 'gemeenten'})
                      </span>
                    </label>
                    {r.include && (
                      <div className="wr-grid-2">
                        <Field
                          id={`regionaal-${i}-tekst`}
                          label="Tekst van de afspraak"
                          error={errors.find((e) => e.id === `regionaal-${i}-tekst`)?.message}
                        >
                          {(props) => (
                            <textarea
                              {...props}
                              className="utrecht-textarea utrecht-textarea--html-textarea"
                              rows={3}
                              value={r.description}
                              onChange={(e) => set(i, { description: e.target.value })}
                            />
                          )}
                        </Field>
                        {r.type !== 'process' && (
                          <TextField
                            id={`regionaal-${i}-doel`}
                            label={`Regionaal doel (${r.unit || 'aantal'})`}
                            help="Voorstel: de lokale doelen opgeteld."
                            value={r.targetText}
                            onChange={(v) => set(i, { targetText: v })}
                            inputMode="decimal"
                          />
                        )}
                      </div>
                    )}
                  </li>
                ))}
              </ol>
            </>
          )}
          {draft.data.leftOut.length > 0 && (
            <p className="utrecht-paragraph wr-small">
              Niet opgenomen, want bij te weinig gemeenten:{' '}
              {draft.data.leftOut.map((l) => `${l.label} (${l.presentIn})`).join(', ')}.
            </p>
          )}
          {rows.length > 0 && (
            <div className="wr-actions">
              <button
                type="submit"
                className="utrecht-button utrecht-button--primary-action"
                disabled={save.isPending}
              >
                {save.isPending ? 'Bewaren…' : 'Regionale afspraak bewaren'}
              </button>
            </div>
          )}
        </form>
      )}
    </>
  );
}

/** commitments.2.description → the field of row 2. */
function fieldId(path: string): string {
  const match = /^commitments\.(\d+)\.(\w+)/.exec(path);
  if (!match) return 'regionaal-titel';
  return `regionaal-${match[1]}-${match[2] === 'target' ? 'doel' : 'tekst'}`;
}

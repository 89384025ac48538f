import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError, fieldErrors } from '../../api';
import { ErrorSummary, Field, TextField } from '../../components/Field';
import { type Agreement, agreementsApi } from './agreements-api';
import { PartyPicker } from './PartyPicker';

const IDS: Record<string, string> = {
  title: 'wijzig-titel',
  year: 'wijzig-jaar',
  partyIds: 'wijzig-partijen',
  source: 'wijzig-bron',
  notes: 'wijzig-toelichting',
};

/** Changes an agreement's title, year, parties, source and notes (kind and municipality stay). */
export function AgreementEditForm({
  agreement,
  onSaved,
  onCancel,
}: {
  agreement: Agreement;
  onSaved: (next: Agreement) => void;
  onCancel: () => void;
}) {
  const [title, setTitle] = useState(agreement.title);
  const [year, setYear] = useState(String(agreement.year));
  const [partyIds, setPartyIds] = useState(agreement.parties.map((p) => p.organisationId));
  const [source, setSource] = useState(agreement.source ?? '');
  const [notes, setNotes] = useState(agreement.notes ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const save = useMutation({
    mutationFn: () =>
      agreementsApi.update(agreement.id, {
        title: title.trim(),
        year: Number(year),
        partyIds,
        source: source.trim() || null,
        notes: notes.trim() || null,
      }),
    onSuccess: onSaved,
    onError: (error) =>
      setErrors(
        error instanceof ApiError && error.errors.length
          ? fieldErrors(error, (path) => path.split('.')[0] ?? 'title')
          : { title: error instanceof Error ? error.message : String(error) },
      ),
  });
  return (
    <form
      className="wr-commitment-form wr-narrow"
      aria-label="Afspraak wijzigen"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const found: Record<string, string> = {};
        if (title.trim().length < 5) found.title = 'Geef de afspraak een titel van minstens 5 tekens.';
        if (!/^\d{4}$/.test(year)) found.year = 'Vul een jaar in, bijvoorbeeld 2026.';
        if (partyIds.length === 0) found.partyIds = 'Kies minstens één partij.';
        setErrors(found);
        if (Object.keys(found).length === 0) save.mutate();
      }}
    >
      <ErrorSummary
        title="De afspraak is nog niet bewaard. Controleer:"
        errors={Object.entries(errors).map(([f, message]) => ({ id: IDS[f] ?? 'wijzig-titel', message }))}
      />
      <TextField id="wijzig-titel" label="Titel" value={title} onChange={setTitle} error={errors.title} />
      <TextField
        id="wijzig-jaar"
        label="Jaar"
        value={year}
        onChange={setYear}
        inputMode="numeric"
        error={errors.year}
      />
      <PartyPicker id="wijzig-partijen" value={partyIds} onChange={setPartyIds} error={errors.partyIds} />
      <TextField
        id="wijzig-bron"
        label="Bron (niet verplicht)"
        value={source}
        onChange={setSource}
        error={errors.source}
      />
      <Field id="wijzig-toelichting" label="Toelichting (niet verplicht)" error={errors.notes}>
        {(props) => (
          <textarea
            {...props}
            className="utrecht-textarea utrecht-textarea--html-textarea"
            rows={3}
            value={notes}
            onChange={(e) => setNotes(e.target.value)}
          />
        )}
      </Field>
      <div className="wr-actions">
        <button
          type="submit"
          className="utrecht-button utrecht-button--primary-action"
          disabled={save.isPending}
        >
          {save.isPending ? 'Bewaren…' : 'Afspraak bewaren'}
        </button>
        <button type="button" className="utrecht-button utrecht-button--subtle" onClick={onCancel}>
          Annuleren
        </button>
      </div>
    </form>
  );
}

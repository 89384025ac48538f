import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { SEGMENT_LABELS } from '../../../core/programme';
import { ApiError, api, type Municipality } from '../../api';
import { ErrorSummary, SelectField, TextField } from '../../components/Field';
import { parseNumber } from '../../format';

/** Enters the realised homes of one municipality, year and segment (an entry for the same three replaces it). */
export function RealisationForm({ slug, municipalities }: { slug: string; municipalities: Municipality[] }) {
  const queryClient = useQueryClient();
  const [form, setForm] = useState({
    municipalityCode: '',
    year: String(new Date().getFullYear() - 1),
    segment: 'socialRent',
    homes: '',
    source: '',
  });
  const set = (key: keyof typeof form) => (value: string) => setForm((f) => ({ ...f, [key]: value }));
  const save = useMutation({
    mutationFn: () =>
      api.putRealisation(slug, {
        municipalityCode: form.municipalityCode,
        year: parseNumber(form.year),
        segment: form.segment,
        homes: parseNumber(form.homes),
        source: form.source.trim() || null,
      }),
    onSuccess: () => queryClient.invalidateQueries(),
  });
  const errors = save.error instanceof ApiError ? save.error.errors : [];
  const errorOf = (path: string) => errors.find((e) => e.path === path)?.message;
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate();
      }}
      noValidate
    >
      <ErrorSummary
        title="De realisatie is nog niet opgeslagen"
        errors={errors.map((e) => ({ id: `realisatie-${e.path}`, message: e.message }))}
      />
      <div className="wr-inline-form">
        <SelectField
          id="realisatie-municipalityCode"
          label="Gemeente"
          value={form.municipalityCode}
          onChange={set('municipalityCode')}
          placeholder="Kies een gemeente"
          options={municipalities.map((m) => [m.code, m.name] as const)}
          error={errorOf('municipalityCode')}
        />
        <TextField
          id="realisatie-year"
          label="Jaar"
          inputMode="numeric"
          value={form.year}
          onChange={set('year')}
          error={errorOf('year')}
        />
        <SelectField
          id="realisatie-segment"
          label="Segment"
          value={form.segment}
          onChange={set('segment')}
          options={Object.entries(SEGMENT_LABELS)}
          error={errorOf('segment')}
        />
        <TextField
          id="realisatie-homes"
          label="Opgeleverde woningen"
          inputMode="numeric"
          value={form.homes}
          onChange={set('homes')}
          error={errorOf('homes')}
        />
        <TextField
          id="realisatie-source"
          label="Bron (optioneel)"
          value={form.source}
          onChange={set('source')}
          error={errorOf('source')}
        />
        <div className="wr-actions">
          <button
            type="submit"
            className="utrecht-button utrecht-button--primary-action"
            disabled={save.isPending}
          >
            {save.isPending ? 'Opslaan…' : 'Realisatie opslaan'}
          </button>
          <span role="status" className="wr-small">
            {save.isSuccess ? 'Opgeslagen.' : ''}
            {save.isError && errors.length === 0 ? save.error.message : ''}
          </span>
        </div>
      </div>
    </form>
  );
}

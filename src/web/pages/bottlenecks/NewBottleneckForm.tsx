import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError, api, type Municipality } from '../../api';
import { ErrorSummary, Field, SelectField, TextField } from '../../components/Field';

/** Records a bottleneck by hand; errors next to the fields, nothing typed is lost. */
export function NewBottleneckForm({ municipalities }: { municipalities: Municipality[] }) {
  const queryClient = useQueryClient();
  const [title, setTitle] = useState('');
  const [detail, setDetail] = useState('');
  const [municipalityCode, setMunicipalityCode] = useState('');
  const create = useMutation({
    mutationFn: () => api.createBottleneck({ title, detail, municipalityCode: municipalityCode || null }),
    onSuccess: () => {
      setTitle('');
      setDetail('');
      setMunicipalityCode('');
      return queryClient.invalidateQueries({ queryKey: ['bottlenecks'] });
    },
  });
  const errors = create.error instanceof ApiError ? create.error.errors : [];
  const errorOf = (path: string) => errors.find((e) => e.path === path)?.message;
  return (
    <section className="wr-section" aria-labelledby="nieuw-knelpunt">
      <h2 className="utrecht-heading-2" id="nieuw-knelpunt">
        Knelpunt vastleggen
      </h2>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          create.mutate();
        }}
        noValidate
      >
        <ErrorSummary
          title="Het knelpunt is nog niet vastgelegd"
          errors={errors.map((e) => ({ id: `knelpunt-${e.path}`, message: e.message }))}
        />
        <TextField
          id="knelpunt-title"
          label="Titel"
          value={title}
          onChange={setTitle}
          error={errorOf('title')}
        />
        <Field id="knelpunt-detail" label="Toelichting" error={errorOf('detail')}>
          {(props) => (
            <textarea
              {...props}
              className="utrecht-textarea"
              rows={3}
              value={detail}
              onChange={(event) => setDetail(event.target.value)}
            />
          )}
        </Field>
        <SelectField
          id="knelpunt-municipalityCode"
          label="Gemeente"
          value={municipalityCode}
          onChange={setMunicipalityCode}
          placeholder="De hele regio"
          options={municipalities.map((m) => [m.code, m.name] as const)}
          error={errorOf('municipalityCode')}
        />
        <div className="wr-actions">
          <button
            type="submit"
            className="utrecht-button utrecht-button--primary-action"
            disabled={create.isPending}
          >
            {create.isPending ? 'Vastleggen…' : 'Knelpunt vastleggen'}
          </button>
          <span role="status" className="wr-small">
            {create.isSuccess ? 'Vastgelegd.' : ''}
            {create.isError && errors.length === 0 ? create.error.message : ''}
          </span>
        </div>
      </form>
    </section>
  );
}

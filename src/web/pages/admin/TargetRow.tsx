import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError, api, type Target } from '../../api';
import { formatNumber, parseNumber } from '../../format';

/** One municipality's target, editable in place by the region's admin. */
export function TargetRow({
  slug,
  code,
  name,
  target,
}: {
  slug: string;
  code: string;
  name: string;
  target: Target | undefined;
}) {
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [homes, setHomes] = useState(String(target?.homes ?? ''));
  const [social, setSocial] = useState(String(target?.bySegment.socialRent ?? ''));
  const [source, setSource] = useState(target?.source ?? '');
  const save = useMutation({
    mutationFn: () =>
      api.putTarget(slug, code, {
        periodStart: target?.periodStart ?? 2022,
        periodEnd: target?.periodEnd ?? 2030,
        homes: parseNumber(homes),
        bySegment: social.trim() ? { socialRent: parseNumber(social) } : {},
        source: source.trim() || null,
        demo: false,
      }),
    onSuccess: () => {
      setEditing(false);
      return queryClient.invalidateQueries({ queryKey: ['targets'] });
    },
  });
  const errors = save.error instanceof ApiError ? save.error.errors : [];
  const errorOf = (path: string) =>
    errors.find((e) => e.path === path || e.path.startsWith(`${path}.`))?.message;
  if (!editing) {
    return (
      <tr className="utrecht-table__row">
        <th className="utrecht-table__header-cell" scope="row">
          {name}
        </th>
        <td className="utrecht-table__cell wr-num">{formatNumber(target?.homes)}</td>
        <td className="utrecht-table__cell wr-num">{formatNumber(target?.bySegment.socialRent)}</td>
        <td className="utrecht-table__cell">{target ? `${target.periodStart}–${target.periodEnd}` : '–'}</td>
        <td className="utrecht-table__cell">
          {target?.demo ? <span className="wr-badge wr-badge--small wr-badge--risk">demo</span> : null}{' '}
          {target?.source ?? ''}
        </td>
        <td className="utrecht-table__cell">
          <button
            type="button"
            className="utrecht-button utrecht-button--subtle"
            onClick={() => setEditing(true)}
          >
            Wijzigen<span className="wr-visually-hidden"> doel {name}</span>
          </button>
        </td>
      </tr>
    );
  }
  const input = (id: string, label: string, value: string, set: (v: string) => void, error?: string) => (
    <>
      <label className="wr-visually-hidden" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        className="utrecht-textbox utrecht-textbox--html-input wr-input-number"
        inputMode="numeric"
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-fout` : undefined}
        onChange={(event) => set(event.target.value)}
      />
      {error && (
        <p className="utrecht-form-field-error-message" id={`${id}-fout`}>
          {error}
        </p>
      )}
    </>
  );
  return (
    <tr className="utrecht-table__row">
      <th className="utrecht-table__header-cell" scope="row">
        {name}
      </th>
      <td className="utrecht-table__cell">
        {input(`doel-${code}`, `Doel ${name}`, homes, setHomes, errorOf('homes'))}
      </td>
      <td className="utrecht-table__cell">
        {input(`sociaal-${code}`, `Sociale huur ${name}`, social, setSocial, errorOf('bySegment'))}
      </td>
      <td className="utrecht-table__cell">
        {target ? `${target.periodStart}–${target.periodEnd}` : '2022–2030'}
      </td>
      <td className="utrecht-table__cell">
        <label className="wr-visually-hidden" htmlFor={`bron-${code}`}>
          Bron {name}
        </label>
        <input
          id={`bron-${code}`}
          className="utrecht-textbox utrecht-textbox--html-input"
          value={source}
          onChange={(event) => setSource(event.target.value)}
        />
      </td>
      <td className="utrecht-table__cell">
        <div className="wr-actions">
          <button
            type="button"
            className="utrecht-button utrecht-button--primary-action"
            onClick={() => save.mutate()}
            disabled={save.isPending}
          >
            Opslaan
          </button>
          <button
            type="button"
            className="utrecht-button utrecht-button--subtle"
            onClick={() => setEditing(false)}
          >
            Annuleren
          </button>
        </div>
        {save.isError && errors.length === 0 && (
          <p className="utrecht-form-field-error-message" role="alert">
            {save.error.message}
          </p>
        )}
      </td>
    </tr>
  );
}

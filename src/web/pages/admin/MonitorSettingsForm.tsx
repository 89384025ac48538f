import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError, api } from '../../api';
import { TextField } from '../../components/Field';
import { parseDecimal, parseNumber } from '../../format';

/** The reserve margin (with its rationale and source) and the months after which a plan counts as stale. */
export function MonitorSettingsForm({
  slug,
  settings,
}: {
  slug: string;
  settings: {
    reserveMargin: number;
    staleAfterMonths: number;
    rationale: { text: string; sources: string[] };
  };
}) {
  const queryClient = useQueryClient();
  const [margin, setMargin] = useState(String(Math.round(settings.reserveMargin * 100)));
  const [months, setMonths] = useState(String(settings.staleAfterMonths));
  const save = useMutation({
    mutationFn: () =>
      api.putMonitorSettings(slug, {
        reserveMargin: (parseDecimal(margin) ?? Number.NaN) / 100,
        staleAfterMonths: parseNumber(months),
      }),
    onSuccess: () => queryClient.invalidateQueries(),
  });
  const errorOf = (path: string) =>
    save.error instanceof ApiError ? save.error.errors.find((e) => e.path === path)?.message : undefined;
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate();
      }}
      noValidate
    >
      <TextField
        id="reserve-margin"
        label="Reservemarge plancapaciteit (%)"
        inputMode="decimal"
        className="wr-input-number"
        value={margin}
        onChange={setMargin}
        error={errorOf('reserveMargin')}
        help={
          <>
            {settings.rationale.text} Bron: {settings.rationale.sources.join('; ')}.
          </>
        }
      />
      <TextField
        id="stale-months"
        label="Bezet planruimte na (maanden zonder wijziging)"
        inputMode="numeric"
        className="wr-input-number"
        value={months}
        onChange={setMonths}
        error={errorOf('staleAfterMonths')}
        help="Een plan dat zo lang niet is bijgewerkt, of waarvan de mijlpaal verstreken is zonder voortgang, telt als bezette planruimte."
      />
      <div className="wr-actions">
        <button
          type="submit"
          className="utrecht-button utrecht-button--primary-action"
          disabled={save.isPending}
        >
          {save.isPending ? 'Opslaan…' : 'Instellingen opslaan'}
        </button>
        <span role="status" className="wr-small">
          {save.isSuccess ? 'Opgeslagen.' : ''}
          {save.isError && !errorOf('reserveMargin') && !errorOf('staleAfterMonths')
            ? save.error.message
            : ''}
        </span>
      </div>
    </form>
  );
}

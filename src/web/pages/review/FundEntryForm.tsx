import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError, fieldErrors } from '../../api';
import { ErrorSummary, SelectField, TextField } from '../../components/Field';
import { formatDate, parseNumber } from '../../format';
import { type Fund, fundApi } from './fund-api';
import { formatLedgerEuro } from './fund-format';

const KINDS: [string, string][] = [
  ['payment', 'Afdracht (ontvangen)'],
  ['contribution', 'Bijdrage uit het fonds'],
  ['correction', 'Correctie van een boeking'],
];
/** The form's fields by the API's paths, for errors from the server. */
const FIELD_OF: Record<string, string> = {
  kind: 'kind',
  amountEur: 'amount',
  homes: 'homes',
  correctsId: 'corrects',
  bookedOn: 'bookedOn',
  description: 'description',
};
const todayInAmsterdam = () =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' }).format(new Date());
type Body = Parameters<typeof fundApi.book>[1];

/**
 * A new entry: a payment in, a contribution out (for a number of homes, within the cap per home) or a correction
 * of an earlier entry. Checked here first, confirmed, then checked again by the server against the balance.
 */
export function FundEntryForm({ fund }: { fund: Fund }) {
  const queryClient = useQueryClient();
  const [kind, setKind] = useState('payment');
  const [amount, setAmount] = useState('');
  const [homes, setHomes] = useState('');
  const [corrects, setCorrects] = useState('');
  const [description, setDescription] = useState('');
  const [bookedOn, setBookedOn] = useState(todayInAmsterdam);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [confirming, setConfirming] = useState<Body | null>(null);
  const numberOf = new Map(fund.entries.map((e, i) => [e.id, fund.entries.length - i]));
  const book = useMutation({
    mutationFn: (body: Body) => fundApi.book(fund.municipalityCode, body),
    onSuccess: (next) => {
      queryClient.setQueryData(['fund', fund.municipalityCode], next);
      setConfirming(null);
      setAmount('');
      setHomes('');
      setDescription('');
      setCorrects('');
    },
    onError: (error) => {
      setConfirming(null);
      if (error instanceof ApiError && error.errors.length) {
        setErrors(fieldErrors(error, (path) => FIELD_OF[path] ?? 'amount'));
      } else setErrors({ amount: error instanceof Error ? error.message : String(error) });
    },
  });

  const build = (): Body | null => {
    const found: Record<string, string> = {};
    const negative = amount.trim().startsWith('-');
    const value = parseNumber(amount.trim().replace(/^-\s*/, ''));
    if (value === null || !Number.isFinite(value) || value <= 0)
      found.amount = 'Vul een bedrag in, bijvoorbeeld 25.000 of 1.250,50.';
    if (kind === 'contribution' && !(Number.isInteger(Number(homes)) && Number(homes) >= 1))
      found.homes = 'Noem het aantal woningen waaraan het fonds bijdraagt.';
    if (kind === 'correction' && !corrects) found.corrects = 'Kies de boeking die je corrigeert.';
    if (!bookedOn) found.bookedOn = 'Vul de datum van de boeking in.';
    if (description.trim().length < 5) found.description = 'Omschrijf de boeking (minstens 5 tekens).';
    setErrors(found);
    if (Object.keys(found).length || value === null) return null;
    // A contribution goes out of the fund; a correction is entered with its sign (negative lowers the balance).
    const signed = kind === 'contribution' || (kind === 'correction' && negative) ? -value : value;
    return {
      kind,
      amountEur: signed,
      homes: kind === 'contribution' ? Number(homes) : null,
      correctsId: kind === 'correction' ? corrects : null,
      bookedOn,
      description: description.trim(),
    };
  };

  const ids: Record<string, string> = {
    amount: 'boeking-bedrag',
    homes: 'boeking-woningen',
    corrects: 'boeking-corrigeert',
    bookedOn: 'boeking-datum',
    description: 'boeking-omschrijving',
    kind: 'boeking-soort',
  };
  const summary = Object.entries(errors).map(([field, message]) => ({ id: ids[field] ?? field, message }));
  return (
    <section className="wr-section" aria-labelledby="boeken">
      <h2 className="utrecht-heading-2" id="boeken">
        Boeken
      </h2>
      <form
        className="wr-fund-form wr-fund-form--entry"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setConfirming(build());
        }}
      >
        <ErrorSummary title="De boeking is nog niet gedaan. Controleer:" errors={summary} />
        <SelectField
          id={ids.kind as string}
          label="Soort"
          value={kind}
          onChange={(next) => {
            setKind(next);
            setConfirming(null);
          }}
          options={KINDS}
        />
        <TextField
          id={ids.amount as string}
          label={kind === 'correction' ? 'Bedrag (€, negatief verlaagt het saldo)' : 'Bedrag (€)'}
          help={
            kind === 'contribution' && fund.capPerHomeEur != null
              ? `Hoogstens ${formatLedgerEuro(fund.capPerHomeEur)} per woning, en niet meer dan het saldo.`
              : undefined
          }
          value={amount}
          onChange={setAmount}
          inputMode="decimal"
          error={errors.amount}
        />
        {kind === 'contribution' && (
          <TextField
            id={ids.homes as string}
            label="Aantal woningen"
            value={homes}
            onChange={setHomes}
            inputMode="numeric"
            error={errors.homes}
          />
        )}
        {kind === 'correction' && (
          <SelectField
            id={ids.corrects as string}
            label="Corrigeert boeking"
            value={corrects}
            placeholder="Kies de boeking"
            onChange={setCorrects}
            options={fund.entries.map(
              (e) =>
                [
                  e.id,
                  `Nr. ${numberOf.get(e.id)} · ${formatDate(e.bookedOn)} · ${e.description} (${formatLedgerEuro(e.amountEur)})`,
                ] as const,
            )}
            error={errors.corrects}
          />
        )}
        <TextField
          id={ids.bookedOn as string}
          label="Datum"
          type="date"
          value={bookedOn}
          onChange={setBookedOn}
          error={errors.bookedOn}
        />
        <div className="wr-field--wide">
          <TextField
            id={ids.description as string}
            label="Omschrijving"
            value={description}
            onChange={setDescription}
            error={errors.description}
          />
        </div>
        {confirming ? (
          <div className="wr-fund-confirm wr-actions">
            <span role="status">
              {KINDS.find(([k]) => k === confirming.kind)?.[1]} van {formatLedgerEuro(confirming.amountEur)}
              {confirming.homes ? ` voor ${confirming.homes} woningen` : ''}. Een boeking kan daarna niet meer
              worden gewijzigd, alleen gecorrigeerd. Boeken?
            </span>
            <button
              type="button"
              className="utrecht-button utrecht-button--primary-action"
              // The button that asked replaced by the one that confirms: keyboard focus moves along.
              // biome-ignore lint/a11y/noAutofocus: focus follows the user's own action
              autoFocus
              disabled={book.isPending}
              onClick={() => book.mutate(confirming)}
            >
              {book.isPending ? 'Boeken…' : 'Ja, boeken'}
            </button>
            <button
              type="button"
              className="utrecht-button utrecht-button--subtle"
              onClick={() => setConfirming(null)}
            >
              Annuleren
            </button>
          </div>
        ) : (
          <div className="wr-actions">
            <button type="submit" className="utrecht-button utrecht-button--secondary-action">
              Boeking toevoegen
            </button>
          </div>
        )}
      </form>
    </section>
  );
}

import './review.css';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../api';
import { SelectField, TextField } from '../../components/Field';
import { Loading, QueryError } from '../../components/Status';
import { usePageTitle } from '../../components/usePageTitle';
import { formatDate, formatEuro, parseNumber } from '../../format';
import { type Fund, fundApi } from './fund-api';

const KINDS: [string, string][] = [
  ['payment', 'Afdracht (ontvangen)'],
  ['contribution', 'Bijdrage uit het fonds'],
  ['correction', 'Correctie van een boeking'],
];

/**
 * /instrumenten/fonds/:code: the compensation fund of a municipality as a ledger — payments in, contributions
 * out, corrections — with its balance (the sum of the entries). Entries are never changed: a mistake is corrected
 * with a new entry. The municipality books; everyone in the region reads.
 */
export function FundPage() {
  const { code = '' } = useParams();
  const fund = useQuery({ queryKey: ['fund', code], queryFn: () => fundApi.fund(code) });
  usePageTitle(fund.data ? `Fonds ${fund.data.municipalityName}` : 'Fonds');
  return (
    <>
      <p className="wr-breadcrumb">
        <Link to="/instrumenten">Instrumenten</Link>
      </p>
      <h1 className="utrecht-heading-1">
        Vereveningsfonds{fund.data ? ` ${fund.data.municipalityName}` : ''}
      </h1>
      {fund.isPending && <Loading label="Fonds laden…" />}
      {fund.isError && <QueryError error={fund.error} />}
      {fund.data && (
        <>
          <p className="wr-norms__total">
            Saldo <span data-testid="fonds-saldo">{formatEuro(fund.data.balanceEur)}</span>
          </p>
          <p className="wr-small">
            Het saldo is de som van alle boekingen hieronder. Boekingen worden nooit gewijzigd; een fout wordt
            met een correctie hersteld.
            {fund.data.capPerHomeEur != null &&
              ` Het fonds draagt hoogstens ${formatEuro(fund.data.capPerHomeEur)} per woning bij.`}
          </p>
          <Ledger fund={fund.data} />
          {fund.data.canBook && <BookForm fund={fund.data} />}
        </>
      )}
    </>
  );
}

function Ledger({ fund }: { fund: Fund }) {
  if (fund.entries.length === 0) return <p className="wr-empty">Nog geen boekingen.</p>;
  const numberOf = new Map(fund.entries.map((e, i) => [e.id, fund.entries.length - i]));
  return (
    <div className="wr-table-scroll">
      <table className="utrecht-table wr-table">
        <caption className="utrecht-table__caption">Boekingen, nieuwste eerst</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            {['Nr.', 'Datum', 'Soort', 'Omschrijving', 'Plan', 'Woningen', 'Bedrag'].map((h) => (
              <th
                key={h}
                className={`utrecht-table__header-cell${h === 'Bedrag' || h === 'Woningen' ? ' wr-num' : ''}`}
                scope="col"
              >
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {fund.entries.map((entry) => (
            <tr className="utrecht-table__row" key={entry.id}>
              <td className="utrecht-table__cell">{numberOf.get(entry.id)}</td>
              <td className="utrecht-table__cell wr-nowrap">{formatDate(entry.bookedOn)}</td>
              <td className="utrecht-table__cell">
                {entry.kindLabel}
                {entry.correctsId && ` van nr. ${numberOf.get(entry.correctsId) ?? '?'}`}
              </td>
              <td className="utrecht-table__cell">{entry.description}</td>
              <td className="utrecht-table__cell">
                {entry.plan ? <Link to={`/plannen/${entry.plan.id}`}>{entry.plan.name}</Link> : '–'}
              </td>
              <td className="utrecht-table__cell wr-num">{entry.homes ?? '–'}</td>
              <td className="utrecht-table__cell wr-num">{formatEuro(entry.amountEur)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function BookForm({ fund }: { fund: Fund }) {
  const queryClient = useQueryClient();
  const [kind, setKind] = useState('payment');
  const [amount, setAmount] = useState('');
  const [homes, setHomes] = useState('');
  const [corrects, setCorrects] = useState('');
  const [description, setDescription] = useState('');
  const [bookedOn, setBookedOn] = useState(() => new Date().toISOString().slice(0, 10));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [confirming, setConfirming] = useState(false);
  const book = useMutation({
    mutationFn: (body: Parameters<typeof fundApi.book>[1]) => fundApi.book(fund.municipalityCode, body),
    onSuccess: (next) => {
      queryClient.setQueryData(['fund', fund.municipalityCode], next);
      setConfirming(false);
      setAmount('');
      setHomes('');
      setDescription('');
      setCorrects('');
    },
    onError: (error) => {
      setConfirming(false);
      if (error instanceof ApiError) setErrors({ amount: error.message });
    },
  });
  const build = () => {
    const found: Record<string, string> = {};
    const negative = amount.trim().startsWith('-');
    const value = parseNumber(amount.trim().replace(/^-\s*/, ''));
    if (value === null || !Number.isFinite(value) || value <= 0)
      found.amount = 'Vul een bedrag in, bijvoorbeeld 25.000.';
    if (kind === 'contribution' && !(Number(homes) >= 1))
      found.homes = 'Noem het aantal woningen waaraan het fonds bijdraagt.';
    if (kind === 'correction' && !corrects) found.corrects = 'Kies de boeking die je corrigeert.';
    if (description.trim().length < 5) found.description = 'Omschrijf de boeking (minstens 5 tekens).';
    setErrors(found);
    if (Object.keys(found).length || value === null) return null;
    // Contributions go out of the fund; a correction is entered with its sign (negative lowers the balance).
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
  return (
    <section className="wr-section" aria-labelledby="boeken">
      <h2 className="utrecht-heading-2" id="boeken">
        Boeken
      </h2>
      <form
        className="wr-inline-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (build()) setConfirming(true);
        }}
      >
        <SelectField id="boeking-soort" label="Soort" value={kind} onChange={setKind} options={KINDS} />
        <TextField
          id="boeking-bedrag"
          label={kind === 'correction' ? 'Bedrag (€, negatief verlaagt het saldo)' : 'Bedrag (€)'}
          value={amount}
          onChange={setAmount}
          inputMode="decimal"
          error={errors.amount}
        />
        {kind === 'contribution' && (
          <TextField
            id="boeking-woningen"
            label="Aantal woningen"
            value={homes}
            onChange={setHomes}
            inputMode="numeric"
            error={errors.homes}
          />
        )}
        {kind === 'correction' && (
          <SelectField
            id="boeking-corrigeert"
            label="Corrigeert boeking"
            value={corrects}
            placeholder="Kies de boeking"
            onChange={setCorrects}
            options={fund.entries.map(
              (e) =>
                [e.id, `${formatDate(e.bookedOn)} · ${e.description} (${formatEuro(e.amountEur)})`] as const,
            )}
            error={errors.corrects}
          />
        )}
        <TextField id="boeking-datum" label="Datum" type="date" value={bookedOn} onChange={setBookedOn} />
        <TextField
          id="boeking-omschrijving"
          label="Omschrijving"
          value={description}
          onChange={setDescription}
          error={errors.description}
        />
        {confirming ? (
          <div className="wr-confirm wr-actions">
            <span>Deze boeking kan daarna niet meer worden gewijzigd, alleen gecorrigeerd. Boeken?</span>
            <button
              type="button"
              className="utrecht-button utrecht-button--primary-action"
              disabled={book.isPending}
              onClick={() => {
                const body = build();
                if (body) book.mutate(body);
              }}
            >
              {book.isPending ? 'Boeken…' : 'Ja, boeken'}
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
            <button type="submit" className="utrecht-button utrecht-button--secondary-action">
              Boeking toevoegen
            </button>
          </div>
        )}
      </form>
    </section>
  );
}

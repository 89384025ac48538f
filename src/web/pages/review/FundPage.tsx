import './fund.css';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { Loading, QueryError } from '../../components/Status';
import { usePageTitle } from '../../components/usePageTitle';
import { formatDate, formatDateTime } from '../../format';
import { FundEntryForm } from './FundEntryForm';
import { type Fund, fundApi } from './fund-api';
import { formatLedgerEuro } from './fund-format';

/**
 * /instrumenten/fonds/:code: the compensation fund of a municipality as a ledger — payments in, contributions
 * out, corrections — with its balance (the sum of the entries). Entries are never changed: a mistake is corrected
 * with a new entry. The municipality books; everyone in the region reads (it is public money).
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
          <Summary fund={fund.data} />
          <Ledger fund={fund.data} />
          {fund.data.canBook && <FundEntryForm fund={fund.data} />}
        </>
      )}
    </>
  );
}

function Summary({ fund }: { fund: Fund }) {
  const total = (kind: Fund['entries'][number]['kind']) =>
    fund.entries
      .filter((e) => e.kind === kind)
      .reduce((cents, e) => cents + Math.round(e.amountEur * 100), 0) / 100;
  return (
    <section className="wr-section" aria-labelledby="saldo">
      <h2 className="utrecht-heading-2" id="saldo">
        Saldo
      </h2>
      <p
        className={`wr-fund-balance${fund.balanceEur < 0 ? ' wr-fund-negative' : ''}`}
        data-testid="fonds-saldo"
      >
        {formatLedgerEuro(fund.balanceEur)}
      </p>
      <p className="utrecht-paragraph">
        Ontvangen {formatLedgerEuro(total('payment'))}, uitgegeven{' '}
        {formatLedgerEuro(Math.abs(total('contribution')))}, correcties{' '}
        {formatLedgerEuro(total('correction'))}. Het saldo is de som van alle boekingen hieronder. Boekingen
        worden nooit gewijzigd of verwijderd; een fout herstel je met een correctie.
      </p>
      <p className="utrecht-paragraph">
        {fund.capPerHomeEur != null
          ? `Het fonds draagt hoogstens ${formatLedgerEuro(fund.capPerHomeEur)} per woning bij aan betaalbare woningen elders.`
          : 'De regeling noemt geen maximale bijdrage per woning.'}
      </p>
    </section>
  );
}

function Ledger({ fund }: { fund: Fund }) {
  if (fund.entries.length === 0) {
    return (
      <p className="wr-empty">
        Nog geen boekingen. Een afdracht verschijnt hier zodra de gemeente een compensatieverzoek toekent.
      </p>
    );
  }
  const numberOf = new Map(fund.entries.map((e, i) => [e.id, fund.entries.length - i]));
  const headers = ['Nr.', 'Datum', 'Soort', 'Omschrijving', 'Plan', 'Woningen', 'Bedrag', 'Geboekt door'];
  return (
    <div className="wr-table-scroll">
      <table className="utrecht-table wr-table">
        <caption className="utrecht-table__caption">Boekingen, nieuwste eerst</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            {headers.map((h) => (
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
              <td className="utrecht-table__cell wr-num wr-nowrap" data-testid="fonds-bedrag">
                {formatLedgerEuro(entry.amountEur)}
              </td>
              <td className="utrecht-table__cell wr-small">
                {entry.by ?? 'onbekend'}, {formatDateTime(entry.createdAt)}
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="utrecht-table__row">
            <th className="utrecht-table__header-cell" scope="row" colSpan={6}>
              Saldo (som van de boekingen)
            </th>
            <td className="utrecht-table__cell wr-num wr-nowrap">
              <strong>{formatLedgerEuro(fund.balanceEur)}</strong>
            </td>
            <td className="utrecht-table__cell" />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

import { Link } from 'react-router';
import { formatDate, formatNumber } from '../../format';
import type { WhatIfOutcome } from './what-if-api';

const weeks = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1, signDisplay: 'exceptZero' });

/** The outcome: one sentence, then per plan the end date now and with the changes, and why. */
export function WhatIfResult({ outcome }: { outcome: WhatIfOutcome }) {
  return (
    <>
      <p className="utrecht-paragraph wr-whatif-sentence" role="status">
        <strong>{outcome.summary.sentence}</strong>
      </p>
      <p className="wr-small wr-muted">
        Doorgerekend: {outcome.changes.map((change) => change.label).join('; ')}. Niets is opgeslagen.
      </p>
      {outcome.lines.length > 0 && (
        <div className="wr-table-scroll">
          <table className="utrecht-table wr-table wr-whatif-table">
            <caption className="utrecht-table__caption wr-visually-hidden">
              Einddatum per plan nu en met de wijzigingen
            </caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th className="utrecht-table__header-cell" scope="col">
                  Plan
                </th>
                <th className="utrecht-table__header-cell wr-num" scope="col">
                  Woningen
                </th>
                <th className="utrecht-table__header-cell" scope="col">
                  Klaar nu
                </th>
                <th className="utrecht-table__header-cell" scope="col">
                  Klaar met wijziging
                </th>
                <th className="utrecht-table__header-cell wr-num" scope="col">
                  Verschil (weken)
                </th>
                <th className="utrecht-table__header-cell" scope="col">
                  Toelichting
                </th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {outcome.lines.map((line) => (
                <tr
                  key={line.planId}
                  className={`utrecht-table__row${line.deltaWeeks > 0 ? ' wr-whatif-later' : ''}`}
                >
                  <th className="utrecht-table__header-cell" scope="row">
                    <Link to={`/plannen/${line.planId}/planning`}>{line.planName}</Link>
                  </th>
                  <td className="utrecht-table__cell wr-num">{formatNumber(line.homes)}</td>
                  <td className="utrecht-table__cell">{formatDate(line.before.end)}</td>
                  <td className="utrecht-table__cell">
                    {line.after ? formatDate(line.after.end) : 'kan niet worden berekend'}
                    {line.after && line.deliveryYear.after !== line.deliveryYear.before && (
                      <span className="wr-whatif-year"> (oplevering {line.deliveryYear.after})</span>
                    )}
                  </td>
                  <td className="utrecht-table__cell wr-num">
                    {line.deltaWeeks === 0 ? '0' : weeks.format(line.deltaWeeks)}
                    {line.deltaWeeks > 0 && <span className="wr-visually-hidden"> (later)</span>}
                  </td>
                  <td className="utrecht-table__cell wr-small">
                    {[...line.applied, ...line.skipped, ...(line.error ? [line.error] : [])].join(' ')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

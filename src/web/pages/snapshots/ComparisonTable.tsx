import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { formatNumber } from '../../format';

interface Row {
  id: string;
  name: string;
  municipalityCode: string;
  homes: number;
}

/** One kind of change between two snapshots as a table: plan, municipality, homes and what changed. */
export function ComparisonTable<T extends Row>({
  title,
  rows,
  nameOf,
  extra,
}: {
  title: string;
  rows: T[];
  nameOf: (code: string) => string;
  extra?: { label: string; value: (row: T) => ReactNode };
}) {
  const homes = rows.reduce((sum, row) => sum + row.homes, 0);
  return (
    <div className="wr-section">
      <h3 className="utrecht-heading-3">
        {title}: {formatNumber(rows.length)} {rows.length === 1 ? 'plan' : 'plannen'}, {formatNumber(homes)}{' '}
        woningen
      </h3>
      {rows.length > 0 && (
        <div className="wr-table-scroll">
          <table className="utrecht-table utrecht-table--html-table wr-table">
            <caption className="wr-visually-hidden">{title}</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th className="utrecht-table__header-cell" scope="col">
                  Plan
                </th>
                <th className="utrecht-table__header-cell" scope="col">
                  Gemeente
                </th>
                <th className="utrecht-table__header-cell wr-num" scope="col">
                  Woningen
                </th>
                {extra && (
                  <th className="utrecht-table__header-cell" scope="col">
                    {extra.label}
                  </th>
                )}
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {rows.map((row) => (
                <tr className="utrecht-table__row" key={row.id}>
                  <th className="utrecht-table__cell" scope="row">
                    <Link to={`/plannen/${row.id}`}>{row.name}</Link>
                  </th>
                  <td className="utrecht-table__cell">{nameOf(row.municipalityCode)}</td>
                  <td className="utrecht-table__cell wr-num">{formatNumber(row.homes)}</td>
                  {extra && <td className="utrecht-table__cell">{extra.value(row)}</td>}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

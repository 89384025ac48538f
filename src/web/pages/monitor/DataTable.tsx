import type { ReactNode } from 'react';

/** The numbers behind a chart, in a table that can be opened (accessibility and trust, ux.md). */
export function DataTable({
  caption,
  headers,
  rows,
  open = false,
  testId,
}: {
  caption: string;
  headers: string[];
  rows: ReactNode[][];
  open?: boolean;
  testId?: string;
}) {
  return (
    <details className="wr-details" open={open}>
      <summary>Cijfers als tabel</summary>
      <div className="wr-table-scroll">
        <table className="utrecht-table utrecht-table--html-table wr-table" data-testid={testId}>
          <caption className="wr-visually-hidden">{caption}</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              {headers.map((header, index) => (
                <th
                  key={header}
                  className={`utrecht-table__header-cell${index ? ' wr-num' : ''}`}
                  scope="col"
                >
                  {header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {rows.map((row, r) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: static rows of one render
              <tr className="utrecht-table__row" key={r}>
                {row.map((cell, c) =>
                  c === 0 ? (
                    // biome-ignore lint/suspicious/noArrayIndexKey: fixed columns
                    <th key={c} className="utrecht-table__header-cell" scope="row">
                      {cell}
                    </th>
                  ) : (
                    // biome-ignore lint/suspicious/noArrayIndexKey: fixed columns
                    <td key={c} className="utrecht-table__cell wr-num">
                      {cell}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}

import type { ReactNode } from 'react';

/**
 * A plain data table in the design system's markup: a caption (hidden unless `showCaption`), column headers,
 * and rows of cells. Columns listed in `numeric` are right-aligned; with `rowHeaders` the first cell of each row
 * is its header (`<th scope="row">`). Rows are shown once per render, in order.
 */
export function Table({
  caption,
  headers,
  rows,
  numeric = [],
  rowHeaders = false,
  testId,
}: {
  caption: string;
  headers: string[];
  rows: ReactNode[][];
  numeric?: number[];
  rowHeaders?: boolean;
  testId?: string;
}) {
  const align = (index: number) => (numeric.includes(index) ? ' wr-num' : '');
  return (
    <div className="wr-table-scroll">
      <table className="utrecht-table utrecht-table--html-table wr-table" data-testid={testId}>
        <caption className="wr-visually-hidden">{caption}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            {headers.map((header, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: fixed columns
              <th key={index} className={`utrecht-table__header-cell${align(index)}`} scope="col">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {rows.map((row, r) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows of one render, in order
            <tr className="utrecht-table__row" key={r}>
              {row.map((cell, c) =>
                rowHeaders && c === 0 ? (
                  // biome-ignore lint/suspicious/noArrayIndexKey: fixed columns
                  <th key={c} className="utrecht-table__header-cell" scope="row">
                    {cell}
                  </th>
                ) : (
                  // biome-ignore lint/suspicious/noArrayIndexKey: fixed columns
                  <td key={c} className={`utrecht-table__cell${align(c)}`}>
                    {cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

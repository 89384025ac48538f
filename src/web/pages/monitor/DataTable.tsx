import type { ReactNode } from 'react';

/**
 * The numbers behind a chart, in a table that can be opened (accessibility and trust, ux.md). The first column
 * is the row header; the others are right-aligned numbers unless listed in `textColumns`. In print the table
 * is always shown, with its caption (styles.css).
 */
export function DataTable({
  caption,
  headers,
  rows,
  open = false,
  testId,
  summary = 'Cijfers als tabel',
  textColumns = [],
}: {
  caption: string;
  headers: string[];
  rows: ReactNode[][];
  open?: boolean;
  testId?: string;
  summary?: string;
  textColumns?: number[];
}) {
  const align = (index: number) => (index && !textColumns.includes(index) ? ' wr-num' : '');
  return (
    <details className="wr-details wr-data-table" open={open}>
      <summary>{summary}</summary>
      <div className="wr-table-scroll">
        <table className="utrecht-table utrecht-table--html-table wr-table" data-testid={testId}>
          <caption className="wr-visually-hidden">{caption}</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              {headers.map((header, index) => (
                <th key={header} className={`utrecht-table__header-cell${align(index)}`} scope="col">
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
    </details>
  );
}

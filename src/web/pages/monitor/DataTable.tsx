import type { ReactNode } from 'react';
import { Table } from '../../components/Table';

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
  const numeric = headers
    .map((_, index) => index)
    .filter((index) => index > 0 && !textColumns.includes(index));
  return (
    <details className="wr-details wr-data-table" open={open}>
      <summary>{summary}</summary>
      <Table caption={caption} headers={headers} rows={rows} numeric={numeric} rowHeaders testId={testId} />
    </details>
  );
}

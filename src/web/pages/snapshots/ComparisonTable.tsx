import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Table } from '../../components/Table';
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
        <Table
          caption={title}
          headers={['Plan', 'Gemeente', 'Woningen', ...(extra ? [extra.label] : [])]}
          numeric={[2]}
          rowHeaders
          rows={rows.map((row) => [
            <Link to={`/plannen/${row.id}`} key="plan">
              {row.name}
            </Link>,
            nameOf(row.municipalityCode),
            formatNumber(row.homes),
            ...(extra ? [extra.value(row)] : []),
          ])}
        />
      )}
    </div>
  );
}

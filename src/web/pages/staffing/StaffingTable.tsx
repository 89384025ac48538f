import { Table } from '../../components/Table';
import type { Staffing, StaffingCell } from './staffing-api';
import { formatFte, formatMonth, formatShortMonth, roleLabel } from './staffing-format';

/**
 * The heatmap's numbers: a row per role, a column per month. The role's button (click or focus) shows the plans
 * behind that role's demand; an over-allocated month is bold, hatched and marked "!" with its shortage.
 */
export function StaffingTable({
  data,
  selected,
  onSelect,
}: {
  data: Staffing;
  selected: string | null;
  onSelect: (role: string) => void;
}) {
  const headers = ['Rol', 'Beschikbaar (fte)', 'Piek (fte)', ...data.months.map(formatShortMonth)];
  const rows = data.roles.map((row) => [
    <button
      key="role"
      type="button"
      className="wr-staffing-role"
      aria-pressed={selected === row.role}
      onClick={() => onSelect(row.role)}
      onFocus={() => onSelect(row.role)}
    >
      {roleLabel(row.role)}
    </button>,
    row.available === null ? (
      <span key="available" className="wr-muted">
        niet opgegeven
      </span>
    ) : (
      formatFte(row.available)
    ),
    formatFte(row.peak),
    ...row.cells.map((cell) => <Cell key={cell.month} cell={cell} />),
  ]);
  return (
    <Table
      caption="Vraag naar medewerkers per rol per maand, in fte, met de beschikbare capaciteit"
      headers={headers}
      rows={rows}
      numeric={headers.map((_, i) => i).filter((i) => i > 0)}
      rowHeaders
      testId="staffing-table"
    />
  );
}

function Cell({ cell }: { cell: StaffingCell }) {
  if (!cell.over)
    return <span title={formatMonth(cell.month)}>{cell.fte === 0 ? '–' : formatFte(cell.fte)}</span>;
  return (
    <span
      className="wr-staffing-over"
      title={`${formatMonth(cell.month)}: ${formatFte(cell.shortage)} fte te weinig`}
    >
      {formatFte(cell.fte)} !
      <span className="wr-visually-hidden"> overbezet, {formatFte(cell.shortage)} fte te weinig</span>
    </span>
  );
}

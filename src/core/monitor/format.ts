/**
 * Dutch number formatting for the monitor's sentences, written out so the result does not depend on the ICU
 * data of the runtime (Node, a browser): a dot groups thousands ("1.400"), percentages are whole ("38%").
 */

/** A whole number with a dot as thousands separator: `formatHomes(1400) === '1.400'`. */
export function formatHomes(value: number): string {
  const rounded = Math.round(value);
  const digits = String(Math.abs(rounded)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return rounded < 0 ? `-${digits}` : digits;
}

/** A share as a whole percentage: `formatPercent(0.375) === '38%'`. */
export function formatPercent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

const MONTHS = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];

/** An ISO date (or the date part of an ISO timestamp) in Dutch: `formatDate('2026-01-31') === '31 januari 2026'`. */
export function formatDate(iso: string): string {
  const [year, month, day] = iso.slice(0, 10).split('-').map(Number);
  return `${day} ${MONTHS[(month ?? 1) - 1]} ${year}`;
}

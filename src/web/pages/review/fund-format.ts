import { formatEuro } from '../../format';

const cents = new Intl.NumberFormat('nl-NL', {
  style: 'currency',
  currency: 'EUR',
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});
const oneDecimal = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });

/** A ledger amount: whole euros as `€ 80.000`, with cents as `€ 1.234,56` (a ledger never hides cents). */
export function formatLedgerEuro(value: number): string {
  return Number.isInteger(value) ? formatEuro(value) : cents.format(value);
}

/** A file size as a Dutch reader reads it: `850 bytes`, `12 kB`, `1,2 MB`. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} kB`;
  return `${oneDecimal.format(bytes / 1024 / 1024)} MB`;
}

/** The most an open-book file may weigh (as the server checks). */
export const MAX_OPEN_BOOK_BYTES = 10 * 1024 * 1024;

/** Why a chosen open-book file will be refused, or undefined: the same rules as the server, before uploading. */
export function openBookFileError(file: { name: string; size: number } | null): string | undefined {
  if (!file) return undefined;
  if (!/\.(pdf|xlsx|csv)$/i.test(file.name)) return 'Lever het open boek aan als PDF, XLSX of CSV.';
  if (file.size > MAX_OPEN_BOOK_BYTES) return 'Het bestand is te groot (maximaal 10 MB).';
  return undefined;
}

/** Numbers and dates as a Dutch reader expects them (ux.md): 7.000 woningen, € 1.100, 33%, 31 januari 2026. */
const integer = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });
const euro = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
const percent = new Intl.NumberFormat('nl-NL', { style: 'percent', maximumFractionDigits: 0 });
const longDate = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/Amsterdam',
});
const dateTime = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/Amsterdam',
});

/** `7000` → `7.000`. */
export function formatNumber(value: number | null | undefined): string {
  return value == null ? '–' : integer.format(value);
}

/** `1100` → `€ 1.100`. */
export function formatEuro(value: number | null | undefined): string {
  return value == null ? '–' : euro.format(value);
}

/** `0.333` → `33%`. */
export function formatPercent(value: number | null | undefined): string {
  return value == null ? '–' : percent.format(value);
}

/** `1` → `1 woning`, `7000` → `7.000 woningen`. */
export function formatHomes(value: number): string {
  return `${formatNumber(value)} ${value === 1 ? 'woning' : 'woningen'}`;
}

/** `2026-01-31` or an ISO timestamp → `31 januari 2026`. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '–';
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00Z`) : new Date(value);
  return longDate.format(date);
}

/** An ISO timestamp → `31 januari 2026 om 14:05`. */
export function formatDateTime(value: string): string {
  return dateTime.format(new Date(value)).replace(', ', ' om ');
}

/** Parses a Dutch number the user typed (`1.250`, `1250`, `1 250`); empty → null, rubbish → NaN. */
export function parseNumber(text: string): number | null {
  const clean = text.replace(/[\s.€]/g, '').replace(',', '.');
  if (clean === '') return null;
  return /^-?\d+(\.\d+)?$/.test(clean) ? Number(clean) : Number.NaN;
}

/** Parses a decimal the user typed with a comma or a point (`52,22` or `52.22`); empty → null. */
export function parseDecimal(text: string): number | null {
  const clean = text.trim().replace(',', '.');
  if (clean === '') return null;
  return /^-?\d+(\.\d+)?$/.test(clean) ? Number(clean) : Number.NaN;
}

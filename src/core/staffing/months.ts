import { parseIsoDay } from '../schedule/dates';

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** True for a month written `YYYY-MM`. */
export function isMonth(value: string): boolean {
  return MONTH.test(value);
}

/** The month `offset` months after `from` (`YYYY-MM`). */
export function addMonths(from: string, offset: number): string {
  const match = MONTH.exec(from);
  if (!match) throw new Error(`Geen maand (jjjj-mm): ${from}`);
  const index = Number(match[1]) * 12 + Number(match[2]) - 1 + offset;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The months of a window and their bounds as day numbers: month `i` is the days `[bounds[i], bounds[i + 1])`. */
export function monthWindow(from: string, months: number): { keys: string[]; bounds: number[] } {
  if (!Number.isInteger(months) || months < 1)
    throw new Error(`Aantal maanden moet 1 of meer zijn: ${months}`);
  const keys = Array.from({ length: months }, (_, i) => addMonths(from, i));
  const bounds = [...keys, addMonths(from, months)].map((month) => parseIsoDay(`${month}-01`) ?? Number.NaN);
  return { keys, bounds };
}

/** The day number of an ISO date, or throws: staffing reads dates the schedule engine wrote. */
export function dayOf(iso: string): number {
  const day = parseIsoDay(iso);
  if (day === null) throw new Error(`Geen datum (jjjj-mm-dd): ${iso}`);
  return day;
}

import {
  PHASE_LABELS,
  PHASES,
  type Phase,
  PLANNING_STATUS_LABELS,
  PLANNING_STATUSES,
  type PlanningStatus,
  SEGMENT_LABELS,
  SEGMENTS,
  type Segment,
} from '../../core/programme';
import { cellText, isBlank, type PlainCell } from './cell-value';

/** A parsed field: its value, or a Dutch message for the user. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(message: string): Parsed<T> => ({ ok: false, message });

/** The municipality code the templates use in their fictional example row. */
export const EXAMPLE_MUNICIPALITY_CODE = 'GM9999';

/** Lower case without spaces, hyphens, underscores or dots: how headers and list values are compared. */
export function normalizeKey(text: string): string {
  return text.toLowerCase().replace(/[\s\-_.]+/g, '');
}

/**
 * A number of homes: a whole number of 0 or more; empty is 0. Text may use Dutch thousands dots
 * ("1.200" = 1200) but only in that exact form, so "1.5" or "12,5" are refused rather than guessed.
 * @example parseCount('1.200') // { ok: true, value: 1200 }
 */
export function parseCount(cell: PlainCell): Parsed<number> {
  if (isBlank(cell)) return ok(0);
  const text = cellText(cell);
  let value = Number.NaN;
  if (typeof cell === 'number') value = cell;
  else if (/^\d+$/.test(text)) value = Number(text);
  else if (/^\d{1,3}(\.\d{3})+$/.test(text)) value = Number(text.replaceAll('.', ''));
  if (!Number.isSafeInteger(value) || value < 0) {
    return fail(`"${text}" is geen heel aantal van 0 of meer.`);
  }
  return ok(value);
}

/** An optional year between `min` and `max` (inclusive); empty gives null. */
export function parseYear(cell: PlainCell, min: number, max: number): Parsed<number | null> {
  if (isBlank(cell)) return ok(null);
  const text = cellText(cell);
  const value = typeof cell === 'number' ? cell : /^\d{4}$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isInteger(value) || value < min || value > max) {
    return fail(`"${text}" is geen jaar van ${min} tot en met ${max}.`);
  }
  return ok(value);
}

/**
 * A CBS municipality code of the region: `GM0402`, `gm0402` or the bare number (Excel drops the zeros: 402).
 * @example parseMunicipalityCode(402, ['GM0402']) // { ok: true, value: 'GM0402' }
 */
export function parseMunicipalityCode(cell: PlainCell, regionCodes: readonly string[]): Parsed<string> {
  const text = cellText(cell).toUpperCase();
  if (text === '') return fail('Vul een gemeentecode in, zoals GM0402.');
  const digits = /^(GM)?(\d{1,4})$/.exec(text)?.[2];
  if (!digits) return fail(`"${text}" is geen gemeentecode. Gebruik de CBS-code, zoals GM0402.`);
  const code = `GM${digits.padStart(4, '0')}`;
  if (code === EXAMPLE_MUNICIPALITY_CODE) {
    return fail(`${code} is de fictieve gemeente uit de voorbeeldrij van het sjabloon. Verwijder die rij.`);
  }
  if (!regionCodes.includes(code)) return fail(`Gemeente ${code} hoort niet bij deze regio.`);
  return ok(code);
}

/** Finds a code by its code, its Dutch label or an extra Dutch word, compared with {@link normalizeKey}. */
function findCode<T extends string>(
  text: string,
  codes: readonly T[],
  labels: Record<T, string>,
  words = {},
) {
  const key = normalizeKey(text);
  const byWord = (words as Record<string, T>)[key];
  return byWord ?? codes.find((code) => normalizeKey(code) === key || normalizeKey(labels[code]) === key);
}

/** Short Dutch words for the phases, as people write them in a spreadsheet. */
const PHASE_WORDS: Record<string, Phase> = {
  initiatief: 'initiative',
  planvorming: 'planning',
  uitwerking: 'elaboration',
  bouw: 'construction',
  opgeleverd: 'delivered',
};

/** A phase: the code (`initiative`), the Dutch label or a short Dutch word (`uitwerking`). */
export function parsePhase(cell: PlainCell): Parsed<Phase> {
  const text = cellText(cell);
  const phase = findCode(text, PHASES, PHASE_LABELS, PHASE_WORDS);
  if (phase) return ok(phase);
  return fail(`Onbekende fase "${text}". Kies uit: ${Object.keys(PHASE_WORDS).join(', ')}.`);
}

/** A planning status: the code (`1A`) or the label (`1A. Onherroepelijk`). */
export function parsePlanningStatus(cell: PlainCell): Parsed<PlanningStatus> {
  const text = cellText(cell);
  const status = findCode(text, PLANNING_STATUSES, PLANNING_STATUS_LABELS);
  if (status) return ok(status);
  return fail(`Onbekende planologische status "${text}". Kies uit: ${PLANNING_STATUSES.join(', ')}.`);
}

/** A segment: the code (`socialRent`) or the Dutch label (`Sociale huur`). */
export function parseSegment(cell: PlainCell): Parsed<Segment> {
  const text = cellText(cell);
  const segment = findCode(text, SEGMENTS, SEGMENT_LABELS);
  if (segment) return ok(segment);
  return fail(`Onbekend segment "${text}". Kies uit: ${Object.values(SEGMENT_LABELS).join(', ')}.`);
}

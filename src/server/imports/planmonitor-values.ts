import {
  BOTTLENECK_CATEGORIES,
  type BottleneckCategory,
  PLAN_TYPES,
  type PlanType,
} from '../../core/programme';
import { PHASE_BY_PROJECT_STATUS, VISIBILITY_BY_CONFIDENTIALITY } from './planmonitor-layout';
import type { Municipality } from './planmonitor-types';
import type { Parsed } from './table-fields';
import { normalizeKey } from './table-fields';

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(message: string): Parsed<T> => ({ ok: false, message });

/** Finds a value of a list, comparing case- and space-insensitively. */
function findIn<T extends string>(text: string, list: readonly T[]): T | undefined {
  return list.find((item) => normalizeKey(item) === normalizeKey(text));
}

/** "Gemeente": a municipality name of the region, with or without "Gemeente " before it, or its CBS code. */
export function parseMunicipalityName(text: string, municipalities: readonly Municipality[]) {
  if (text === '') return fail<string>('Vul de gemeente in.');
  const bare = text.replace(/^gemeente\s+/i, '');
  const found = municipalities.find(
    (m) => normalizeKey(m.name) === normalizeKey(bare) || m.code.toUpperCase() === bare.toUpperCase(),
  );
  return found ? ok(found.code) : fail<string>(`Gemeente "${text}" hoort niet bij deze regio.`);
}

/** "Status Project" → phase, by the document's mapping; "Onbekend" has no phase. */
export function parseProjectStatus(text: string) {
  const status = findIn(text, Object.keys(PHASE_BY_PROJECT_STATUS));
  const phase = status ? PHASE_BY_PROJECT_STATUS[status] : undefined;
  if (phase) return ok(phase);
  if (status)
    return fail<never>('Status Project "Onbekend" geeft geen planfase. Kies de status van het project.');
  if (text === '') return fail<never>('Vul Status Project in.');
  return fail<never>(
    `Onbekende Status Project "${text}". Kies uit: ${Object.keys(PHASE_BY_PROJECT_STATUS).join(', ')}.`,
  );
}

/** "Vertrouwelijkheid" → visibility; empty is "private" (the safest: only the own organisation sees it). */
export function parseConfidentiality(text: string) {
  if (text === '') return ok('private' as const);
  const value = findIn(text, Object.keys(VISIBILITY_BY_CONFIDENTIALITY));
  const visibility = value ? VISIBILITY_BY_CONFIDENTIALITY[value] : undefined;
  if (visibility) return ok(visibility);
  return fail<never>(`Onbekende Vertrouwelijkheid "${text}". Kies uit: Openbaar, Provincie, Gemeente.`);
}

/** "Plantype": one of the list, or empty (null). */
export function parsePlanType(text: string): Parsed<PlanType | null> {
  if (text === '') return ok(null);
  const type = findIn(text, PLAN_TYPES);
  return type ? ok(type) : fail(`Onbekend Plantype "${text}". Kies uit: ${PLAN_TYPES.join(', ')}.`);
}

/** "Knelpunten": a list separated by commas or semicolons, in the file's order, each once; "Geen" or empty is none. */
export function parseBottlenecks(text: string): Parsed<BottleneckCategory[]> {
  const parts = text
    .split(/[,;]/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  const found: BottleneckCategory[] = [];
  for (const part of parts) {
    if (normalizeKey(part) === 'geen') continue;
    const category = findIn(part, BOTTLENECK_CATEGORIES);
    if (!category)
      return fail(`Onbekend knelpunt "${part}". Kies uit: ${BOTTLENECK_CATEGORIES.join(', ')}, Geen.`);
    if (!found.includes(category)) found.push(category);
  }
  return ok(found);
}

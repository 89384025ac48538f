import type { Link } from '../../core/schedule';

/**
 * The notations of the schedule workbook's cells that the import reads back: the dependencies in "Afhankelijk
 * van" and the hours in "Uren per week". Both are written for a person and read back exactly: what the export
 * writes, the import reads as the same value.
 */

/** Where a dependency's text points: an activity found by its name or its key. */
export interface ActivityIndex {
  /** Normalised name → the keys of the activities with that name. */
  byName: ReadonlyMap<string, readonly string[]>;
  keys: ReadonlySet<string>;
  /** Names the activities had before (saved), so a rename in the sheet keeps its dependents. */
  byOldName?: ReadonlyMap<string, readonly string[]>;
}

/** An entry of "Afhankelijk van" resolved to an activity, or why it does not resolve. */
export type ResolvedLink = { ok: true; link: Link } | { ok: false; message: string };

const normalise = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();

function groupByName(activities: readonly { key: string; name: string }[]): Map<string, string[]> {
  const byName = new Map<string, string[]>();
  for (const { key, name } of activities) {
    const keys = byName.get(normalise(name)) ?? [];
    byName.set(normalise(name), [...keys, key]);
  }
  return byName;
}

/** The index of the sheet's activities; `saved` adds the names they had, for renamed activities. */
export function indexActivities(
  activities: readonly { key: string; name: string }[],
  saved: readonly { key: string; name: string }[] = [],
): ActivityIndex {
  const keys = new Set(activities.map((a) => a.key));
  return {
    byName: groupByName(activities),
    keys,
    byOldName: groupByName(saved.filter((a) => keys.has(a.key))),
  };
}

const TYPE_WORDS: Record<string, Link['type']> = {
  'begin-begin': 'SS',
  bb: 'SS',
  ss: 'SS',
  'einde-begin': 'FS',
  eb: 'FS',
  fs: 'FS',
};
const WEEK_WORDS = new Set(['wk', 'wk.', 'week', 'weken', 'w']);
/** Zod's limit for a lag (schedules.schema.ts). */
const MAX_LAG_WEEKS = 260;

/** "begin-begin +2 wk" → { type: 'SS', lagWeeks: 2 }; null when the text is not (only) these words. */
function parseOptions(text: string): { type: Link['type']; lagWeeks: number } | null {
  const words = text
    .toLowerCase()
    .replace(/\+\s+/g, '+')
    .split(/[\s,]+/)
    .filter(Boolean);
  let type: Link['type'] | null = null;
  let lag: number | null = null;
  for (const word of words) {
    const lagMatch = /^\+(\d+)$/.exec(word);
    if (Object.hasOwn(TYPE_WORDS, word) && type === null) type = TYPE_WORDS[word] ?? 'FS';
    else if (lagMatch && lag === null) lag = Number(lagMatch[1]);
    else if (!(WEEK_WORDS.has(word) && lag !== null)) return null;
  }
  if (type === null && lag === null) return null;
  return { type: type ?? 'FS', lagWeeks: lag ?? 0 };
}

/**
 * The one key a text points to, 'ambiguous', or null: a key as written (so writing the key always works), else a
 * name (any case), else a name the activity had when it was exported.
 */
function find(text: string, index: ActivityIndex): string | 'ambiguous' | null {
  if (index.keys.has(text.trim())) return text.trim();
  const named = index.byName.get(normalise(text)) ?? [];
  if (named.length > 1) return 'ambiguous';
  if (named.length === 1) return named[0] ?? null;
  const former = index.byOldName?.get(normalise(text)) ?? [];
  return former.length === 1 ? (former[0] ?? null) : null;
}

/**
 * One entry of "Afhankelijk van": an activity's name (or key), optionally followed by how it depends on it in
 * brackets — "Tekenen", "Tekenen (+2 wk)", "Tekenen (begin-begin +2 wk)"; BB/SS and EB/FS are read too. A name
 * that itself ends in brackets ("Ontwerp (VO)") is found as a whole first.
 */
export function resolveEntry(entry: string, index: ActivityIndex): ResolvedLink {
  const text = entry.trim().replace(/\s+/g, ' ');
  const whole = find(text, index);
  if (whole && whole !== 'ambiguous') return { ok: true, link: { key: whole, type: 'FS', lagWeeks: 0 } };
  const split = /^(.*\S)\s*\(([^()]*)\)$/.exec(text);
  const options = split ? parseOptions(split[2] ?? '') : null;
  if (split && options) {
    const target = find(split[1] ?? '', index);
    if (target === 'ambiguous') return { ok: false, message: ambiguous(split[1] ?? '') };
    if (!target) return { ok: false, message: `Onbekende activiteit "${split[1]}".` };
    if (options.lagWeeks > MAX_LAG_WEEKS) {
      return { ok: false, message: `"${text}": de wachttijd is hoogstens ${MAX_LAG_WEEKS} weken.` };
    }
    return { ok: true, link: { key: target, ...options } };
  }
  if (whole === 'ambiguous') return { ok: false, message: ambiguous(text) };
  if (split && /\+/.test(split[2] ?? '')) {
    return {
      ok: false,
      message: `"${text}" is niet te lezen. Schrijf de wachttijd in hele weken, zoals "${split[1]} (+2 wk)".`,
    };
  }
  return { ok: false, message: `Onbekende activiteit "${text}".` };
}

function ambiguous(name: string): string {
  return `"${name.trim()}" staat meer dan eens in de planning. Schrijf de sleutel (kolom Sleutel) in plaats van de naam.`;
}

/** The entries of an "Afhankelijk van" cell: separated by ";" or a line break. */
export function splitEntries(text: string): string[] {
  return text
    .split(/[;\n]/)
    .map((part) => part.trim())
    .filter(Boolean);
}

/** "Tekenen", "Tekenen (+2 wk)", "Tekenen (begin-begin)", "Tekenen (begin-begin +2 wk)". */
function formatEntry(target: string, link: Link): string {
  const how = [link.type === 'SS' ? 'begin-begin' : '', link.lagWeeks ? `+${link.lagWeeks} wk` : '']
    .filter(Boolean)
    .join(' ');
  return how ? `${target} (${how})` : target;
}

const sameLink = (a: Link, b: Link) => a.key === b.key && a.type === b.type && a.lagWeeks === b.lagWeeks;

/**
 * The dependencies as a person reads them, by name: "Principeverzoek (begin-begin +2 wk); Participatie". Where
 * a name would not read back as that activity (it occurs twice, holds a ";"), the key is written instead.
 * @example formatLinks([{ key: 'a', type: 'FS', lagWeeks: 1 }], [{ key: 'a', name: 'Tekenen' }]) // 'Tekenen (+1 wk)'
 */
export function formatLinks(
  links: readonly Link[],
  activities: readonly { key: string; name: string }[],
): string {
  const index = indexActivities(activities);
  const names = new Map(activities.map((a) => [a.key, a.name]));
  return links
    .map((link) => {
      const byName = formatEntry(names.get(link.key) ?? link.key, link);
      const [entry, ...more] = splitEntries(byName);
      const read = entry && more.length === 0 ? resolveEntry(entry, index) : null;
      return read?.ok && sameLink(read.link, link) ? byName : formatEntry(link.key, link);
    })
    .join('; ');
}

/** Hours per week per role while an activity runs (the staff capacity of issue 4). */
export interface StaffingLine {
  role: string;
  hoursPerWeek: number;
}

/** Zod's limits for staffing (schedules.schema.ts). */
const MAX_HOURS = 40;
const MAX_LINES = 20;

/**
 * "projectleider 8; jurist 4,5" (hours per week per role).
 * @example formatStaffing([{ role: 'jurist', hoursPerWeek: 4.5 }]) // 'jurist 4,5'
 */
export function formatStaffing(staffing: readonly StaffingLine[]): string {
  return staffing.map((line) => `${line.role} ${String(line.hoursPerWeek).replace('.', ',')}`).join('; ');
}

/** The lines of an "Uren per week" cell, or the Dutch reason it does not read. */
export function parseStaffing(
  text: string,
): { ok: true; lines: StaffingLine[] } | { ok: false; message: string } {
  const lines: StaffingLine[] = [];
  for (const entry of splitEntries(text)) {
    const match = /^(.+?)\s+(\d+(?:[.,]\d+)?)\s*(?:u|uur)?$/i.exec(entry);
    if (!match) {
      return {
        ok: false,
        message: `"${entry}" is niet te lezen. Schrijf rol en uren, zoals "jurist 4; planeconoom 8".`,
      };
    }
    const role = (match[1] ?? '').trim().toLowerCase();
    const hoursPerWeek = Number((match[2] ?? '').replace(',', '.'));
    if (role.length > 60) return { ok: false, message: `De rol "${role}" is te lang (hoogstens 60 tekens).` };
    if (hoursPerWeek > MAX_HOURS) {
      return { ok: false, message: `${role}: hoogstens ${MAX_HOURS} uur per week per rol.` };
    }
    if (lines.some((line) => line.role === role)) {
      return { ok: false, message: `De rol "${role}" staat er twee keer in.` };
    }
    lines.push({ role, hoursPerWeek });
  }
  if (lines.length > MAX_LINES)
    return { ok: false, message: `Hoogstens ${MAX_LINES} rollen per activiteit.` };
  return { ok: true, lines };
}

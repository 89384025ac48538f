/** Characters Excel does not allow in a sheet name. */
const FORBIDDEN = /[[\]:*?/\\]/g;
const MAX_LENGTH = 31;

/** Cuts a name to at most `length` characters without leaving a space or apostrophe at either end. */
function cut(name: string, length: number): string {
  // Spaces and apostrophes together ("a' '"): strip both in one go, or an apostrophe can end up at the end again.
  return name.slice(0, length).replace(/^[\s']+|[\s']+$/g, '');
}

/**
 * Makes sheet names from plan names: at most 31 characters, none of `[]:*?/\`, no apostrophe at either end,
 * unique without regard to case (as Excel compares them) and different from the names in `taken`.
 * @example uniqueSheetNames(['Plan A', 'plan a', 'Wonen: Zuid']) // ['Plan A', 'plan a (2)', 'Wonen- Zuid']
 */
export function uniqueSheetNames(names: readonly string[], taken: readonly string[] = []): string[] {
  const used = new Set(taken.map((name) => name.toLowerCase()));
  return names.map((raw) => {
    const base = cut(raw.replace(FORBIDDEN, '-').replace(/\s+/g, ' '), MAX_LENGTH) || 'Plan';
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()) || name.toLowerCase() === 'history'; n += 1) {
      const suffix = ` (${n})`;
      name = `${cut(base, MAX_LENGTH - suffix.length)}${suffix}`;
    }
    used.add(name.toLowerCase());
    return name;
  });
}

/** One field that differs between two versions of a record. */
export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/** Canonical JSON so that key order does not count as a change. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => a.localeCompare(b)))
      : inner,
  );
}

/**
 * The top-level fields that differ between `before` and `after` (null before = created).
 * @example listChanges({ name: 'a', phase: 'x' }, { name: 'b', phase: 'x' }) // [{ field: 'name', before: 'a', after: 'b' }]
 */
export function listChanges(
  before: Record<string, unknown> | null,
  after: Record<string, unknown>,
  ignore: readonly string[] = [],
): FieldChange[] {
  const fields = new Set([...Object.keys(before ?? {}), ...Object.keys(after)]);
  const changes: FieldChange[] = [];
  for (const field of [...fields].sort()) {
    if (ignore.includes(field)) continue;
    const a = before?.[field] ?? null;
    const b = after[field] ?? null;
    if (canonical(a) !== canonical(b)) changes.push({ field, before: a, after: b });
  }
  return changes;
}

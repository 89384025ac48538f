import { describe, expect, test } from 'vitest';
import { listChanges } from './changes';

describe('listChanges', () => {
  test('lists only the fields that differ, ignoring key order', () => {
    expect(
      listChanges(
        { name: 'a', segments: [{ homes: 1, segment: 'x' }], notes: null },
        { name: 'b', segments: [{ segment: 'x', homes: 1 }] },
      ),
    ).toEqual([{ field: 'name', before: 'a', after: 'b' }]);
  });

  test('a new record lists every field with before null', () => {
    expect(listChanges(null, { name: 'a', phase: 'planning' })).toEqual([
      { field: 'name', before: null, after: 'a' },
      { field: 'phase', before: null, after: 'planning' },
    ]);
  });
});

import { describe, expect, test } from 'vitest';
import { createErrorList } from './table-errors';

describe('createErrorList', () => {
  test('keeps errors in row order and drops exact duplicates', () => {
    const errors = createErrorList();
    errors.add({ row: 5, column: 'name', message: 'b' });
    errors.add({ row: 2, column: 'name', message: 'a' });
    errors.add({ row: 2, column: 'name', message: 'a' });
    expect(errors.list()).toEqual([
      { row: 2, column: 'name', message: 'a' },
      { row: 5, column: 'name', message: 'b' },
    ]);
    expect(errors.hasRow(5)).toBe(true);
    expect(errors.hasRow(3)).toBe(false);
  });

  test('caps the list and says how many were left out', () => {
    const errors = createErrorList(3);
    for (let row = 2; row < 10; row += 1) errors.add({ row, column: 'x', message: 'fout' });
    const list = errors.list();
    expect(errors.size).toBe(8);
    expect(list).toHaveLength(4);
    expect(list[3]?.message).toBe(
      'Er zijn nog 5 fouten die hier niet staan. Herstel eerst deze 3 en importeer het bestand opnieuw.',
    );
  });
});

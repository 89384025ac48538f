import { describe, expect, test } from 'vitest';
import { mapColumns } from './table-columns';

describe('mapColumns', () => {
  const specs = [
    { key: 'name', dutch: ['Naam', 'Plannaam'], required: true },
    { key: 'socialRent', dutch: ['Sociale huur'], required: true },
    { key: 'deliveryYear', dutch: ['Opleverjaar'], required: false },
  ] as const;

  test('finds contract and Dutch headers regardless of case and spaces', () => {
    const { map, errors } = mapColumns(['Opmerking', ' PLANNAAM ', 'sociale  huur'], specs);
    expect(errors).toEqual([]);
    expect(map.index).toEqual({ name: 1, socialRent: 2 });
    expect(map.header.name).toBe(' PLANNAAM ');
    expect(map.header.deliveryYear).toBe('deliveryYear');
  });

  test('a missing required column and a doubled column are errors on row 1', () => {
    const { errors } = mapColumns(['naam', 'Plannaam'], specs);
    expect(errors).toEqual([
      { row: 1, column: 'Plannaam', message: 'De kolom "Plannaam" staat twee keer in de kopregel.' },
      {
        row: 1,
        column: 'socialRent',
        message: 'De kolom "socialRent" (of "Sociale huur") ontbreekt in de kopregel.',
      },
    ]);
  });
});

import fs from 'node:fs';
import { describe, expect, test } from 'vitest';
import { SHARED_BOUNDARIES } from '../db/demo-data';
import { parseBoundaries } from './boundaries';

const square = (x: number) => [
  [
    [x, 52],
    [x + 0.1, 52],
    [x + 0.1, 52.1],
    [x, 52],
  ],
];

describe('parseBoundaries', () => {
  test('reads a GeoJSON FeatureCollection with CBS codes', () => {
    const geojson = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { statcode: 'GM0402', statnaam: 'Hilversum' },
          geometry: { type: 'Polygon', coordinates: square(5.1) },
        },
      ],
    };
    expect(parseBoundaries(JSON.stringify(geojson))).toEqual([
      { code: 'GM0402', name: 'Hilversum', geometry: { type: 'Polygon', coordinates: square(5.1) } },
    ]);
  });

  test.each([
    ['not JSON', '{', 'Het bestand is geen geldige JSON.'],
    [
      'another kind of JSON',
      '{"type":"Point"}',
      'Verwacht een TopoJSON-topologie of een GeoJSON FeatureCollection.',
    ],
    [
      'an empty collection',
      '{"type":"FeatureCollection","features":[]}',
      'Het bestand bevat geen gemeenten.',
    ],
    [
      'a feature without CBS code',
      JSON.stringify({
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            properties: { name: 'X' },
            geometry: { type: 'Polygon', coordinates: square(5) },
          },
        ],
      }),
      'Gebied 1: geen CBS-code (statcode zoals GM0402) gevonden.',
    ],
  ])('rejects %s with a Dutch message', (_name, text, message) => {
    expect(() => parseBoundaries(text)).toThrow(message);
  });

  test.runIf(fs.existsSync(SHARED_BOUNDARIES))('reads the 2025 TopoJSON of all 342 municipalities', () => {
    const boundaries = parseBoundaries(fs.readFileSync(SHARED_BOUNDARIES, 'utf8'));
    expect(boundaries).toHaveLength(342);
    expect(boundaries.find((b) => b.code === 'GM0417')?.name).toBe('Laren (NH.)');
  });
});

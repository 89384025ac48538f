import { describe, expect, test } from 'vitest';
import { runForecast } from './forecast';
import { DEFAULT_FORECAST_PARAMETERS } from './forecast-parameters';
import { describeForecast, extraCapacity, quantile } from './forecast-result';
import { formatHomes, formatPercent } from './format';

describe('the forecast in words', () => {
  test.each([
    [0, '0'],
    [950, '950'],
    [1400, '1.400'],
    [1234567, '1.234.567'],
    [-2500, '-2.500'],
  ])('formatHomes(%d) is %s', (value, text) => {
    expect(formatHomes(value)).toBe(text);
  });

  test.each([
    [
      0.375,
      1400,
      'Met de huidige plannen haalt de regio de opgave voor 2030 met 38% kans; voor 80% zekerheid is circa 1.400 woningen extra harde plancapaciteit nodig.',
    ],
    [
      0.86,
      0,
      'Met de huidige plannen haalt de regio de opgave voor 2030 met 86% kans; daarvoor is geen extra harde plancapaciteit nodig.',
    ],
    [
      0.1,
      null,
      'Met de huidige plannen haalt de regio de opgave voor 2030 met 10% kans; nieuwe plannen kunnen niet meer op tijd opleveren, dus extra plancapaciteit helpt voor 2030 niet.',
    ],
  ])('chance %d, extra %s', (probability, extra, sentence) => {
    expect(describeForecast(probability, extra, 2030)).toBe(sentence);
    expect(formatPercent(probability)).toMatch(/^\d+%$/);
  });

  test('nearest-rank quantiles', () => {
    const sorted = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect([
      quantile(sorted, 0.1),
      quantile(sorted, 0.5),
      quantile(sorted, 0.8),
      quantile(sorted, 0.9),
    ]).toEqual([1, 5, 8, 9]);
    expect(quantile([], 0.5)).toBe(0);
  });

  test('extra capacity: the shortfall over the yield of a home of new hard capacity, up to tens', () => {
    expect(extraCapacity(1000, 0.756)).toBe(1330);
    expect(extraCapacity(0, 0.756)).toBe(0);
    expect(extraCapacity(10, 0)).toBeNull();
  });

  test('worked example: nothing planned against a target of 1,000 homes by 2030, made in November 2026', () => {
    const result = runForecast({
      plans: [],
      targets: [
        {
          municipalityCode: 'GM0001',
          periodStart: 2022,
          periodEnd: 2030,
          homes: 1000,
          demo: false,
          source: null,
        },
      ],
      realisations: [],
      parameters: DEFAULT_FORECAST_PARAMETERS,
      runs: 100,
      seed: 1,
      horizonYear: 2030,
      scenario: 'middle',
      today: new Date('2026-11-23T12:00:00Z'),
    });
    // New hard capacity is an elaboration-phase plan: 3 years lead time, so it delivers in 2029 with delay 0 or
    // in 2030 with delay 1: yield 0.9 × (0.59 + 0.25) = 0.756 per home; 1,000 / 0.756 = 1,322.8 → 1,330.
    expect(result.probabilityTargetMet).toBe(0);
    expect(result.extraHardCapacityFor80).toBe(1330);
    expect(result.sentence).toBe(
      'Met de huidige plannen haalt de regio de opgave voor 2030 met 0% kans; voor 80% zekerheid is circa 1.330 woningen extra harde plancapaciteit nodig.',
    );
  });
});

import { describe, expect, test } from 'vitest';
import data from '../../../data/forecast-parameters.json' with { type: 'json' };
import {
  DEFAULT_FORECAST_PARAMETERS,
  FORECAST_HARDNESSES,
  FORECAST_PHASES,
  type ForecastParameters,
  findMaxDelay,
  toDelayCdf,
  ZForecastParameters,
} from './forecast-parameters';

const clone = (): ForecastParameters => structuredClone(DEFAULT_FORECAST_PARAMETERS);
const messages = (value: unknown) => {
  const parsed = ZForecastParameters.safeParse(value);
  return parsed.success ? [] : parsed.error.issues.map((issue) => issue.message);
};

describe('forecast parameters', () => {
  test('data/forecast-parameters.json is valid and is the default', () => {
    expect(messages(data)).toEqual([]);
    expect(DEFAULT_FORECAST_PARAMETERS.rules.elaboration.hard.goAhead.value).toBe(0.9);
  });

  test('every rule names a source (an S- or M-code) or says why it is an assumption', () => {
    for (const phase of FORECAST_PHASES) {
      for (const hardness of FORECAST_HARDNESSES) {
        const rule = DEFAULT_FORECAST_PARAMETERS.rules[phase][hardness];
        for (const value of [rule.goAhead, rule.delayYears])
          expect(value.source ?? value.assumption).toBeTruthy();
      }
    }
  });

  test('harder and later plans are not less likely to go ahead', () => {
    const { rules } = DEFAULT_FORECAST_PARAMETERS;
    for (const phase of FORECAST_PHASES) {
      expect(rules[phase].hard.goAhead.value).toBeGreaterThanOrEqual(rules[phase].soft.goAhead.value);
    }
    const chances = FORECAST_PHASES.map((phase) => rules[phase].hard.goAhead.value);
    expect([...chances].sort()).toEqual(chances);
  });

  test.each<[string, (d: ForecastParameters) => void, string]>([
    ['a chance above 1', (d) => (d.rules.planning.soft.goAhead.value = 1.2), 'Een kans ligt tussen 0 en 1.'],
    [
      'delays that do not add up to 1',
      (d) => (d.rules.planning.soft.delayYears.value = { '0': 0.5, '1': 0.4 }),
      'De kansen op vertraging tellen samen op tot 1.',
    ],
    [
      'a delay of 11 years',
      (d) => (d.rules.planning.soft.delayYears.value = { '0': 0.5, '11': 0.5 }),
      'Een vertraging is 0 tot en met 10 jaar.',
    ],
    [
      'a value without source or assumption',
      (d) => {
        d.rules.construction.hard.goAhead = { value: 0.97 };
      },
      'Noem de bron of leg uit waarom de waarde een aanname is.',
    ],
    [
      'a lead time in half years',
      (d) => (d.leadTimeYears.planning.value = 5.5),
      'Een doorlooptijd is een heel aantal jaren.',
    ],
    [
      'a bad source code',
      (d) => {
        d.rules.elaboration.hard.goAhead.source = { code: 'PBL', text: 'PBL 2018' };
      },
      'Een broncode is bijvoorbeeld S29a of M(003).',
    ],
  ])('refuses %s, in Dutch', (_label, spoil, message) => {
    const value = clone();
    spoil(value);
    expect(messages(value)).toContain(message);
  });

  test('the delay distribution as a cumulative one, ending exactly at 1', () => {
    const rule = DEFAULT_FORECAST_PARAMETERS.rules.elaboration.hard;
    expect(findMaxDelay(DEFAULT_FORECAST_PARAMETERS)).toBe(4);
    const cdf = toDelayCdf(rule, 4);
    expect(cdf.map((p) => Math.round(p * 100))).toEqual([59, 84, 94, 100, 100]);
    expect(cdf[4]).toBe(1);
  });
});

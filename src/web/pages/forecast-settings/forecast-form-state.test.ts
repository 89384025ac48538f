import { describe, expect, it } from 'vitest';
import { DEFAULT_FORECAST_PARAMETERS, ZForecastParameters } from '../../../core/monitor/forecast-parameters';
import { formFromParameters, fromPercentText, toParameters, toPercentText } from './forecast-form-state';
import { locateIssue, validateForm } from './validate-form';

const defaults = DEFAULT_FORECAST_PARAMETERS;
const goAhead = 'rules.planning.soft.goAhead';

function edit(values: Record<string, string>, motivations: Record<string, string> = {}) {
  const state = formFromParameters(defaults);
  return { values: { ...state.values, ...values }, motivations };
}

describe('forecast form state', () => {
  it.each([
    ['55', 0.55],
    ['5,9', 0.059],
    ['33,333', 0.3333],
    ['100', 1],
    ['', null],
  ])('reads %s%% as the fraction %s, rounded to 4 decimals', (text, fraction) => {
    expect(fromPercentText(text)).toBe(fraction);
  });

  it.each([
    [0.55, '55'],
    [0.059, '5,9'],
    [0.3333, '33,33'],
  ])('shows %s as %s%%', (fraction, text) => {
    expect(toPercentText(fraction)).toBe(text);
  });

  it('gives back the defaults unchanged when nothing was typed', () => {
    const state = formFromParameters(defaults);
    expect(toParameters(state, defaults)).toEqual(defaults);
    expect(validateForm(state, defaults)).toEqual([]);
  });

  it('asks for a motivation next to a changed value, and saves it as the assumption without the old source', () => {
    expect(validateForm(edit({ [goAhead]: '65' }), defaults)).toEqual([
      { path: `${goAhead}.motivation`, message: expect.stringContaining('Leg uit waarom') },
    ]);
    const state = edit({ [goAhead]: '65' }, { [goAhead]: 'Regionale evaluatie 2025' });
    expect(validateForm(state, defaults)).toEqual([]);
    const saved = ZForecastParameters.parse(toParameters(state, defaults));
    expect(saved.rules.planning.soft.goAhead).toEqual({
      value: 0.65,
      assumption: 'Aangepast door de regio: Regionale evaluatie 2025',
    });
    expect(saved.rules.planning.hard).toEqual(defaults.rules.planning.hard);
  });

  it('flags a delay row that does not add up to 100% at its sum', () => {
    const errors = validateForm(
      edit({ 'rules.planning.hard.delayYears.0': '60' }, { 'rules.planning.hard.delayYears': 'Sneller' }),
      defaults,
    );
    expect(errors).toEqual([
      { path: 'rules.planning.hard.delayYears.sum', message: expect.stringContaining('Samen 110%') },
    ]);
  });

  it.each([
    ['rules.planning.soft.goAhead', 'rules.planning.soft.goAhead.motivation'],
    ['rules.planning.soft.goAhead.value', 'rules.planning.soft.goAhead'],
    ['rules.planning.soft.delayYears.value', 'rules.planning.soft.delayYears.sum'],
    ['rules.planning.soft.delayYears.value.3', 'rules.planning.soft.delayYears.3'],
    ['scenarios.low.targetFactor', 'scenarios.low'],
    ['leadTimeYears.initiative.assumption', 'leadTimeYears.initiative.motivation'],
    ['description', ''],
  ])('shows the API error at %s next to %s', (path, place) => {
    expect(locateIssue(path)).toBe(place);
  });
});

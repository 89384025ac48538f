import { describe, expect, test } from 'vitest';
import { runForecast } from './forecast';
import { FORECAST_BASE as base, FORECAST_PLANS as plans, testPlan, withRules } from './test-data';
import type { MonitorPlan } from './types';

describe('runForecast', () => {
  test('with probability 1 and no delay the simulation equals the deterministic plan', () => {
    const result = runForecast({ ...base, plans, parameters: withRules(1, { '0': 1 }) });
    const planned: Record<number, number> = { 2026: 100, 2027: 160, 2028: 40, 2029: 100, 2030: 5000 };
    expect(result.perYear.map((y) => [y.year, y.p10, y.p50, y.p90, y.mean])).toEqual(
      Object.entries(planned).map(([year, homes]) => [Number(year), homes, homes, homes, homes]),
    );
    expect(
      result.municipalities.map((m) => [m.code, m.p50DeliveredByHorizon, m.probabilityTargetMet]),
    ).toEqual([
      ['GM0001', 50 + 100 + 100 + 5000, 1],
      ['GM0002', 200, 0],
    ]);
    expect(result.probabilityTargetMet).toBe(1);
  });

  test('a plan that never goes ahead delivers nothing; on-hold, withdrawn, delivered and internal plans never count', () => {
    const none = runForecast({ ...base, plans, parameters: withRules(0, { '0': 1 }) });
    expect(none.perYear.every((y) => y.p90 === 0)).toBe(true);
    const ignored: Partial<MonitorPlan>[] = [
      { programmeStatus: 'onHold' },
      { programmeStatus: 'withdrawn' },
      { phase: 'delivered' },
      { hardness: 'internal' },
      { municipalityCode: 'GM9999' },
    ];
    const extra = ignored.map((o, i) => testPlan({ ...o, id: `x${i}` }));
    expect(runForecast({ ...base, plans: [...plans, ...extra] })).toEqual(runForecast({ ...base, plans }));
  });

  test('the same seed gives the same result; another seed a different one', () => {
    const a = runForecast({ ...base, plans });
    expect(runForecast({ ...base, plans })).toEqual(a);
    const b = runForecast({ ...base, plans, seed: 8 });
    expect(b.perYear.map((y) => y.mean)).not.toEqual(a.perYear.map((y) => y.mean));
  });

  test('region figures are the sums of the municipalities', () => {
    const r = runForecast({ ...base, plans, scenario: 'high' });
    const sum = (pick: (m: (typeof r.municipalities)[number]) => number) =>
      r.municipalities.reduce((total, m) => total + pick(m), 0);
    expect(r.target).toBe(1100);
    expect(r.target).toBe(sum((m) => m.target));
    expect(r.realised).toBe(sum((m) => m.realised));
    expect(r.meanDeliveredByHorizon).toBeCloseTo(
      sum((m) => m.meanDeliveredByHorizon),
      6,
    );
    const perYear = r.perYear.reduce((total, y) => total + y.mean, 0);
    expect(r.meanDeliveredByHorizon).toBeCloseTo(r.realised + perYear, 6);
  });

  test('the expected deliveries per segment add up to the mean deliveries, up to sampling noise', () => {
    const r = runForecast({ ...base, plans, runs: 4000 });
    for (const year of r.perYear) {
      const expected = r.perSegmentMean.filter((s) => s.year === year.year).reduce((a, s) => a + s.homes, 0);
      expect(Math.abs(expected - year.mean)).toBeLessThanOrEqual(Math.max(3, 0.05 * expected));
    }
    expect(r.perSegmentMean.find((s) => s.year === 2030 && s.segment === 'midRent')?.homes).toBeGreaterThan(
      0,
    );
  });

  test('a higher demand scenario never raises the chance', () => {
    const middle = runForecast({ ...base, plans });
    const high = runForecast({ ...base, plans, scenario: 'high' });
    const low = runForecast({ ...base, plans, scenario: 'low' });
    expect(high.probabilityTargetMet).toBeLessThanOrEqual(middle.probabilityTargetMet);
    expect(low.probabilityTargetMet).toBeGreaterThanOrEqual(middle.probabilityTargetMet);
    expect([low.scenarioLabel, middle.scenarioLabel, high.scenarioLabel]).toEqual([
      'Lage groei',
      'Midden',
      'Hoge groei',
    ]);
  });
});

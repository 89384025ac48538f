import { describe, expect, test } from 'vitest';
import { summariseWhatIf, type WhatIfLine } from './what-if.evaluate';

function line(homes: number, before: string, after: string | null, deltaWeeks: number): WhatIfLine {
  return {
    planId: `p${homes}`,
    planName: `Plan ${homes}`,
    homes,
    before: { end: before, durationWeeks: 100 },
    after: after ? { end: after, durationWeeks: 100 + deltaWeeks, criticalPath: [] } : null,
    deltaWeeks,
    deliveryYear: { before: Number(before.slice(0, 4)), after: after ? Number(after.slice(0, 4)) : null },
    applied: [],
    skipped: [],
    error: after ? null : 'cyclus',
  };
}

describe('summariseWhatIf', () => {
  test('counts plans later and earlier, homes a year later and homes past 2030, in one sentence', () => {
    const summary = summariseWhatIf([
      line(40, '2029-11-01', '2030-03-01', 17),
      line(25, '2030-06-01', '2031-02-01', 35),
      line(10, '2028-03-01', '2028-02-01', -4),
      line(5, '2028-03-01', '2028-03-01', 0),
    ]);
    expect(summary).toMatchObject({
      plans: 4,
      later: 2,
      earlier: 1,
      unchanged: 1,
      maxDelayWeeks: 35,
      homesDeliveredLaterYear: 65,
      homesPastTargetYear: 25,
      errors: 0,
    });
    expect(summary.sentence).toBe(
      'Van 4 plannen: 2 plannen later klaar (tot 35 weken), 1 plan eerder klaar. 65 woningen worden een jaar of meer later opgeleverd, waarvan 25 pas na 2030.',
    );
  });

  test('no plans, or no change, says so', () => {
    expect(summariseWhatIf([]).sentence).toBe(
      'Er zijn geen plannen met een gezamenlijke planning om door te rekenen.',
    );
    expect(summariseWhatIf([line(5, '2028-03-01', '2028-03-01', 0)]).sentence).toBe(
      'Van 1 plan verandert de einddatum niet.',
    );
    expect(summariseWhatIf([line(5, '2028-03-01', null, 0)]).errors).toBe(1);
  });
});

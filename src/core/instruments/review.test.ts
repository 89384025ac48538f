import { describe, expect, test } from 'vitest';
import { adviceFor, DEFAULT_CRITERIA, suggestScores, weightedScore } from './review';

describe('regional review (seed 001: plans of 50 homes or more, on woon-werkbalans, ov-bereikbaarheid and betaalbaarheid)', () => {
  test('the framework has at least the three goals of the memo, plus ordinance and pace', () => {
    expect(DEFAULT_CRITERIA.map((c) => c.key)).toEqual([
      'woonWerkBalans',
      'ovBereikbaarheid',
      'betaalbaarheid',
      'verordening',
      'tempo',
    ]);
  });

  test.each([
    [
      { woonWerkBalans: 5, ovBereikbaarheid: 5, betaalbaarheid: 5, verordening: 5, tempo: 5 },
      5,
      true,
      'positive',
    ],
    // (2·3 + 2·3 + 3·3 + 1·5 + 1·1) / 9 = 27 / 9 = 3
    [
      { woonWerkBalans: 3, ovBereikbaarheid: 3, betaalbaarheid: 3, verordening: 5, tempo: 1 },
      3,
      true,
      'conditional',
    ],
    // (2·1 + 2·1 + 3·3) / 7 = 13 / 7 ≈ 1.86
    [{ woonWerkBalans: 1, ovBereikbaarheid: 1, betaalbaarheid: 3 }, 1.86, false, 'negative'],
  ])('%o → %f (complete %s) → %s', (scores, score, complete, advice) => {
    const result = weightedScore(DEFAULT_CRITERIA, scores);
    expect(result).toEqual({ score, complete });
    expect(adviceFor(result.score as number)).toBe(advice);
  });

  test('nothing scored: no score', () => {
    expect(weightedScore(DEFAULT_CRITERIA, {})).toEqual({ score: null, complete: false });
  });

  test('suggested scores follow the norms, the checks and the delivery year', () => {
    expect(
      suggestScores({
        socialRentShare: 0.34,
        affordableShare: 0.7,
        checks: [{ ok: true, exception: null }],
        lastDeliveryYear: 2028,
      }),
    ).toEqual({
      betaalbaarheid: 5,
      verordening: 5,
      tempo: 5,
    });
    expect(
      suggestScores({
        socialRentShare: 0.2,
        affordableShare: 0.55,
        checks: [{ ok: false, exception: { motivation: 'm', approvedBy: 'a' } }],
        lastDeliveryYear: 2030,
      }),
    ).toEqual({ betaalbaarheid: 3, verordening: 3, tempo: 3 });
    expect(
      suggestScores({
        socialRentShare: 0,
        affordableShare: 0.2,
        checks: [{ ok: false, exception: null }],
        lastDeliveryYear: null,
      }),
    ).toEqual({
      betaalbaarheid: 1,
      verordening: 1,
      tempo: 1,
    });
  });
});

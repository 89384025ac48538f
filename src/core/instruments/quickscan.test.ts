import { describe, expect, test } from 'vitest';
import { motivationText, type QuickScanAnswers, scoreQuickScan } from './quickscan';

const answers = (
  scale: 1 | 2 | 3,
  benefit: 1 | 2 | 3,
  attention: 1 | 2 | 3,
  nuisance: 1 | 2 | 3,
): QuickScanAnswers => ({
  scale,
  benefit,
  attention,
  nuisance,
});

describe('participation QuickScan (seed 003, session 3: four questions → geringe, gemiddelde of grote impact)', () => {
  test.each([
    [answers(1, 1, 1, 1), 4, 'low'],
    [answers(2, 2, 1, 1), 6, 'low'],
    [answers(2, 2, 2, 1), 7, 'medium'],
    [answers(3, 2, 2, 2), 9, 'medium'],
    [answers(3, 3, 2, 2), 10, 'high'],
    [answers(3, 3, 3, 3), 12, 'high'],
  ] as const)('%o scores %i: %s', (a, score, impact) => {
    const result = scoreQuickScan(a, {});
    expect(result).toMatchObject({ score, impact, mandatory: false });
    expect(result.scoring.map((line) => line.points)).toEqual([a.scale, a.benefit, a.attention, a.nuisance]);
  });

  test('a BOPA makes participation mandatory, whatever the impact, and the advice says why', () => {
    const result = scoreQuickScan(answers(1, 1, 1, 1), { procedure: 'outOfPlanPermit' });
    expect(result).toMatchObject({ impact: 'low', mandatory: true, mandatoryReasons: ['outOfPlanPermit'] });
    expect(result.advice).toContain(
      'Participatie is verplicht, omdat het plan vraagt een buitenplanse omgevingsplanactiviteit (BOPA)',
    );
  });

  test('a change of the omgevingsplan and a municipal designation are reasons too; a permit within the plan is not', () => {
    expect(
      scoreQuickScan(answers(2, 2, 2, 2), { procedure: 'zoningPlanChange', designated: true })
        .mandatoryReasons,
    ).toEqual(['partialZoningPlanChange', 'designated']);
    expect(scoreQuickScan(answers(2, 2, 2, 2), { procedure: 'buildingPermit' }).mandatory).toBe(false);
  });

  test('the duty-to-motivate text follows the reports phase by phase', () => {
    const text = motivationText('Brink-Noord (fictief)', [
      {
        phase: 'initiative',
        phaseLabel: 'Initiatief',
        done: 'Inloopavond met 40 bewoners.',
        discussion: 'Parkeren en bomen',
        useOfInput: 'De bomenrij blijft staan.',
      },
      {
        phase: 'planning',
        phaseLabel: 'Planvorming',
        done: 'Twee ontwerpateliers',
        discussion: 'Bouwhoogte',
        useOfInput: 'Vier in plaats van vijf lagen',
      },
    ]);
    expect(text).toBe(
      'Motivering participatie Brink-Noord (fictief). In de fase initiatief is het volgende gedaan: Inloopavond met 40 bewoners. Besproken punten: Parkeren en bomen. Met de inbreng is het volgende gedaan: De bomenrij blijft staan. In de fase planvorming is het volgende gedaan: Twee ontwerpateliers. Besproken punten: Bouwhoogte. Met de inbreng is het volgende gedaan: Vier in plaats van vijf lagen.',
    );
    expect(motivationText('X', [])).toMatch(/nog geen participatieverslagen/);
  });
});

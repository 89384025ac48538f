import { describe, expect, test } from 'vitest';
import { type TPlanInputRaw, ZPlanInput } from './plan-input';

const valid: TPlanInputRaw = {
  name: 'Testlocatie (fictief)',
  municipalityCode: 'GM0402',
  phase: 'planning',
  planningStatus: '3',
  segments: [
    { segment: 'socialRent', homes: 12, usableAreaM2: 50, monthlyRentEur: 800 },
    { segment: 'freeBuy', homes: 24, priceEur: 550_000 },
  ],
  deliveries: [{ year: 2028, homes: 36 }],
  visibility: 'region',
};

function messagesFor(input: unknown): Record<string, string> {
  const result = ZPlanInput.safeParse(input);
  if (result.success) return {};
  const first: Record<string, string> = {};
  for (const issue of result.error.issues) first[issue.path.join('.')] ??= issue.message;
  return first;
}

describe('ZPlanInput', () => {
  test('accepts a complete plan', () => {
    expect(ZPlanInput.safeParse(valid).success).toBe(true);
  });

  test.each<[string, TPlanInputRaw, string, string]>([
    ['empty name', { ...valid, name: ' ' }, 'name', 'Een naam heeft minstens 3 tekens.'],
    ['no segments', { ...valid, segments: [], deliveries: [] }, 'segments', 'Vul minstens één segment in.'],
    [
      'negative homes',
      { ...valid, segments: [{ segment: 'socialRent', homes: -1 }] },
      'segments.0.homes',
      'Aantal woningen mag niet negatief zijn.',
    ],
    [
      'rent on a buy segment',
      { ...valid, segments: [{ segment: 'freeBuy', homes: 36, monthlyRentEur: 900 }] },
      'segments.0.monthlyRentEur',
      'Een huur hoort alleen bij een huursegment.',
    ],
    [
      'deliveries do not add up',
      { ...valid, deliveries: [{ year: 2028, homes: 30 }] },
      'deliveries',
      'De oplevering per jaar telt op tot 30 woningen, de segmenten tot 36. Maak ze gelijk.',
    ],
    [
      'a year twice',
      {
        ...valid,
        deliveries: [
          { year: 2028, homes: 18 },
          { year: 2028, homes: 18 },
        ],
      },
      'deliveries',
      'Elk jaar mag maar één keer voorkomen.',
    ],
    [
      'bad municipality',
      { ...valid, municipalityCode: 'Hilversum' },
      'municipalityCode',
      'Kies een gemeente.',
    ],
    ['bad date', { ...valid, deadline: '31-01-2026' }, 'deadline', 'Vul een datum in als jjjj-mm-dd.'],
    [
      'a date that does not exist',
      { ...valid, deadline: '2026-02-31' },
      'deadline',
      'Dit is geen bestaande datum.',
    ],
  ])('rejects %s with a Dutch message on the field', (_name, input, path, message) => {
    expect(messagesFor(input)[path]).toBe(message);
  });
});

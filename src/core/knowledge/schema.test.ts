import { describe, expect, test } from 'vitest';
import { type TKnowledgeItemInputRaw, ZKnowledgeItemInput } from './schema';

const instrument: TKnowledgeItemInputRaw = {
  kind: 'instrument',
  title: 'Vereveningsfonds',
  summary: 'Een fonds waarin een ontwikkelaar afdraagt als sociale huur in het plan niet lukt.',
  body: 'De gemeente laat een ontwikkelaar afdragen per sociale huurwoning die niet in het plan komt.',
  steeringDistance: 'distance',
  steeringHardness: 'hard',
  goals: ['add', 'add', 'spreadBetter'],
  source: 'Memo Platform31, 16 december 2024',
  sourceUrl: '',
};

const errorsOf = (input: unknown) => {
  const result = ZKnowledgeItemInput.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('ZKnowledgeItemInput', () => {
  test('a valid instrument: goals de-duplicated, an empty URL becomes null', () => {
    expect(ZKnowledgeItemInput.parse(instrument)).toMatchObject({
      goals: ['add', 'spreadBetter'],
      sourceUrl: null,
    });
  });

  test.each<[string, Partial<TKnowledgeItemInputRaw>, string[]]>([
    [
      'instrument without axes',
      { steeringDistance: null, steeringHardness: null },
      [
        'steeringDistance: Een instrument stuurt op afstand of vanuit nabijheid: kies er een.',
        'steeringHardness: Een instrument stuurt hard of zacht: kies er een.',
      ],
    ],
    ['publication without link', { kind: 'publication' }, ['sourceUrl: Geef de link naar de publicatie.']],
    [
      'a link that is not a web address',
      { sourceUrl: 'javascript:alert(1)' },
      ['sourceUrl: Geef een volledig webadres dat begint met https:// of http://.'],
    ],
    ['too short a title', { title: ' a ' }, ['title: Schrijf een titel in minstens 3 tekens.']],
    ['an unknown goal', { goals: ['everything'] as never }, ['goals.0: Onbekend doel.']],
    [
      'an unknown kind',
      { kind: 'rumour' as never },
      ['kind: Kies een soort: instrument, praktijkvoorbeeld, les of publicatie.'],
    ],
  ])('%s', (_label, change, expected) => {
    expect(errorsOf({ ...instrument, ...change })).toEqual(expected);
  });

  test('a lesson needs no axes', () => {
    expect(
      errorsOf({ ...instrument, kind: 'lesson', steeringDistance: null, steeringHardness: null }),
    ).toEqual([]);
  });
});

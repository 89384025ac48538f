import { describe, expect, test } from 'vitest';
import { MAX_TERMS, tokenizeQuery } from './tokenize';

const t = (word: string, exclude = false, orWithPrevious = false) => ({ word, exclude, orWithPrevious });

describe('tokenizeQuery', () => {
  test.each([
    ['vereveningsfondsen', [t('vereveningsfondsen')]],
    ['  Sociale   Huur ', [t('sociale'), t('huur')]],
    ['sociale-huurwoningen', [t('sociale'), t('huurwoningen')]],
    ['"actief grondbeleid"', [t('actief'), t('grondbeleid')]],
    ['verevening -Hilversum', [t('verevening'), t('hilversum', true)]],
    ['Haarlem OF Zwolle', [t('haarlem'), t('zwolle', false, true)]],
    ['OR Zwolle', [t('zwolle')]],
    ["'s-Graveland", [t('s'), t('graveland')]],
    ['2030 doel', [t('2030'), t('doel')]],
    ["<script>alert('x')</script>", [t('script'), t('alert'), t('x'), t('script')]],
    ['-', []],
    ['', []],
  ])('%j', (query, expected) => {
    expect(tokenizeQuery(query)).toEqual(expected);
  });

  test(`keeps at most ${MAX_TERMS} words`, () => {
    expect(tokenizeQuery('a b c d e f g h i j k')).toHaveLength(MAX_TERMS);
  });
});

import { describe, expect, test } from 'vitest';
import { buildSearchQuery, escapeLike, type StemmedTerm, stemPrefixes } from './build-query';

// The stems are what PostgreSQL 15 and PGlite answer for ts_lexize('dutch_stem', word).
describe('stemPrefixes', () => {
  test.each([
    ['vereveningsfonds', ['vereveningsfond']], // from "vereveningsfondsen"; "vereveningsfonds" → 'vereveningsfond'
    ['vereveningsfond', ['vereveningsfond']],
    ['woning', ['woning']], // "woningen" and "woning"
    ['plann', ['plan']], // "plannen"; "plan" → 'plan'
    ['huiz', ['huiz', 'huis']], // "huizen"; "huis" → 'huis'
    ['briev', ['briev', 'brief']], // "brieven"; "brief" → 'brief'
    ['huis', ['huis', 'huiz']],
    ['bopa', ['bopa']],
    ['2030', ['2030']],
    ['gas', ['gas']],
  ])('%s → %j', (stem, expected) => {
    expect(stemPrefixes(stem)).toEqual(expected);
  });
});

const term = (word: string, stem: string | null, extra: Partial<StemmedTerm> = {}): StemmedTerm => ({
  word,
  stem,
  exclude: false,
  orWithPrevious: false,
  ...extra,
});

describe('buildSearchQuery', () => {
  test.each<[string, StemmedTerm[], ReturnType<typeof buildSearchQuery>]>([
    [
      'one plural word',
      [term('vereveningsfondsen', 'vereveningsfonds')],
      { tsquery: "'vereveningsfond':*", excludeTsquery: null, likePatterns: ['%vereveningsfond%'] },
    ],
    [
      'two words, a stop word left out',
      [term('woningen', 'woning'), term('in', null), term('laren', 'lar')],
      { tsquery: "'woning':* & 'lar':*", excludeTsquery: null, likePatterns: ['%woning%'] },
    ],
    [
      'alternatives per word',
      [term('huizen', 'huiz')],
      { tsquery: "('huiz':* | 'huis':*)", excludeTsquery: null, likePatterns: ['%huiz%'] },
    ],
    [
      'OR gives no LIKE patterns',
      [term('haarlem', 'haarlem'), term('zwolle', 'zwoll', { orWithPrevious: true })],
      { tsquery: "'haarlem':* | 'zwol':*", excludeTsquery: null, likePatterns: [] },
    ],
    [
      'an excluded word',
      [term('verevening', 'verevening'), term('hilversum', 'hilversum', { exclude: true })],
      {
        tsquery: "'verevening':*",
        excludeTsquery: "'hilversum':*",
        likePatterns: ['%verevening%'],
      },
    ],
    [
      'only stop words',
      [term('de', null), term('het', null)],
      { tsquery: null, excludeTsquery: null, likePatterns: [] },
    ],
    [
      'a quote cannot break out of the lexeme',
      [term("o'neil", "o'neil")],
      { tsquery: "'o''neil':*", excludeTsquery: null, likePatterns: ["%o'neil%"] },
    ],
  ])('%s', (_label, terms, expected) => {
    expect(buildSearchQuery(terms)).toEqual(expected);
  });
});

describe('escapeLike', () => {
  test.each([
    ['50%', '50\\%'],
    ['a_b', 'a\\_b'],
    ['c:\\x', 'c:\\\\x'],
  ])('%s → %s', (text, expected) => expect(escapeLike(text)).toBe(expected));
});

import { describe, expect, test } from 'vitest';
import { MARK_END as E, parseMarkedSnippet, MARK_START as S, snippetParts } from './snippet';

describe('parseMarkedSnippet', () => {
  test.each([
    [`Het ${S}vereveningsfonds${E} werkt`, 'Het vereveningsfonds werkt', [[4, 20]]],
    [
      `${S}Woningen${E} en ${S}woning${E}`,
      'Woningen en woning',
      [
        [0, 8],
        [12, 18],
      ],
    ],
    ['geen treffer', 'geen treffer', []],
    [`  regel\n  twee ${S}x${E} `, 'regel twee x', [[11, 12]]],
    [`<b>${S}html${E}</b>`, '<b>html</b>', [[3, 7]]],
    [`leeg ${S}${E}`, 'leeg', []],
  ])('%j', (marked, snippet, highlights) => {
    expect(parseMarkedSnippet(marked)).toEqual({ snippet, highlights });
  });
});

describe('snippetParts', () => {
  test('splits text around the highlights, and text that looks like HTML stays text', () => {
    expect(snippetParts({ snippet: '<b>html</b> en meer', highlights: [[3, 7]] })).toEqual([
      { text: '<b>', match: false },
      { text: 'html', match: true },
      { text: '</b> en meer', match: false },
    ]);
  });
  test('ignores overlapping or out-of-range highlights', () => {
    expect(
      snippetParts({
        snippet: 'abc',
        highlights: [
          [0, 2],
          [1, 3],
          [2, 9],
        ],
      }),
    ).toEqual([
      { text: 'ab', match: true },
      { text: 'c', match: false },
    ]);
  });
});

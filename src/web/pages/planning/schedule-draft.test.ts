import { describe, expect, it, test } from 'vitest';
import {
  type DraftActivity,
  fieldId,
  linksFromDraft,
  mapErrors,
  moveRow,
  newKey,
  removeRow,
  slipWeeks,
  toActivityInput,
  toDraftLinks,
  weeksToMonths,
} from './schedule-draft';

const row = (key: string, links: DraftActivity['links'] = []): DraftActivity => ({
  key,
  name: `Activiteit ${key}`,
  phase: 'planning',
  duration: '4',
  links,
  party: null,
  roles: [],
  milestone: false,
  calendar: null,
  actualStart: '',
  actualEnd: '',
});
const fs = (key: string, lagWeeks = 0) => ({ key, type: 'FS' as const, lagWeeks });

describe('schedule draft', () => {
  it('leaves empty optional fields out of the PUT shape', () => {
    expect(toActivityInput({ ...row('a'), duration: ' 6 ', actualEnd: '2027-03-01' })).toEqual({
      key: 'a',
      name: 'Activiteit a',
      phase: 'planning',
      durationWeeks: 6,
      dependsOn: [],
      actualEnd: '2027-03-01',
    });
  });

  it('moves a row and leaves the list alone at its ends', () => {
    const rows = ['a', 'b', 'c'];
    expect(moveRow(rows, 1, -1)).toEqual(['b', 'a', 'c']);
    expect(moveRow(rows, 2, 1)).toBe(rows);
  });

  it('lets successors of a removed activity wait for its predecessors', () => {
    const rows = [row('a'), row('b', [fs('a', 2)]), row('c', [fs('b'), fs('a')])];
    const after = removeRow(rows, 'b');
    expect(after.map((r) => r.key)).toEqual(['a', 'c']);
    expect(after[1]?.links).toEqual([fs('a')]);
  });

  it.each([
    ['Extra participatieronde', 'extra-participatieronde'],
    ['Één bouwteam', 'een-bouwteam'],
    ['2e ronde', 'activiteit-2e-ronde'],
    ['Activiteit a', 'activiteit-a-2'],
  ])('makes a valid unique key of %s', (name, key) => {
    expect(newKey(name, new Set(['activiteit-a']))).toBe(key);
  });

  it.each([
    ['2027-03-22', '2027-03-01', 3],
    ['2027-03-01', '2027-03-01', 0],
    ['2027-02-15', '2027-03-01', -2],
  ])('counts the slip of an actual end %s against baseline end %s', (actual, end, weeks) => {
    expect(slipWeeks(actual, { key: 'a', name: 'A', start: '2027-01-01', end })).toBe(weeks);
  });

  it('has no slip without an actual end or a baseline', () => {
    expect(slipWeeks('', { key: 'a', name: 'A', start: '2027-01-01', end: '2027-03-01' })).toBeNull();
    expect(slipWeeks('2027-03-01', undefined)).toBeNull();
  });

  it('turns weeks into about months', () => {
    expect(weeksToMonths(52)).toBe(12);
    expect(weeksToMonths(26)).toBe(6);
  });

  it('puts server errors next to the row and field they name', () => {
    const rows = [row('a'), row('b')];
    const mapped = mapErrors(rows, [
      { path: 'activities.1.durationWeeks', message: 'Een aantal weken is een getal.' },
      { path: 'activities.0.party', message: 'Onbekende partij.' },
      { path: 'activities', message: 'Kringverwijzing.' },
      { path: 'activities.a.dependsOn', message: 'Onbekende voorganger.' },
    ]);
    expect(mapped.byField).toEqual({
      [fieldId('b', 'durationWeeks')]: 'Een aantal weken is een getal.',
      [fieldId('a', 'dependsOn')]: 'Onbekende voorganger.',
    });
    expect(mapped.other).toEqual(['Activiteit a: Onbekende partij.', 'Kringverwijzing.']);
  });
});

describe('editing dependencies', () => {
  test('typed dependencies become links; a round trip keeps them', () => {
    const links = [
      { key: 'tekenen', type: 'SS' as const, lagWeeks: 2 },
      { key: 'rekenen', type: 'FS' as const, lagWeeks: 0 },
    ];
    expect(linksFromDraft(toDraftLinks(links), 'ontwerp')).toEqual({ links, errors: {} });
    expect(linksFromDraft([{ id: 1, key: 'tekenen', type: 'FS', lag: ' 4 ' }], 'ontwerp').links).toEqual([
      { key: 'tekenen', type: 'FS', lagWeeks: 4 },
    ]);
  });

  test('each wrong line gets its own message', () => {
    const { links, errors } = linksFromDraft(
      [
        { id: 1, key: '', type: 'FS', lag: '0' },
        { id: 2, key: 'ontwerp', type: 'FS', lag: '0' },
        { id: 3, key: 'tekenen', type: 'FS', lag: '-1' },
        { id: 4, key: 'rekenen', type: 'FS', lag: '2' },
        { id: 5, key: 'rekenen', type: 'SS', lag: '0' },
      ],
      'ontwerp',
    );
    expect(links).toEqual([{ key: 'rekenen', type: 'FS', lagWeeks: 2 }]);
    expect(errors).toEqual({
      0: 'Kies de activiteit waarop deze wacht.',
      1: 'Een activiteit kan niet op zichzelf wachten.',
      2: 'De wachttijd is een heel aantal weken, van 0 tot en met 260.',
      4: 'Deze activiteit staat er al.',
    });
  });
});

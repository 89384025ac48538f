import { describe, expect, test } from 'vitest';
import { QUESTIONNAIRE } from '../../core/route-map';
import type { LogbookExport, StoredActivity } from './schedule-xlsx';
import { describeChanges, keyFor, mergeActivities, newAnswers } from './schedule-xlsx-merge';
import type { ReadActivity } from './schedule-xlsx-read';

const SAVED: StoredActivity[] = [
  {
    key: 'ontwerp',
    name: 'Ontwerp',
    phase: 'planning',
    durationWeeks: 8,
    dependsOn: [],
    party: 'gemeente',
    roles: ['projectleider'],
    staffing: [{ role: 'projectleider', hoursPerWeek: 8 }],
    calendar: 'council',
    milestone: false,
  },
  {
    key: 'besluit',
    name: 'Raadsbesluit',
    phase: 'planning',
    durationWeeks: 0,
    dependsOn: [{ key: 'ontwerp', type: 'FS', lagWeeks: 2 }],
    milestone: true,
  },
];

/** The rows as the export writes SAVED, every column present. */
const ROWS: ReadActivity[] = [
  {
    row: 13,
    key: 'ontwerp',
    name: 'Ontwerp',
    phase: 'planning',
    durationWeeks: 8,
    party: 'gemeente',
    roles: ['projectleider'],
    staffing: [{ role: 'projectleider', hoursPerWeek: 8 }],
    actualStart: null,
    actualEnd: null,
    milestone: false,
    links: [],
  },
  {
    row: 14,
    key: 'besluit',
    name: 'Raadsbesluit',
    phase: 'planning',
    durationWeeks: 0,
    party: null,
    roles: [],
    staffing: [],
    actualStart: null,
    actualEnd: null,
    milestone: true,
    links: ['Ontwerp (+2 wk)'],
  },
];

const edit = (i: number, change: Partial<ReadActivity>) =>
  ROWS.map((row, j) => (i === j ? { ...row, ...change } : row));

describe('mergeActivities', () => {
  test('the rows as exported give the saved activities back: nothing changes', () => {
    const { activities, errors } = mergeActivities(ROWS, SAVED);
    expect(errors).toEqual([]);
    expect(describeChanges(SAVED, activities)).toEqual({ added: [], removed: [], changed: [] });
    expect(activities[0]).toMatchObject({ calendar: 'council', staffing: SAVED[0]?.staffing });
  });

  test('a new row gets a key from its name and can be named as a dependency', () => {
    const rows: ReadActivity[] = [
      ...edit(1, { links: ['Ontwerp (+2 wk)', 'Bodem sanering (begin-begin)'] }),
      { row: 15, key: null, name: 'Bodem sanering', phase: 'planning', durationWeeks: 4, links: ['Ontwerp'] },
    ];
    const { activities, errors } = mergeActivities(rows, SAVED);
    expect(errors).toEqual([]);
    expect(activities[2]).toMatchObject({ key: 'bodem-sanering', milestone: false, party: null });
    expect(activities[1]?.dependsOn).toEqual([
      { key: 'ontwerp', type: 'FS', lagWeeks: 2 },
      { key: 'bodem-sanering', type: 'SS', lagWeeks: 0 },
    ]);
    expect(describeChanges(SAVED, activities).added).toEqual([
      { key: 'bodem-sanering', name: 'Bodem sanering' },
    ]);
  });

  test('a column the sheet does not have keeps the saved value; an emptied cell clears it', () => {
    const { roles: _r, staffing: _s, party: _p, links: _l, ...bare } = ROWS[1] as ReadActivity;
    const kept = mergeActivities([ROWS[0] as ReadActivity, bare], SAVED).activities[1];
    expect(kept?.dependsOn).toEqual(SAVED[1]?.dependsOn);
    const cleared = mergeActivities(edit(0, { roles: [], staffing: [], party: null }), SAVED).activities[0];
    expect(cleared).toMatchObject({ roles: [], staffing: [], party: null, calendar: 'council' });
  });

  test('unknown and ambiguous dependencies and a key twice are errors on their rows', () => {
    const rows = [
      ...edit(1, { links: ['Ontwerpen'] }),
      { ...(ROWS[0] as ReadActivity), row: 15 },
      { ...(ROWS[0] as ReadActivity), row: 16, key: null, links: ['Ontwerp'] },
    ];
    expect(mergeActivities(rows, SAVED).errors).toEqual([
      {
        sheet: 'Planning',
        row: 15,
        column: 'Sleutel',
        message: 'De sleutel "ontwerp" staat er twee keer in.',
      },
      { sheet: 'Planning', row: 14, column: 'Afhankelijk van', message: 'Onbekende activiteit "Ontwerpen".' },
      {
        sheet: 'Planning',
        row: 16,
        column: 'Afhankelijk van',
        message:
          '"Ontwerp" staat meer dan eens in de planning. Schrijf de sleutel (kolom Sleutel) in plaats van de naam.',
      },
    ]);
  });

  test('new keys are unique and readable', () => {
    const taken = new Set(['ontwerp']);
    expect(keyFor('Ontwerp', taken)).toBe('ontwerp-2');
    expect(keyFor('Ontwerp', taken)).toBe('ontwerp-3');
    expect(keyFor('Één café!', taken)).toBe('een-cafe');
    expect(keyFor('??', taken)).toBe('activiteit');
  });
});

describe('describeChanges', () => {
  test('lists each changed field with its value before and after', () => {
    const { activities } = mergeActivities(
      edit(0, {
        durationWeeks: 12,
        actualStart: '2027-03-01',
        staffing: [{ role: 'jurist', hoursPerWeek: 4.5 }],
      }),
      SAVED,
    );
    expect(describeChanges(SAVED, activities).changed).toEqual([
      {
        key: 'ontwerp',
        name: 'Ontwerp',
        fields: ['duur', 'werkelijke start', 'uren per week'],
        changes: [
          { field: 'durationWeeks', label: 'duur', before: '8 weken', after: '12 weken' },
          { field: 'actualStart', label: 'werkelijke start', before: '–', after: '1 maart 2027' },
          { field: 'staffing', label: 'uren per week', before: 'projectleider 8', after: 'jurist 4,5' },
        ],
      },
    ]);
  });

  test('a renamed activity changes only its name, not its dependents; a removed row is listed', () => {
    const renamed = mergeActivities(edit(0, { name: 'Ontwerp VO' }), SAVED).activities;
    expect(describeChanges(SAVED, renamed).changed.map((c) => [c.key, c.fields])).toEqual([
      ['ontwerp', ['naam']],
    ]);
    const removed = mergeActivities([ROWS[0] as ReadActivity], SAVED).activities;
    expect(describeChanges(SAVED, removed)).toMatchObject({
      removed: [{ key: 'besluit', name: 'Raadsbesluit' }],
      changed: [],
    });
  });
});

describe('newAnswers', () => {
  const [first, second, third] = QUESTIONNAIRE.questions;
  const latest = {
    id: 1,
    questionKey: first?.key ?? '',
    question: first?.question ?? '',
    answer: 'ja',
    note: 'Akkoord',
    answeredAt: '2027-01-05T09:00:00.000Z',
    answeredBy: { name: 'Anna', organisationName: 'Gemeente Hilversum' },
  };
  const questions: LogbookExport['questions'] = QUESTIONNAIRE.questions.map((q) => ({
    ...q,
    latest: q.key === first?.key ? latest : null,
    blocking: false,
  }));
  const row = (n: number, questionKey: string, answer: 'ja' | 'nee' | 'nvt' | null, note: string | null) => ({
    row: n,
    questionKey,
    answer,
    note,
  });

  test('an answer or note that differs from the newest becomes a new answer', () => {
    const read = [
      row(8, first?.key ?? '', 'ja', 'Akkoord'),
      row(9, second?.key ?? '', null, null),
      row(10, third?.key ?? '', 'nvt', null),
    ];
    expect(newAnswers(read, questions)).toEqual({
      answers: [{ questionKey: third?.key, question: third?.question, answer: 'nvt', note: null }],
      errors: [],
    });
    expect(
      newAnswers([row(8, first?.key ?? '', 'ja', 'Akkoord, met voorwaarden')], questions).answers,
    ).toHaveLength(1);
    expect(newAnswers(null, questions)).toEqual({ answers: [], errors: [] });
  });

  test('an unknown question, an emptied answer and a note without answer are errors', () => {
    const read = [
      row(8, first?.key ?? '', null, 'Akkoord'),
      row(9, second?.key ?? '', null, 'Nog navragen'),
      row(10, 'bestaat-niet', 'ja', null),
    ];
    expect(newAnswers(read, questions).errors.map((e) => [e.row, e.column])).toEqual([
      [8, 'Antwoord'],
      [9, 'Antwoord'],
      [10, 'Sleutel'],
    ]);
  });
});

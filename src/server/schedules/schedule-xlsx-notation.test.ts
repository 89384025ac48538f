import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Link } from '../../core/schedule';
import {
  formatLinks,
  formatStaffing,
  indexActivities,
  parseStaffing,
  resolveEntry,
  splitEntries,
} from './schedule-xlsx-notation';

const ACTIVITIES = [
  { key: 'tekenen', name: 'Tekenen' },
  { key: 'rekenen', name: 'Rekenen' },
  { key: 'ontwerp', name: 'Ontwerp (VO)' },
  { key: 'overleg-1', name: 'Overleg' },
  { key: 'overleg-2', name: 'Overleg' },
];
const INDEX = indexActivities(ACTIVITIES, [{ key: 'rekenen', name: 'Businesscase' }]);

describe('"Afhankelijk van": one entry', () => {
  test.each([
    ['Tekenen', { key: 'tekenen', type: 'FS', lagWeeks: 0 }],
    ['  tekenen ', { key: 'tekenen', type: 'FS', lagWeeks: 0 }],
    ['Tekenen (+2 wk)', { key: 'tekenen', type: 'FS', lagWeeks: 2 }],
    ['Tekenen (begin-begin)', { key: 'tekenen', type: 'SS', lagWeeks: 0 }],
    ['Tekenen (begin-begin +2 wk)', { key: 'tekenen', type: 'SS', lagWeeks: 2 }],
    ['Tekenen (BB + 3 weken)', { key: 'tekenen', type: 'SS', lagWeeks: 3 }],
    ['Tekenen (SS, +1)', { key: 'tekenen', type: 'SS', lagWeeks: 1 }],
    ['Tekenen (EB +4 wk)', { key: 'tekenen', type: 'FS', lagWeeks: 4 }],
    ['Ontwerp (VO)', { key: 'ontwerp', type: 'FS', lagWeeks: 0 }],
    ['Ontwerp (VO) (+1 wk)', { key: 'ontwerp', type: 'FS', lagWeeks: 1 }],
    ['overleg-2', { key: 'overleg-2', type: 'FS', lagWeeks: 0 }],
    ['overleg-1 (+1 wk)', { key: 'overleg-1', type: 'FS', lagWeeks: 1 }],
    // The name the activity had when exported: a rename in the sheet keeps its dependents.
    ['Businesscase', { key: 'rekenen', type: 'FS', lagWeeks: 0 }],
  ])('%s → %o', (entry, link) => {
    expect(resolveEntry(entry, INDEX)).toEqual({ ok: true, link });
  });

  test.each([
    ['Tekenn', 'Onbekende activiteit "Tekenn".'],
    ['Tekenn (+2 wk)', 'Onbekende activiteit "Tekenn".'],
    [
      'Overleg',
      '"Overleg" staat meer dan eens in de planning. Schrijf de sleutel (kolom Sleutel) in plaats van de naam.',
    ],
    [
      'Tekenen (+2,5 wk)',
      '"Tekenen (+2,5 wk)" is niet te lezen. Schrijf de wachttijd in hele weken, zoals "Tekenen (+2 wk)".',
    ],
    ['Tekenen (+300 wk)', '"Tekenen (+300 wk)": de wachttijd is hoogstens 260 weken.'],
    ['constructor', 'Onbekende activiteit "constructor".'],
  ])('%s is refused: %s', (entry, message) => {
    expect(resolveEntry(entry, INDEX)).toEqual({ ok: false, message });
  });

  test('entries are separated by ";" or a line break', () => {
    expect(splitEntries('Tekenen (+2 wk); Rekenen\nOntwerp (VO);; ')).toEqual([
      'Tekenen (+2 wk)',
      'Rekenen',
      'Ontwerp (VO)',
    ]);
  });
});

describe('"Afhankelijk van": written by name, read back as the same links', () => {
  test('names where they are unambiguous, keys where they are not', () => {
    const links: Link[] = [
      { key: 'tekenen', type: 'SS', lagWeeks: 2 },
      { key: 'rekenen', type: 'FS', lagWeeks: 0 },
      { key: 'overleg-2', type: 'FS', lagWeeks: 1 },
    ];
    expect(formatLinks(links, ACTIVITIES)).toBe('Tekenen (begin-begin +2 wk); Rekenen; overleg-2 (+1 wk)');
  });

  test('any names and links round trip', () => {
    const name = fc.oneof(
      fc.constantFrom('Tekenen', 'Ontwerp (VO)', 'Wachten (+2 wk)', 'A; B', 'tekenen', 'Overleg', ' ', 'a1'),
      fc.string({ minLength: 1, maxLength: 12 }),
    );
    fc.assert(
      fc.property(
        fc.array(name, { minLength: 1, maxLength: 6 }),
        fc.array(fc.record({ to: fc.nat(5), ss: fc.boolean(), lag: fc.nat(260) }), { maxLength: 6 }),
        (names, picks) => {
          const activities = names.map((n, i) => ({ key: `a${i}`, name: n }));
          const links: Link[] = picks.map(({ to, ss, lag }) => ({
            key: `a${to % activities.length}`,
            type: ss ? 'SS' : 'FS',
            lagWeeks: lag,
          }));
          const index = indexActivities(activities);
          const read = splitEntries(formatLinks(links, activities)).map((entry) =>
            resolveEntry(entry, index),
          );
          expect(read).toEqual(links.map((link) => ({ ok: true, link })));
        },
      ),
    );
  });
});

describe('"Uren per week"', () => {
  test('written and read back', () => {
    const lines = [
      { role: 'projectleider', hoursPerWeek: 8 },
      { role: 'jurist', hoursPerWeek: 4.5 },
    ];
    expect(formatStaffing(lines)).toBe('projectleider 8; jurist 4,5');
    expect(parseStaffing('projectleider 8; Jurist 4,5 uur')).toEqual({ ok: true, lines });
    expect(parseStaffing('')).toEqual({ ok: true, lines: [] });
  });

  test.each([
    [
      'projectleider',
      '"projectleider" is niet te lezen. Schrijf rol en uren, zoals "jurist 4; planeconoom 8".',
    ],
    ['jurist 50', 'jurist: hoogstens 40 uur per week per rol.'],
    ['jurist 4; jurist 8', 'De rol "jurist" staat er twee keer in.'],
  ])('%s is refused', (text, message) => {
    expect(parseStaffing(text)).toEqual({ ok: false, message });
  });
});

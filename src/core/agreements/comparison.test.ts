import { describe, expect, test } from 'vitest';
import { buildComparisonGrid, type GridAgreement, type GridCommitment } from './comparison';
import { draftRegionalAgreement } from './regional-draft';

const c = (
  id: string,
  topic: string,
  target: number | null,
  over: Partial<GridCommitment> = {},
): GridCommitment => ({
  id,
  topic,
  type: topic === 'firstRightToLocations' ? 'process' : 'numbers',
  description: `${topic} ${id}`,
  partyName: 'Corporatie (demo)',
  target,
  actual: null,
  unit: 'woningen',
  status: 'onTrack',
  ...over,
});

const agreements: GridAgreement[] = [
  // Hilversum words it one way, Gooise Meren another, but the topics are the same (seed 003).
  {
    id: 'a1',
    year: 2025,
    municipalityCode: 'GM0402',
    commitments: [c('h1', 'newSocialRent', 120), c('h2', 'firstRightToLocations', null)],
  },
  {
    id: 'a2',
    year: 2025,
    municipalityCode: 'GM1942',
    commitments: [c('g1', 'sustainability', 80), c('g2', 'newSocialRent', 45)],
  },
  { id: 'a3', year: 2025, municipalityCode: 'GM1942', commitments: [c('g3', 'newSocialRent', 10)] },
  {
    id: 'a4',
    year: 2025,
    municipalityCode: 'GM0406',
    commitments: [c('z1', 'newSocialRent', 30), c('z2', 'firstRightToLocations', null)],
  },
  { id: 'a5', year: 2024, municipalityCode: 'GM0402', commitments: [c('old', 'rentIncrease', null)] },
  { id: 'r1', year: 2025, municipalityCode: null, commitments: [c('r', 'landPrice', 1)] },
];
const HILVERSUM = { code: 'GM0402', name: 'Hilversum' };
const GOOISE_MEREN = { code: 'GM1942', name: 'Gooise Meren' };
const HUIZEN = { code: 'GM0406', name: 'Huizen' };

describe('buildComparisonGrid', () => {
  test('the comparison grid aligns commitment types across municipalities', () => {
    const grid = buildComparisonGrid(agreements, 2025, [HILVERSUM, GOOISE_MEREN]);
    expect(grid.columns.map((col) => [col.code, col.agreementIds])).toEqual([
      ['GM0402', ['a1']],
      ['GM1942', ['a2', 'a3']],
    ]);
    // Rows in the registry's order, one per topic; each cell holds that municipality's commitments on the topic.
    expect(
      grid.rows.map((row) => [row.topic, row.presentIn, row.cells.map((cell) => cell.map((x) => x.id))]),
    ).toEqual([
      ['newSocialRent', 2, [['h1'], ['g2', 'g3']]],
      ['sustainability', 1, [[], ['g1']]],
      ['firstRightToLocations', 1, [['h2'], []]],
    ]);
  });

  test.each([
    ['another year', 2024, [HILVERSUM], ['rentIncrease']],
    ['a year without agreements', 2030, [HILVERSUM, GOOISE_MEREN], []],
    ['columns in the order asked', 2025, [HUIZEN, HILVERSUM], ['newSocialRent', 'firstRightToLocations']],
  ])('%s', (_label, year, columns, topics) => {
    const grid = buildComparisonGrid(agreements, year, columns);
    expect(grid.rows.map((row) => row.topic)).toEqual(topics);
    expect(grid.columns.map((col) => col.code)).toEqual(columns.map((col) => col.code));
  });

  test('an unknown topic key lands in the row "Overig"', () => {
    const grid = buildComparisonGrid(
      [{ id: 'x', year: 2025, municipalityCode: 'GM0402', commitments: [c('u', 'vanished', null)] }],
      2025,
      [HILVERSUM],
    );
    expect(grid.rows.map((row) => row.topic)).toEqual(['other']);
  });
});

describe('draftRegionalAgreement', () => {
  const grid = buildComparisonGrid(agreements, 2025, [HILVERSUM, GOOISE_MEREN, HUIZEN]);

  test.each([
    ['all municipalities', 1, ['newSocialRent'], ['sustainability', 'firstRightToLocations']],
    ['most municipalities', 0.5, ['newSocialRent', 'firstRightToLocations'], ['sustainability']],
    ['any municipality', 0, ['newSocialRent', 'sustainability', 'firstRightToLocations'], []],
  ])('shared by %s', (_label, share, kept, left) => {
    const draft = draftRegionalAgreement(grid, share);
    expect(draft.commitments.map((x) => x.topic)).toEqual(kept);
    expect(draft.leftOut.map((x) => x.topic)).toEqual(left);
  });

  test('numbers add up the local targets; a process commitment has no target; the text names who has it', () => {
    const draft = draftRegionalAgreement(grid, 0.5);
    expect(draft.title).toBe('Regionale woonafspraken 2025');
    expect(draft.commitments[0]).toMatchObject({
      topic: 'newSocialRent',
      target: 120 + 45 + 10 + 30,
      unit: 'woningen',
      municipalities: ['GM0402', 'GM1942', 'GM0406'],
    });
    expect(draft.commitments[1]).toMatchObject({
      topic: 'firstRightToLocations',
      type: 'process',
      target: null,
    });
    expect(draft.commitments[1]?.description).toMatch(/Hilversum, Huizen/);
  });
});

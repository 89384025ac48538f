import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ACCOUNTS, planInput } from '../../../test/support/fixtures';
import { type Client, createTestApp, type TestApp } from '../../../test/support/test-app';
import { databaseKinds } from '../../../test/support/test-db';
import { upload } from '../../../test/support/upload';
import { chooseTemplate, QUESTIONNAIRE, templateToActivity } from '../../core/route-map';
import { parseLinkKeys, readDay } from './schedule-xlsx-read';

const ROUTE = { development: 'site', procedure: 'buildingPermit', preparation: 'sequential' } as const;

describe('reading the schedule workbook', () => {
  test('dependencies in the key notation', () => {
    expect(parseLinkKeys('tekenen SS +2; rekenen +4 wk;initiatief')).toEqual({
      links: [
        { key: 'tekenen', type: 'SS', lagWeeks: 2 },
        { key: 'rekenen', type: 'FS', lagWeeks: 4 },
        { key: 'initiatief', type: 'FS', lagWeeks: 0 },
      ],
      bad: [],
    });
    expect(parseLinkKeys('Tekenen (begin-begin)').bad).toEqual(['Tekenen (begin-begin)']);
    expect(parseLinkKeys('')).toEqual({ links: [], bad: [] });
  });

  test.each([
    ['2027-03-01', '2027-03-01'],
    ['1-3-2027', '2027-03-01'],
    ['01/03/2027', '2027-03-01'],
    [null, null],
    ['31-2-2027', undefined],
    ['morgen', undefined],
  ])('day %s → %s', (cell, day) => {
    expect(readDay(cell)).toBe(day);
  });
});

/** The workbook as a person edits it: `edit` gets the two sheets and their columns by header. */
async function edited(
  file: Buffer,
  edit: (
    planning: ExcelJS.Worksheet,
    col: (header: string) => number,
    headerRow: number,
    questions: ExcelJS.Worksheet,
  ) => void,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file as unknown as ArrayBuffer);
  const planning = workbook.getWorksheet('Planning') as ExcelJS.Worksheet;
  let headerRow = 0;
  planning.eachRow((row, n) => {
    if (!headerRow && row.getCell(1).value === 'Fase') headerRow = n;
  });
  const columns = new Map<string, number>();
  planning.getRow(headerRow).eachCell((cell, c) => {
    columns.set(String(cell.value), c);
  });
  edit(
    planning,
    (header) => columns.get(header) ?? 0,
    headerRow,
    workbook.getWorksheet('Vragenlijst') as ExcelJS.Worksheet,
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function rowOfKey(sheet: ExcelJS.Worksheet, keyColumn: number, key: string): ExcelJS.Row {
  let found: ExcelJS.Row | null = null;
  sheet.eachRow((row) => {
    if (row.getCell(keyColumn).value === key) found = row;
  });
  if (!found) throw new Error(`no row for ${key}`);
  return found;
}

describe.each(databaseKinds())('importing the schedule workbook on %s', (kind) => {
  let t: TestApp;
  let hilversum: Client;
  let planId: string;
  const url = () => `/api/v1/plans/${planId}/schedule.xlsx`;
  const exported = async () => (await hilversum.get(url())).rawPayload;

  beforeAll(async () => {
    t = await createTestApp(kind);
    hilversum = await t.login(ACCOUNTS.hilversum);
    planId = (await hilversum.post('/api/v1/plans', planInput())).json().id;
    const saved = await hilversum.request({
      method: 'PUT',
      url: `/api/v1/plans/${planId}/schedule`,
      payload: {
        startDate: '2027-01-04',
        route: ROUTE,
        activities: chooseTemplate(ROUTE).activities.map(templateToActivity),
      },
    });
    expect(saved.statusCode, saved.body).toBe(200);
  });
  afterAll(() => t.close());

  test('export → import changes nothing, also for activities saved without roles or party', async () => {
    const bare = (await hilversum.post('/api/v1/plans', planInput())).json().id;
    await hilversum.request({
      method: 'PUT',
      url: `/api/v1/plans/${bare}/schedule`,
      payload: {
        startDate: '2027-01-04',
        activities: [
          { key: 'a', name: 'Alleen een naam', phase: 'planning', durationWeeks: 4, dependsOn: [] },
        ],
      },
    });
    const file = (await hilversum.get(`/api/v1/plans/${bare}/schedule.xlsx`)).rawPayload;
    const response = await upload(
      hilversum,
      `/api/v1/plans/${bare}/schedule.xlsx?dryRun=true`,
      'p.xlsx',
      file,
    );
    expect(response.json()).toMatchObject({ unchanged: true, changed: [] });
  });

  test('export → import changes nothing', async () => {
    const response = await upload(hilversum, `${url()}?dryRun=true`, 'planning.xlsx', await exported());
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      unchanged: true,
      added: [],
      removed: [],
      changed: [],
      answers: [],
    });
  });

  test('an edited duration, an added row and an answer: the dry run lists them, the import saves them', async () => {
    const file = await edited(await exported(), (planning, col, headerRow, questions) => {
      const row = rowOfKey(planning, col('Sleutel'), 'realisatie');
      row.getCell(col('Duur (weken)')).value = Number(row.getCell(col('Duur (weken)')).value) + 10;
      const added = planning.getRow(planning.rowCount + 1);
      added.getCell(col('Fase')).value = 'Uitwerking en projectontwikkeling';
      added.getCell(col('Activiteit')).value = 'Bodemsanering';
      added.getCell(col('Duur (weken)')).value = 6;
      added.getCell(col('Afhankelijk van (sleutels)')).value = 'ontwerp';
      expect(headerRow).toBeGreaterThan(1);
      let qHeader = 0;
      questions.eachRow((r, n) => {
        if (!qHeader && r.getCell(1).value === 'Fase') qHeader = n;
      });
      questions.getRow(qHeader + 1).getCell(4).value = 'Ja';
    });
    const dry = await upload(hilversum, `${url()}?dryRun=true`, 'planning.xlsx', file);
    expect(dry.statusCode, dry.body).toBe(200);
    const summary = dry.json();
    expect(summary.added).toEqual(['Bodemsanering']);
    expect(summary.changed).toEqual([expect.objectContaining({ key: 'realisatie', fields: ['duur'] })]);
    expect(summary.answers).toEqual([
      expect.objectContaining({ questionKey: QUESTIONNAIRE.questions[0]?.key, answer: 'ja' }),
    ]);
    expect(summary.end.after > summary.end.before).toBe(true);
    expect((await hilversum.get(`/api/v1/plans/${planId}/schedule`)).json().version).toBe(1);

    const done = await upload(hilversum, url(), 'planning.xlsx', file);
    expect(done.statusCode, done.body).toBe(200);
    const schedule = (await hilversum.get(`/api/v1/plans/${planId}/schedule`)).json();
    expect(schedule.version).toBe(2);
    expect(schedule.activities.find((a: { name: string }) => a.name === 'Bodemsanering')).toMatchObject({
      key: 'bodemsanering',
      dependsOn: ['ontwerp'],
    });
    const logbook = (await hilversum.get(`/api/v1/plans/${planId}/logbook`)).json();
    expect(logbook.questions[0].latest.answer).toBe('ja');

    // The same file again is stale now: someone (we) changed the planning since its export.
    const stale = await upload(hilversum, url(), 'planning.xlsx', file);
    expect(stale.statusCode).toBe(409);
  });

  test('a bad file: every error with sheet, row and column, and nothing written', async () => {
    const before = (await hilversum.get(`/api/v1/plans/${planId}/schedule`)).json();
    let rows: Record<string, number> = {};
    const file = await edited(await exported(), (planning, col, _h, questions) => {
      const a = rowOfKey(planning, col('Sleutel'), 'ontwerp');
      a.getCell(col('Duur (weken)')).value = 'lang';
      const b = rowOfKey(planning, col('Sleutel'), 'vergunning');
      b.getCell(col('Afhankelijk van (sleutels)')).value = 'bestaat-niet';
      let qHeader = 0;
      questions.eachRow((r, n) => {
        if (!qHeader && r.getCell(1).value === 'Fase') qHeader = n;
      });
      questions.getRow(qHeader + 2).getCell(4).value = 'misschien';
      rows = { ontwerp: a.number, vergunning: b.number, vraag: qHeader + 2 };
    });
    const response = await upload(hilversum, url(), 'planning.xlsx', file);
    expect(response.statusCode).toBe(422);
    const errors = response.json().errors;
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ sheet: 'Planning', row: rows.ontwerp, column: 'Duur (weken)' }),
        expect.objectContaining({ sheet: 'Vragenlijst', row: rows.vraag, column: 'Antwoord' }),
      ]),
    );
    const after = (await hilversum.get(`/api/v1/plans/${planId}/schedule`)).json();
    expect(after.version).toBe(before.version);

    // Fixed the duration and the answer: the unknown dependency is named on its row.
    const unknown = await edited(await exported(), (planning, col) => {
      rowOfKey(planning, col('Sleutel'), 'vergunning').getCell(col('Afhankelijk van (sleutels)')).value =
        'bestaat-niet';
    });
    const second = await upload(hilversum, url(), 'planning.xlsx', unknown);
    expect(second.json().errors).toEqual([
      expect.objectContaining({
        row: rows.vergunning,
        column: 'Afhankelijk van (sleutels)',
        message: 'Onbekende activiteit: bestaat-niet.',
      }),
    ]);
  });

  test('a cycle is refused on the row of an activity in it', async () => {
    const file = await edited(await exported(), (planning, col) => {
      rowOfKey(planning, col('Sleutel'), 'initiatief').getCell(col('Afhankelijk van (sleutels)')).value =
        'realisatie';
    });
    const response = await upload(hilversum, url(), 'planning.xlsx', file);
    expect(response.statusCode).toBe(422);
    expect(response.json().errors[0]).toMatchObject({
      sheet: 'Planning',
      column: 'Afhankelijk van (sleutels)',
    });
    expect(response.json().errors[0].message).toMatch(/Initiatief/);
  });

  test('not an Excel file, or no right to edit: refused', async () => {
    const junk = await upload(hilversum, url(), 'planning.xlsx', 'dit is geen excel');
    expect(junk.statusCode).toBe(422);
    expect(junk.json().errors[0].message).toMatch(/geen Excel-bestand/);
    const developer = await t.login(ACCOUNTS.developer);
    const forbidden = await upload(developer, url(), 'planning.xlsx', await exported());
    expect(forbidden.statusCode).toBe(403);
  });
});

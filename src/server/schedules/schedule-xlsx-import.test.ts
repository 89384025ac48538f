import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { ACCOUNTS, planInput } from '../../../test/support/fixtures';
import { type Client, createTestApp, type TestApp } from '../../../test/support/test-app';
import { databaseKinds } from '../../../test/support/test-db';
import { upload } from '../../../test/support/upload';
import { chooseTemplate, QUESTIONNAIRE, templateToActivity } from '../../core/route-map';
import { readDay } from './schedule-xlsx-read';

/** Lets one test make the logbook write fail after the schedule was written, to see both roll back. */
const logbookFailure = vi.hoisted(() => ({ on: false }));
vi.mock('./logbook.service', async (importOriginal) => {
  const real = await importOriginal<typeof import('./logbook.service')>();
  return {
    ...real,
    answerQuestion: async (options: Parameters<typeof real.answerQuestion>[0]) => {
      if (logbookFailure.on) throw new Error('logbook write failed (test)');
      return real.answerQuestion(options);
    },
  };
});

const ROUTE = { development: 'site', procedure: 'buildingPermit', preparation: 'sequential' } as const;

test.each([
  ['2027-03-01', '2027-03-01'],
  ['1-3-2027', '2027-03-01'],
  ['01/03/2027', '2027-03-01'],
  [null, null],
  ['31-2-2027', undefined],
  ['morgen', undefined],
])('a day in the sheet: %s → %s', (cell, day) => {
  expect(readDay(cell)).toBe(day);
});

/** A sheet's table: its header row and a column number by header. */
function tableOf(sheet: ExcelJS.Worksheet) {
  let header = 0;
  sheet.eachRow((row, n) => {
    if (!header && row.getCell(1).value === 'Fase') header = n;
  });
  const columns = new Map<string, number>();
  sheet.getRow(header).eachCell((cell, c) => {
    columns.set(String(cell.value), c);
  });
  return { header, col: (name: string) => columns.get(name) ?? 0 };
}

interface Sheets {
  planning: ExcelJS.Worksheet;
  questions: ExcelJS.Worksheet;
  /** The row of the activity with this key in "Planning". */
  activity: (key: string) => ExcelJS.Row;
  /** Sets a cell of "Planning" by activity key and column header; returns the spreadsheet row. */
  set: (key: string, header: string, value: ExcelJS.CellValue) => number;
  /** Sets a cell of "Vragenlijst" by question number (1 = first) and column header; returns the row. */
  answer: (n: number, header: string, value: ExcelJS.CellValue) => number;
  /** Appends a row to "Planning" from header → value. */
  add: (cells: Record<string, ExcelJS.CellValue>) => number;
  heading: (label: string, value: ExcelJS.CellValue) => void;
}

/** The workbook as a person edits it in Excel. */
async function edited(file: Buffer, edit: (sheets: Sheets) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file as unknown as ArrayBuffer);
  const planning = workbook.getWorksheet('Planning') as ExcelJS.Worksheet;
  const questions = workbook.getWorksheet('Vragenlijst') as ExcelJS.Worksheet;
  const p = tableOf(planning);
  const q = tableOf(questions);
  const activity = (key: string) => {
    let found: ExcelJS.Row | null = null;
    planning.eachRow((row) => {
      if (row.getCell(p.col('Sleutel')).value === key) found = row;
    });
    if (!found) throw new Error(`no row for ${key}`);
    return found as ExcelJS.Row;
  };
  edit({
    planning,
    questions,
    activity,
    set: (key, header, value) => {
      const row = activity(key);
      row.getCell(p.col(header)).value = value;
      return row.number;
    },
    answer: (n, header, value) => {
      questions.getRow(q.header + n).getCell(q.col(header)).value = value;
      return q.header + n;
    },
    add: (cells) => {
      const row = planning.getRow(planning.rowCount + 1);
      for (const [header, value] of Object.entries(cells)) row.getCell(p.col(header)).value = value;
      return row.number;
    },
    heading: (label, value) => {
      for (let n = 1; n < p.header; n += 1) {
        if (planning.getCell(n, 1).value === label) planning.getCell(n, 2).value = value;
      }
    },
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe.each(databaseKinds())('importing the schedule workbook on %s', (kind) => {
  let t: TestApp;
  let hilversum: Client;

  /** A plan with the route map's schedule, and its URLs. */
  async function newPlan() {
    const id = (await hilversum.post('/api/v1/plans', planInput())).json().id as string;
    const saved = await hilversum.put(`/api/v1/plans/${id}/schedule`, {
      startDate: '2027-01-04',
      route: ROUTE,
      activities: chooseTemplate(ROUTE).activities.map(templateToActivity),
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const url = `/api/v1/plans/${id}/schedule.xlsx`;
    return {
      id,
      url,
      exported: async () => (await hilversum.get(url)).rawPayload,
      send: (file: Buffer | string, query = '') => upload(hilversum, `${url}${query}`, 'planning.xlsx', file),
      schedule: async () => (await hilversum.get(`/api/v1/plans/${id}/schedule`)).json(),
      history: async () => (await hilversum.get(`/api/v1/plans/${id}/logbook`)).json().history.length,
    };
  }

  beforeAll(async () => {
    t = await createTestApp(kind);
    hilversum = await t.login(ACCOUNTS.hilversum);
  });
  afterAll(() => t.close());

  test('export → import changes nothing, also for activities saved without roles, party or staffing', async () => {
    const plan = await newPlan();
    const response = await plan.send(await plan.exported(), '?dryRun=true');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      unchanged: true,
      added: [],
      removed: [],
      changed: [],
      answers: [],
    });

    const bare = (await hilversum.post('/api/v1/plans', planInput())).json().id;
    await hilversum.put(`/api/v1/plans/${bare}/schedule`, {
      startDate: '2027-01-04',
      activities: [
        { key: 'a', name: 'Alleen een naam', phase: 'planning', durationWeeks: 4, dependsOn: [] },
        { key: 'b', name: 'Alleen een naam', phase: 'planning', durationWeeks: 2, dependsOn: ['a'] },
      ],
    });
    const file = (await hilversum.get(`/api/v1/plans/${bare}/schedule.xlsx`)).rawPayload;
    const again = await upload(hilversum, `/api/v1/plans/${bare}/schedule.xlsx`, 'p.xlsx', file);
    expect(again.json()).toMatchObject({ unchanged: true, changed: [] });
  });

  test('an edited duration, an added row, new hours and an answer: the dry run lists them, the import saves them', async () => {
    const plan = await newPlan();
    const file = await edited(await plan.exported(), (s) => {
      s.set('realisatie', 'Duur (weken)', 88);
      s.set('ontwerp', 'Uren per week', 'architect 16; projectleider 4,5');
      s.add({
        Fase: 'Uitwerking en projectontwikkeling',
        Activiteit: 'Bodemsanering',
        'Duur (weken)': 6,
        'Afhankelijk van': 'Ontwerp woningen (voorlopig en definitief ontwerp) (+2 wk)',
      });
      s.set(
        'realisatie',
        'Afhankelijk van',
        'Technische uitwerking en aanbesteding; bezwaartermijn; Bodemsanering',
      );
      s.answer(1, 'Antwoord', 'Ja');
      s.answer(1, 'Toelichting', 'Besproken in het overleg');
    });
    const historyBefore = await plan.history();
    const dry = await plan.send(file, '?dryRun=true');
    expect(dry.statusCode, dry.body).toBe(200);
    const summary = dry.json();
    expect(summary.added).toEqual([{ key: 'bodemsanering', name: 'Bodemsanering' }]);
    expect(summary.removed).toEqual([]);
    expect(summary.changed).toEqual([
      expect.objectContaining({ key: 'ontwerp', fields: ['uren per week'] }),
      expect.objectContaining({
        key: 'realisatie',
        fields: ['duur', 'afhankelijk van'],
        changes: expect.arrayContaining([
          { field: 'durationWeeks', label: 'duur', before: '78 weken', after: '88 weken' },
        ]),
      }),
    ]);
    expect(summary.answers).toEqual([
      expect.objectContaining({ questionKey: QUESTIONNAIRE.questions[0]?.key, answer: 'ja' }),
    ]);
    expect(summary.end.after > summary.end.before).toBe(true);
    // The dry run wrote nothing.
    expect((await plan.schedule()).version).toBe(1);
    expect(await plan.history()).toBe(historyBefore);

    const done = await plan.send(file);
    expect(done.statusCode, done.body).toBe(200);
    const schedule = await plan.schedule();
    expect(schedule.version).toBe(2);
    expect(schedule.end).toBe(summary.end.after);
    const byKey = (key: string) => schedule.activities.find((a: { key: string }) => a.key === key);
    expect(byKey('bodemsanering')).toMatchObject({
      name: 'Bodemsanering',
      links: [{ key: 'ontwerp', type: 'FS', lagWeeks: 2 }],
    });
    expect(byKey('realisatie')).toMatchObject({
      durationWeeks: 88,
      dependsOn: ['bouwvoorbereiding', 'bezwaartermijn', 'bodemsanering'],
    });
    const logbook = (await hilversum.get(`/api/v1/plans/${plan.id}/logbook`)).json();
    expect(logbook.questions[0].latest).toMatchObject({ answer: 'ja', note: 'Besproken in het overleg' });
    expect(logbook.history).toHaveLength(historyBefore + 1);

    // The hours the sheet set are saved, and exported again as written.
    const again = new ExcelJS.Workbook();
    await again.xlsx.load((await plan.exported()) as unknown as ArrayBuffer);
    const sheet = again.getWorksheet('Planning') as ExcelJS.Worksheet;
    const { col } = tableOf(sheet);
    const hours: unknown[] = [];
    sheet.eachRow((row) => {
      if (row.getCell(col('Sleutel')).value === 'ontwerp')
        hours.push(row.getCell(col('Uren per week')).value);
    });
    expect(hours).toEqual(['architect 16; projectleider 4,5']);

    // The same file again is stale now: the planning changed since its export.
    const stale = await plan.send(file);
    expect(stale.statusCode).toBe(409);
    expect(stale.json().detail).toMatch(/na de export gewijzigd/);
  });

  test('a bad file: every error with sheet, row and column, and nothing written', async () => {
    const plan = await newPlan();
    const rows: Record<string, number> = {};
    const file = await edited(await plan.exported(), (s) => {
      rows.duration = s.set('ontwerp', 'Duur (weken)', 'lang');
      rows.unknown = s.set('vergunning', 'Afhankelijk van', 'Aanvraag omgevingsvergunning; Bestaat niet');
      rows.hours = s.set('tekenen', 'Uren per week', 'architect veel');
      rows.answer = s.answer(2, 'Antwoord', 'misschien');
      rows.answer1 = s.answer(1, 'Antwoord', 'Ja');
    });
    const historyBefore = await plan.history();
    const response = await plan.send(file);
    expect(response.statusCode).toBe(422);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(response.json().errors.map((e: Record<string, unknown>) => [e.sheet, e.row, e.column])).toEqual([
      ['Planning', rows.hours, 'Uren per week'],
      ['Planning', rows.duration, 'Duur (weken)'],
      ['Planning', rows.unknown, 'Afhankelijk van'],
      ['Planning', rows.unknown, 'Afhankelijk van'],
      ['Vragenlijst', rows.answer, 'Antwoord'],
    ]);
    expect(response.json().errors[2].message).toBe('Onbekende activiteit "Aanvraag omgevingsvergunning".');
    expect((await plan.schedule()).version).toBe(1);
    expect(await plan.history()).toBe(historyBefore);
  });

  test('a cycle is refused on the row of an activity in it', async () => {
    const plan = await newPlan();
    let row = 0;
    const file = await edited(await plan.exported(), (s) => {
      row = s.set('initiatief', 'Afhankelijk van', 'Bouw tot oplevering');
    });
    const response = await plan.send(file);
    expect(response.statusCode).toBe(422);
    expect(response.json().errors).toEqual([
      expect.objectContaining({ sheet: 'Planning', row, column: 'Afhankelijk van' }),
    ]);
    expect(response.json().errors[0].message).toMatch(/kring: .*Bouw tot oplevering → Initiatief en intake/);
  });

  test('a file of another plan, without its version, or read into another variant is refused', async () => {
    const plan = await newPlan();
    const other = await newPlan();
    const foreign = await plan.send(await other.exported());
    expect(foreign.statusCode).toBe(422);
    expect(foreign.json().errors).toEqual([
      expect.objectContaining({
        sheet: 'Planning',
        column: 'Kenmerk',
        message: expect.stringMatching(/ander plan/),
      }),
    ]);
    const noVersion = await plan.send(await edited(await plan.exported(), (s) => s.heading('Versie', null)));
    expect(noVersion.json().errors[0]).toMatchObject({ column: 'Versie' });
    const variant = await plan.send(await plan.exported(), '?variant=municipality');
    expect(variant.statusCode).toBe(422);
    expect(variant.json().errors[0].message).toBe(
      'Dit bestand is de gezamenlijke planning; je leest het nu in bij de planning van de gemeente.',
    );
  });

  test('the schedule and the answers are written together: a failing answer leaves the schedule as it was', async () => {
    const plan = await newPlan();
    const file = await edited(await plan.exported(), (s) => {
      s.set('realisatie', 'Duur (weken)', 80);
      s.answer(1, 'Antwoord', 'Nee');
    });
    logbookFailure.on = true;
    try {
      const response = await plan.send(file);
      expect(response.statusCode).toBe(500);
    } finally {
      logbookFailure.on = false;
    }
    expect((await plan.schedule()).version).toBe(1);
    const retried = await plan.send(file);
    expect(retried.statusCode, retried.body).toBe(200);
    expect((await plan.schedule()).version).toBe(2);
  });

  test('not an Excel file, an emptied answer, or no right to edit: refused', async () => {
    const plan = await newPlan();
    const junk = await plan.send('dit is geen excel');
    expect(junk.statusCode).toBe(422);
    expect(junk.json().errors[0].message).toMatch(/geen Excel-bestand/);

    await hilversum.post(`/api/v1/plans/${plan.id}/logbook`, {
      questionKey: QUESTIONNAIRE.questions[0]?.key,
      answer: 'ja',
    });
    const emptied = await plan.send(
      await edited(await plan.exported(), (s) => s.answer(1, 'Antwoord', null)),
    );
    expect(emptied.json().errors).toEqual([
      expect.objectContaining({
        sheet: 'Vragenlijst',
        column: 'Antwoord',
        message: expect.stringMatching(/wissen kan niet/),
      }),
    ]);

    const developer = await t.login(ACCOUNTS.developer);
    const forbidden = await upload(developer, plan.url, 'planning.xlsx', await plan.exported());
    expect(forbidden.statusCode).toBe(403);
    const hidden = await upload(
      developer,
      '/api/v1/plans/00000000-0000-4000-8000-000000000000/schedule.xlsx',
      'p.xlsx',
      await plan.exported(),
    );
    expect(hidden.statusCode).toBe(404);
  });
});

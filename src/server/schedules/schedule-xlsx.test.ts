import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { QUESTIONNAIRE } from '../../core/route-map';
import { computeSchedule } from '../../core/schedule';
import { EXAMPLE, withActivity } from '../../core/schedule/test-data';
import {
  type LogbookExport,
  type ScheduleExport,
  scheduleFileName,
  writeScheduleWorkbook,
} from './schedule-xlsx';
import { describeChanges, mergeActivities, newAnswers } from './schedule-xlsx-merge';
import { readScheduleWorkbook } from './schedule-xlsx-read';
import { presentSchedule } from './schedules.service';

/** The shape getSchedule answers, from the hand-checked example (week 0 = Monday 4 January 2027). */
function scheduleOf(activities = EXAMPLE): ScheduleExport {
  const result = computeSchedule(activities, { start: '2027-01-04' });
  if (!result.ok) throw new Error(result.message);
  return {
    planId: 'p1',
    variant: 'joint',
    version: 3,
    route: null,
    templateKey: null,
    agreedAt: null,
    updatedAt: '2027-01-01T10:00:00.000Z',
    baseline: null,
    ...presentSchedule(result),
  };
}

const [q1, q2] = QUESTIONNAIRE.questions;
const older: LogbookExport['history'][number] = {
  id: 2,
  questionKey: q1?.key ?? '',
  question: q1?.question ?? '',
  answer: 'nee',
  note: null,
  answeredAt: '2027-01-05T09:00:00.000Z',
  answeredBy: { name: 'Anna de Vries', organisationName: 'Gemeente Hilversum' },
};
const newer = {
  ...older,
  id: 1,
  answer: 'ja',
  note: '+31 toelichting',
  answeredAt: '2027-02-01T23:30:00.000Z',
};

/** The shape getLogbook answers: the first question answered twice (ja last), the rest open. */
const LOGBOOK: LogbookExport = {
  answers: QUESTIONNAIRE.answers,
  history: [older, newer],
  questions: QUESTIONNAIRE.questions.map((question) => {
    const latest = question.key === q1?.key ? newer : null;
    return { ...question, latest, blocking: question.blocksNextPhase && !latest };
  }),
};

const GENERATED = new Date('2027-03-01T12:00:00Z');
const STAFFING = { c: [{ role: 'participatieadviseur', hoursPerWeek: 6.5 }] };

function write(schedule = scheduleOf()) {
  return writeScheduleWorkbook({
    planName: 'Nieuwbouw Hofje',
    municipalityName: 'Hilversum',
    schedule,
    logbook: LOGBOOK,
    generatedAt: GENERATED,
    staffing: STAFFING,
  });
}

async function read(schedule = scheduleOf()) {
  const buffer = await write(schedule);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook;
}

/** The table's header row (found by its first header) and a lookup of its columns by header. */
function table(sheet: ExcelJS.Worksheet, firstHeader: string) {
  let headerRow = 0;
  sheet.eachRow((row, number) => {
    if (!headerRow && row.getCell(1).value === firstHeader) headerRow = number;
  });
  const columns = new Map<string, number>();
  sheet.getRow(headerRow).eachCell((cell, col) => {
    columns.set(String(cell.value), col);
  });
  const cell = (row: number, header: string) => sheet.getCell(headerRow + row, columns.get(header) ?? 0);
  return { headerRow, columns, cell };
}

describe('writeScheduleWorkbook', () => {
  test('has the sheets Planning, Vragenlijst and Logboek, each with the source line', async () => {
    const workbook = await read();
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Planning', 'Vragenlijst', 'Logboek']);
    for (const sheet of workbook.worksheets) {
      expect(sheet.getCell('A2').value).toBe(
        'Bron: Woonregie, planning van Nieuwbouw Hofje, gegenereerd 1 maart 2027',
      );
    }
  });

  test('writes every activity with real dates, the critical flag, float and its dependencies', async () => {
    const workbook = await read();
    const sheet = workbook.getWorksheet('Planning') as ExcelJS.Worksheet;
    const { headerRow, columns, cell } = table(sheet, 'Fase');
    expect([...columns.keys()]).toContain('Sleutel');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: headerRow });
    const schedule = scheduleOf();
    schedule.activities.forEach((activity, i) => {
      expect(cell(i + 1, 'Sleutel').value).toBe(activity.key);
      const start = cell(i + 1, 'Start');
      expect(start.value).toBeInstanceOf(Date);
      expect((start.value as Date).toISOString().slice(0, 10)).toBe(activity.start);
      expect(start.numFmt).toBe('d-m-yyyy');
      expect((cell(i + 1, 'Eind').value as Date).toISOString().slice(0, 10)).toBe(activity.end);
      expect(cell(i + 1, 'Kritiek').value).toBe(activity.critical ? 'ja' : 'nee');
    });
    // a 0–4 (critical), b floats 1 week, f 5 weeks (test-data.ts).
    expect(cell(1, 'Kritiek').value).toBe('ja');
    expect(cell(1, 'Fase').value).toBe('Initiatief en verkenning');
    expect(cell(2, 'Speling (weken)').value).toBe(1);
    expect(cell(6, 'Kritiek').value).toBe('nee');
    expect(cell(6, 'Speling (weken)').value).toBe(5);
    expect(cell(3, 'Afhankelijk van').value).toBe('Principeverzoek (begin-begin +2 wk)');
    expect(cell(4, 'Afhankelijk van').value).toBe('Intentieovereenkomst; Participatie (+1 wk)');
    expect(cell(1, 'Afhankelijk van').value).toBeNull();
    expect(cell(5, 'Besluit').value).toBe('ja');
    expect(cell(4, 'Besluit').value).toBe('nee');
    expect(cell(3, 'Uren per week').value).toBe('participatieadviseur 6,5');
    expect(cell(1, 'Uren per week').value).toBeNull();
  });

  test('names a dependency by its key where its name is not unique', async () => {
    const twice = withActivity('b', { name: 'Principeverzoek' });
    const { cell } = table(
      (await read(scheduleOf(twice))).getWorksheet('Planning') as ExcelJS.Worksheet,
      'Fase',
    );
    expect(cell(4, 'Afhankelijk van').value).toBe('b; Participatie (+1 wk)');
  });

  test('reads back as the same schedule and answers: an untouched export changes nothing', async () => {
    const read = await readScheduleWorkbook(await write());
    expect(read.errors).toEqual([]);
    expect(read.heading).toMatchObject({ version: 3, planId: 'p1', variant: 'Gezamenlijke planning' });
    const saved = EXAMPLE.map((a) => (a.key === 'c' ? { ...a, staffing: STAFFING.c } : a));
    const merged = mergeActivities(read.activities, saved);
    expect(merged.errors).toEqual([]);
    expect(describeChanges(saved, merged.activities)).toEqual({ added: [], removed: [], changed: [] });
    expect(newAnswers(read.answers, LOGBOOK.questions)).toEqual({ answers: [], errors: [] });
  });

  test('shows plan, municipality, start, end, duration, critical path and what is read back above the table', async () => {
    const sheet = (await read()).getWorksheet('Planning') as ExcelJS.Worksheet;
    const facts = new Map<string, ExcelJS.CellValue>();
    for (let row = 4; row < table(sheet, 'Fase').headerRow; row += 1) {
      facts.set(String(sheet.getCell(row, 1).value), sheet.getCell(row, 2).value);
    }
    expect(facts.get('Plan')).toBe('Nieuwbouw Hofje');
    expect(facts.get('Gemeente')).toBe('Hilversum');
    expect((facts.get('Start') as Date).toISOString().slice(0, 10)).toBe('2027-01-04');
    expect(facts.get('Doorlooptijd')).toBe('25 weken (ongeveer 5,7 maanden)');
    expect(facts.get('Kritiek pad')).toBe(
      'Principeverzoek → Participatie → Ontwerp omgevingsplan → Raadsbesluit',
    );
    expect(facts.get('Versie')).toBe(3);
    expect(facts.get('Kenmerk')).toBe('p1');
    expect(facts.get('Inlezen')).toMatch(/Start, Eind, Kritiek en Speling rekent Woonregie uit/);
  });

  test('stores a formula-looking activity name as text', async () => {
    const sheet = (await read(scheduleOf(withActivity('a', { name: '=SUM(A1)' })))).getWorksheet(
      'Planning',
    ) as ExcelJS.Worksheet;
    const activity = table(sheet, 'Fase').cell(1, 'Activiteit');
    expect(activity.type).toBe(ExcelJS.ValueType.String);
    expect(activity.value).toBe("'=SUM(A1)");
    expect(activity.formula).toBeUndefined();
  });

  test('lists every question with its newest answer, and the whole history newest first', async () => {
    const workbook = await read();
    const questions = workbook.getWorksheet('Vragenlijst') as ExcelJS.Worksheet;
    const q = table(questions, 'Fase');
    expect(q.cell(1, 'Sleutel').value).toBe(q1?.key);
    expect(q.cell(1, 'Antwoord').value).toBe('Ja');
    expect(q.cell(1, 'Toelichting').value).toBe("'+31 toelichting");
    expect(q.cell(1, 'Beantwoord door').value).toBe('Anna de Vries (Gemeente Hilversum)');
    // 23:30 UTC on 1 February is 2 February in Amsterdam.
    expect((q.cell(1, 'Datum').value as Date).toISOString().slice(0, 10)).toBe('2027-02-02');
    expect(q.cell(2, 'Vraag').value).toBe(q2?.question);
    expect(q.cell(2, 'Antwoord').value).toBeNull();
    expect(q.cell(2, 'Blokkeert volgende fase').value).toBe(q2?.blocksNextPhase ? 'ja' : 'nee');

    const log = table(workbook.getWorksheet('Logboek') as ExcelJS.Worksheet, 'Datum');
    expect(log.cell(1, 'Antwoord').value).toBe('Ja');
    expect((log.cell(1, 'Datum').value as Date).toISOString()).toBe('2027-02-02T00:30:00.000Z');
    expect(log.cell(2, 'Antwoord').value).toBe('Nee');
    expect(log.cell(3, 'Antwoord').value).toBeNull();
  });

  test('names the download after the plan, the variant and the day', () => {
    expect(scheduleFileName("Nieuwbouw 't Hofje é", 'joint', GENERATED)).toBe(
      'planning-nieuwbouw-t-hofje-e-2027-03-01.xlsx',
    );
    expect(scheduleFileName('Hofje', 'corporation', GENERATED)).toBe(
      'planning-hofje-corporatie-2027-03-01.xlsx',
    );
  });
});

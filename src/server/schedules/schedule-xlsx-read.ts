import ExcelJS from 'exceljs';
import { PHASE_LABELS } from '../../core/route-map';
import { cellText, isBlank, type PlainCell, plainCell } from '../imports/cell-value';

/** One problem in the workbook: the sheet, the spreadsheet row, the column header and a Dutch message. */
export interface WorkbookError {
  sheet: string;
  row: number;
  column: string;
  message: string;
}

export interface ReadLink {
  key: string;
  type: 'FS' | 'SS';
  lagWeeks: number;
}

export interface ReadActivity {
  row: number;
  key: string | null;
  name: string;
  phase: string;
  party: string | null;
  roles: string[];
  durationWeeks: number;
  actualStart: string | null;
  actualEnd: string | null;
  milestone: boolean | null;
  links: ReadLink[];
}

export interface ReadAnswer {
  row: number;
  questionKey: string;
  answer: 'ja' | 'nee' | 'nvt' | null;
  note: string | null;
}

export interface ReadWorkbook {
  version: number | null;
  activities: ReadActivity[];
  answers: ReadAnswer[] | null;
  errors: WorkbookError[];
}

const PHASE_BY_LABEL = new Map(
  Object.entries(PHASE_LABELS).flatMap(([code, label]) => [
    [label.toLowerCase(), code],
    [code.toLowerCase(), code],
  ]),
);
const ANSWERS: Record<string, 'ja' | 'nee' | 'nvt'> = {
  ja: 'ja',
  nee: 'nee',
  'n.v.t.': 'nvt',
  nvt: 'nvt',
  'niet van toepassing': 'nvt',
};
const YES_NO: Record<string, boolean> = { ja: true, nee: false };

/** The row holding `first` in column A (a table's header), with its columns by header text; null when absent. */
function findTable(sheet: ExcelJS.Worksheet, first: string) {
  let headerRow = 0;
  sheet.eachRow((row, number) => {
    if (!headerRow && cellText(plainCell(row.getCell(1))) === first) headerRow = number;
  });
  if (!headerRow) return null;
  const columns = new Map<string, number>();
  sheet.getRow(headerRow).eachCell((cell, column) => {
    const text = cellText(plainCell(cell));
    if (text) columns.set(text, column);
  });
  return { headerRow, columns };
}

/** The value of a heading fact ("Versie" → 3) above the table, or null. */
function fact(sheet: ExcelJS.Worksheet, label: string, before: number): PlainCell {
  for (let row = 1; row < before; row += 1) {
    if (cellText(plainCell(sheet.getCell(row, 1))) === label) return plainCell(sheet.getCell(row, 2));
  }
  return null;
}

/** A day from an Excel date (read as ISO) or text as d-m-jjjj or jjjj-mm-dd; null for empty, undefined for rubbish. */
export function readDay(cell: PlainCell): string | null | undefined {
  if (isBlank(cell)) return null;
  const text = cellText(cell);
  let match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  let iso = match ? `${match[1]}-${match[2]}-${match[3]}` : null;
  if (!iso) {
    match = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text);
    if (match) iso = `${match[3]}-${(match[2] ?? '').padStart(2, '0')}-${(match[1] ?? '').padStart(2, '0')}`;
  }
  if (!iso) return undefined;
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso ? undefined : iso;
}

/**
 * "tekenen SS +2; rekenen +4; initiatief" → links; an entry that does not read is reported as its text.
 * @example parseLinkKeys('tekenen SS +2; rekenen') // [{ key: 'tekenen', type: 'SS', lagWeeks: 2 }, { key: 'rekenen', type: 'FS', lagWeeks: 0 }]
 */
export function parseLinkKeys(text: string): { links: ReadLink[]; bad: string[] } {
  const links: ReadLink[] = [];
  const bad: string[] = [];
  for (const part of text
    .split(/[;\n]/)
    .map((p) => p.trim())
    .filter(Boolean)) {
    const match =
      /^([a-z0-9][a-z0-9-]*)(?:\s+(FS|SS|BB|EB))?(?:\s*\+\s*(\d+)(?:\s*(?:wk|weken|week))?)?$/i.exec(part);
    if (!match) {
      bad.push(part);
      continue;
    }
    const kind = (match[2] ?? 'FS').toUpperCase();
    links.push({
      key: (match[1] ?? '').toLowerCase(),
      type: kind === 'SS' || kind === 'BB' ? 'SS' : 'FS',
      lagWeeks: Number(match[3] ?? 0),
    });
  }
  return { links, bad };
}

/**
 * Reads the workbook GET /plans/{id}/schedule.xlsx writes (issue 4, item 9), as edited by a person: sheet
 * "Planning" (one activity per row; start, end, critical and float are computed and not read) and, when
 * present, sheet "Vragenlijst" (the answer and note per question). Every problem is collected with its place.
 */
export async function readScheduleWorkbook(buffer: Buffer): Promise<ReadWorkbook> {
  const workbook = new ExcelJS.Workbook();
  const errors: WorkbookError[] = [];
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    return {
      version: null,
      activities: [],
      answers: null,
      errors: [
        {
          sheet: '',
          row: 0,
          column: '',
          message: 'Dit is geen Excel-bestand (.xlsx) dat Woonregie kan lezen.',
        },
      ],
    };
  }
  const planning = workbook.getWorksheet('Planning');
  const table = planning ? findTable(planning, 'Fase') : null;
  if (!planning || !table) {
    errors.push({
      sheet: 'Planning',
      row: 0,
      column: '',
      message:
        'Het tabblad "Planning" met de kolom "Fase" ontbreekt. Gebruik het bestand dat Woonregie exporteert.',
    });
    return { version: null, activities: [], answers: null, errors };
  }
  for (const required of ['Activiteit', 'Duur (weken)']) {
    if (!table.columns.has(required)) {
      errors.push({
        sheet: 'Planning',
        row: table.headerRow,
        column: required,
        message: `De kolom "${required}" ontbreekt.`,
      });
    }
  }
  if (errors.length) return { version: null, activities: [], answers: null, errors };
  const versionCell = fact(planning, 'Versie', table.headerRow);
  const version = typeof versionCell === 'number' ? versionCell : Number(cellText(versionCell)) || null;

  const activities: ReadActivity[] = [];
  const value = (row: ExcelJS.Row, header: string): PlainCell => {
    const column = table.columns.get(header);
    return column ? plainCell(row.getCell(column)) : null;
  };
  for (let number = table.headerRow + 1; number <= planning.rowCount; number += 1) {
    const row = planning.getRow(number);
    const name = cellText(value(row, 'Activiteit'));
    if (!name) {
      if (['Fase', 'Duur (weken)', 'Sleutel'].every((h) => isBlank(value(row, h)))) continue;
      errors.push({
        sheet: 'Planning',
        row: number,
        column: 'Activiteit',
        message: 'Geef de activiteit een naam.',
      });
      continue;
    }
    const err = (column: string, message: string) =>
      errors.push({ sheet: 'Planning', row: number, column, message });
    const phaseText = cellText(value(row, 'Fase')).toLowerCase();
    const phase = PHASE_BY_LABEL.get(phaseText);
    if (!phase)
      err(
        'Fase',
        `Onbekende fase "${cellText(value(row, 'Fase'))}". Kies ${Object.values(PHASE_LABELS).join(', ')}.`,
      );
    const durationCell = value(row, 'Duur (weken)');
    const duration =
      typeof durationCell === 'number' ? durationCell : Number(cellText(durationCell).replace(',', '.'));
    if (isBlank(durationCell) || !Number.isInteger(duration) || duration < 0 || duration > 520) {
      err('Duur (weken)', 'De duur is een heel aantal weken, van 0 tot en met 520.');
    }
    const actualStart = readDay(value(row, 'Werkelijke start'));
    const actualEnd = readDay(value(row, 'Werkelijk eind'));
    if (actualStart === undefined) err('Werkelijke start', 'Vul een datum in (d-m-jjjj) of laat leeg.');
    if (actualEnd === undefined) err('Werkelijk eind', 'Vul een datum in (d-m-jjjj) of laat leeg.');
    const keyText = cellText(value(row, 'Sleutel')).toLowerCase();
    if (keyText && !/^[a-z0-9][a-z0-9-]{0,59}$/.test(keyText)) {
      err(
        'Sleutel',
        'Een sleutel bestaat uit kleine letters, cijfers en streepjes; laat leeg voor een nieuwe activiteit.',
      );
    }
    const { links, bad } = parseLinkKeys(cellText(value(row, 'Afhankelijk van (sleutels)')));
    if (bad.length) {
      err(
        'Afhankelijk van (sleutels)',
        `Niet te lezen: ${bad.map((b) => `"${b}"`).join(', ')}. Schrijf sleutel, eventueel SS en +weken, gescheiden door ";".`,
      );
    }
    const decisionText = cellText(value(row, 'Besluit')).toLowerCase();
    if (decisionText && !(decisionText in YES_NO)) err('Besluit', 'Vul ja of nee in.');
    const roles = cellText(value(row, 'Rollen'))
      .split(',')
      .map((r) => r.trim())
      .filter(Boolean);
    activities.push({
      row: number,
      key: keyText || null,
      name: name.slice(0, 200),
      phase: phase ?? 'planning',
      party: cellText(value(row, 'Partij')) || null,
      roles,
      durationWeeks: Number.isFinite(duration) ? duration : 0,
      actualStart: actualStart ?? null,
      actualEnd: actualEnd ?? null,
      milestone: decisionText ? (YES_NO[decisionText] ?? null) : null,
      links,
    });
  }
  if (activities.length === 0 && errors.length === 0) {
    errors.push({
      sheet: 'Planning',
      row: table.headerRow + 1,
      column: 'Activiteit',
      message: 'Het tabblad "Planning" heeft geen activiteiten.',
    });
  }

  let answers: ReadAnswer[] | null = null;
  const questionnaire = workbook.getWorksheet('Vragenlijst');
  const questions = questionnaire ? findTable(questionnaire, 'Fase') : null;
  if (questionnaire && questions && questions.columns.has('Sleutel') && questions.columns.has('Antwoord')) {
    answers = [];
    const at = (row: ExcelJS.Row, header: string): PlainCell => {
      const column = questions.columns.get(header);
      return column ? plainCell(row.getCell(column)) : null;
    };
    for (let number = questions.headerRow + 1; number <= questionnaire.rowCount; number += 1) {
      const row = questionnaire.getRow(number);
      const questionKey = cellText(at(row, 'Sleutel'));
      if (!questionKey) continue;
      const answerText = cellText(at(row, 'Antwoord')).toLowerCase();
      const answer = answerText ? ANSWERS[answerText] : null;
      if (answer === undefined) {
        errors.push({
          sheet: 'Vragenlijst',
          row: number,
          column: 'Antwoord',
          message: 'Antwoord ja, nee of n.v.t., of laat leeg.',
        });
        continue;
      }
      answers.push({ row: number, questionKey, answer, note: cellText(at(row, 'Toelichting')) || null });
    }
  }
  return { version, activities, answers, errors };
}

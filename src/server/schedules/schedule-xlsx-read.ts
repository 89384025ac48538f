import ExcelJS from 'exceljs';
import { PHASE_LABELS } from '../../core/route-map';
import { cellText, isBlank, type PlainCell, plainCell } from '../imports/cell-value';
import { parseStaffing, type StaffingLine, splitEntries } from './schedule-xlsx-notation';

/** One problem in the workbook: the sheet, the spreadsheet row, the column header and a Dutch message. */
export interface WorkbookError {
  sheet: string;
  row: number;
  column: string;
  message: string;
}

/**
 * One row of "Planning" as the person left it. A field is undefined when its column is not in the sheet, so
 * the saved value is kept; `links` are the entries of "Afhankelijk van", resolved once every key is known.
 */
export interface ReadActivity {
  row: number;
  key: string | null;
  name: string;
  phase: string;
  durationWeeks: number;
  party?: string | null;
  roles?: string[];
  staffing?: StaffingLine[];
  actualStart?: string | null;
  actualEnd?: string | null;
  milestone?: boolean | null;
  links?: string[];
}

export interface ReadAnswer {
  row: number;
  questionKey: string;
  answer: 'ja' | 'nee' | 'nvt' | null;
  note: string | null;
}

/** The facts above the table that tie the file to its plan and version, with the row each is on. */
export interface ReadHeading {
  version: number | null;
  planId: string | null;
  variant: string | null;
  rows: Record<string, number>;
}

export interface ReadWorkbook {
  heading: ReadHeading;
  activities: ReadActivity[];
  /** Null when the workbook has no sheet "Vragenlijst": then no answer changes. */
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
const DATE_HINT = 'Vul een datum in (d-m-jjjj) of laat leeg.';
const EMPTY_HEADING: ReadHeading = { version: null, planId: null, variant: null, rows: {} };

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
  const at = (row: ExcelJS.Row, header: string): PlainCell => {
    const column = columns.get(header);
    return column ? plainCell(row.getCell(column)) : null;
  };
  return { headerRow, columns, at };
}

/** The label/value facts above the table ("Versie" → 3), with their rows. */
function readHeading(sheet: ExcelJS.Worksheet, before: number): ReadHeading {
  const facts = new Map<string, { value: PlainCell; row: number }>();
  for (let row = 1; row < before; row += 1) {
    const label = cellText(plainCell(sheet.getCell(row, 1)));
    if (label) facts.set(label, { value: plainCell(sheet.getCell(row, 2)), row });
  }
  const text = (label: string) => cellText(facts.get(label)?.value ?? null) || null;
  const version = Number(text('Versie'));
  return {
    version: Number.isInteger(version) && version > 0 ? version : null,
    planId: text('Kenmerk'),
    variant: text('Variant'),
    rows: Object.fromEntries([...facts].map(([label, fact]) => [label, fact.row])),
  };
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

type Table = NonNullable<ReturnType<typeof findTable>>;

/** One row of "Planning", its problems added to `err`; null for an empty row. */
function readActivity(
  table: Table,
  row: ExcelJS.Row,
  err: (column: string, message: string) => void,
): ReadActivity | null {
  const has = (header: string) => table.columns.has(header);
  const text = (header: string) => cellText(table.at(row, header));
  const name = text('Activiteit');
  if (!name) {
    if (['Fase', 'Duur (weken)', 'Sleutel'].every((h) => isBlank(table.at(row, h)))) return null;
    err('Activiteit', 'Geef de activiteit een naam.');
  } else if (name.length < 2 || name.length > 200) {
    err('Activiteit', 'De naam heeft 2 tot en met 200 tekens.');
  }
  const phase = PHASE_BY_LABEL.get(text('Fase').toLowerCase());
  if (!phase) {
    err('Fase', `Onbekende fase "${text('Fase')}". Kies ${Object.values(PHASE_LABELS).join(', ')}.`);
  }
  const durationCell = table.at(row, 'Duur (weken)');
  const duration =
    typeof durationCell === 'number' ? durationCell : Number(cellText(durationCell).replace(',', '.'));
  if (isBlank(durationCell) || !Number.isInteger(duration) || duration < 0 || duration > 520) {
    err('Duur (weken)', 'De duur is een heel aantal weken, van 0 tot en met 520.');
  }
  const key = text('Sleutel').toLowerCase();
  if (key && !/^[a-z0-9][a-z0-9-]{0,59}$/.test(key)) {
    err(
      'Sleutel',
      'Een sleutel bestaat uit kleine letters, cijfers en streepjes; laat leeg voor een nieuwe activiteit.',
    );
  }
  const activity: ReadActivity = {
    row: row.number,
    key: key || null,
    name,
    phase: phase ?? 'planning',
    durationWeeks: Number.isFinite(duration) ? duration : 0,
  };
  for (const [header, field] of [
    ['Werkelijke start', 'actualStart'],
    ['Werkelijk eind', 'actualEnd'],
  ] as const) {
    if (!has(header)) continue;
    const day = readDay(table.at(row, header));
    if (day === undefined) err(header, DATE_HINT);
    activity[field] = day ?? null;
  }
  if (has('Partij')) {
    const party = text('Partij');
    if (party.length > 60) err('Partij', 'De partij heeft hoogstens 60 tekens.');
    activity.party = party || null;
  }
  if (has('Rollen')) {
    const roles = text('Rollen')
      .split(/[,;\n]/)
      .map((r) => r.trim())
      .filter(Boolean);
    if (roles.length > 20 || roles.some((r) => r.length > 60)) {
      err('Rollen', 'Hoogstens 20 rollen van elk hoogstens 60 tekens, gescheiden door komma’s.');
    }
    activity.roles = roles;
  }
  if (has('Uren per week')) {
    const staffing = parseStaffing(text('Uren per week'));
    if (!staffing.ok) err('Uren per week', staffing.message);
    activity.staffing = staffing.ok ? staffing.lines : [];
  }
  if (has('Afhankelijk van')) {
    activity.links = splitEntries(text('Afhankelijk van'));
    if (activity.links.length > 40) err('Afhankelijk van', 'Hoogstens 40 afhankelijkheden per activiteit.');
  }
  const decision = text('Besluit').toLowerCase();
  if (decision && !Object.hasOwn(YES_NO, decision)) err('Besluit', 'Vul ja of nee in.');
  if (has('Besluit')) activity.milestone = decision ? (YES_NO[decision] ?? null) : null;
  return activity;
}

/** The rows of "Vragenlijst": the answer and note per question key. */
function readAnswers(sheet: ExcelJS.Worksheet, errors: WorkbookError[]): ReadAnswer[] {
  const table = findTable(sheet, 'Fase');
  const missing = ['Sleutel', 'Antwoord'].filter((header) => !table?.columns.has(header));
  if (!table || missing.length) {
    errors.push({
      sheet: 'Vragenlijst',
      row: table?.headerRow ?? 0,
      column: missing[0] ?? '',
      message: `De kolom "${missing.join('" en "')}" ontbreekt. Gebruik het bestand dat Woonregie exporteert, of verwijder het tabblad.`,
    });
    return [];
  }
  const answers: ReadAnswer[] = [];
  const seen = new Set<string>();
  for (let number = table.headerRow + 1; number <= sheet.rowCount; number += 1) {
    const row = sheet.getRow(number);
    const err = (column: string, message: string) =>
      errors.push({ sheet: 'Vragenlijst', row: number, column, message });
    const questionKey = cellText(table.at(row, 'Sleutel'));
    const answerText = cellText(table.at(row, 'Antwoord')).toLowerCase();
    const note = cellText(table.at(row, 'Toelichting')) || null;
    if (!questionKey) {
      if (answerText || note)
        err('Sleutel', 'Deze rij heeft geen sleutel. Nieuwe vragen toevoegen kan niet.');
      continue;
    }
    if (seen.has(questionKey)) err('Sleutel', `De vraag "${questionKey}" staat er twee keer in.`);
    seen.add(questionKey);
    const answer = !answerText ? null : Object.hasOwn(ANSWERS, answerText) ? ANSWERS[answerText] : undefined;
    if (answer === undefined) err('Antwoord', 'Antwoord ja, nee of n.v.t., of laat leeg.');
    if (note && note.length > 2000) err('Toelichting', 'De toelichting is te lang (hoogstens 2000 tekens).');
    answers.push({ row: number, questionKey, answer: answer ?? null, note });
  }
  return answers;
}

/**
 * Reads the workbook GET /plans/{id}/schedule.xlsx writes (issue 4, item 9), as edited by a person: sheet
 * "Planning" (one activity per row; start, end, critical and float are computed and not read) and, when
 * present, sheet "Vragenlijst" (the answer and note per question). Every problem is collected with its place;
 * whether keys, dependencies and answers fit the plan is checked against the saved schedule afterwards.
 */
export async function readScheduleWorkbook(buffer: Buffer): Promise<ReadWorkbook> {
  const workbook = new ExcelJS.Workbook();
  const failed = (error: WorkbookError): ReadWorkbook => ({
    heading: EMPTY_HEADING,
    activities: [],
    answers: null,
    errors: [error],
  });
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    return failed({
      sheet: '',
      row: 0,
      column: '',
      message: 'Dit is geen Excel-bestand (.xlsx) dat Woonregie kan lezen.',
    });
  }
  const planning = workbook.getWorksheet('Planning');
  const table = planning ? findTable(planning, 'Fase') : null;
  if (!planning || !table) {
    return failed({
      sheet: 'Planning',
      row: 0,
      column: '',
      message:
        'Het tabblad "Planning" met de kolom "Fase" ontbreekt. Gebruik het bestand dat Woonregie exporteert.',
    });
  }
  const required = ['Activiteit', 'Duur (weken)'].find((header) => !table.columns.has(header));
  if (required) {
    return failed({
      sheet: 'Planning',
      row: table.headerRow,
      column: required,
      message: `De kolom "${required}" ontbreekt.`,
    });
  }
  const errors: WorkbookError[] = [];
  const activities: ReadActivity[] = [];
  for (let number = table.headerRow + 1; number <= planning.rowCount; number += 1) {
    const activity = readActivity(table, planning.getRow(number), (column, message) =>
      errors.push({ sheet: 'Planning', row: number, column, message }),
    );
    if (activity) activities.push(activity);
  }
  if (activities.length === 0 && errors.length === 0) {
    errors.push({
      sheet: 'Planning',
      row: table.headerRow + 1,
      column: 'Activiteit',
      message: 'Het tabblad "Planning" heeft geen activiteiten.',
    });
  }
  if (activities.length > 200) {
    errors.push({
      sheet: 'Planning',
      row: table.headerRow,
      column: '',
      message: 'Een planning heeft hoogstens 200 activiteiten.',
    });
  }
  const questionnaire = workbook.getWorksheet('Vragenlijst');
  const answers = questionnaire ? readAnswers(questionnaire, errors) : null;
  return { heading: readHeading(planning, table.headerRow), activities, answers, errors };
}

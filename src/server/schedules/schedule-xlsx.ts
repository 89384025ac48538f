import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { formatDate } from '../../core/monitor/format';
import { PHASE_LABELS } from '../../core/programme';
import type { ScheduleActivity } from '../../core/schedule';
import type { Actor } from '../auth/actor';
import type { Db } from '../db/client';
import { planSchedules } from '../db/schema';
import { AppError } from '../http/errors';
import { protectCell } from '../imports/safe-cell';
import { findVisiblePlan } from '../plans/plans.queries';
import { amsterdamDay } from '../reports/report-input';
import { getLogbook } from './logbook.service';
import { formatLinks, formatStaffing, type StaffingLine } from './schedule-xlsx-notation';
import { getSchedule, type ScheduleVariant } from './schedules.service';

/** What getSchedule and getLogbook answer: the workbook is written from these, so it is tested without a database. */
export type ScheduleExport = Awaited<ReturnType<typeof getSchedule>>;
export type LogbookExport = Awaited<ReturnType<typeof getLogbook>>;

export interface ScheduleWorkbookInput {
  planName: string;
  municipalityName: string;
  schedule: ScheduleExport;
  logbook: LogbookExport;
  generatedAt: Date;
  /** Hours per role per activity key, as saved (getSchedule does not carry them). */
  staffing?: Readonly<Record<string, readonly StaffingLine[]>>;
}

type Cell = string | number | Date | null;
interface Column {
  header: string;
  width: number;
  format?: 'date' | 'dateTime' | 'weeks';
}

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF4' } };
const CRITICAL_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFBE3E3' } };
const NUMBER_FORMATS = { date: 'd-m-yyyy', dateTime: 'd-m-yyyy hh:mm', weeks: '0.#' } as const;
/** Average weeks per month (365.25 / 12 / 7). */
const WEEKS_PER_MONTH = 365.25 / 12 / 7;

/** The variant as the heading names it; the import checks it. */
export const VARIANT_LABELS: Record<ScheduleVariant, string> = {
  joint: 'Gezamenlijke planning',
  municipality: 'Planning van de gemeente',
  corporation: 'Planning van de corporatie',
};
const ANSWER_LABELS: Record<string, string> = { ja: 'Ja', nee: 'Nee', nvt: 'N.v.t.' };

/** Every text goes through protectCell (formula injection, OWASP "CSV Injection"); numbers and dates stay. */
function safe(value: Cell): ExcelJS.CellValue {
  return typeof value === 'string' ? protectCell(value) : value;
}

/** An ISO day as a real Excel date (midnight UTC, which exceljs writes as that calendar day). */
function excelDay(iso: string | null | undefined): Date | null {
  if (!iso) return null;
  const [year, month, day] = iso.slice(0, 10).split('-').map(Number);
  return new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1));
}

const AMSTERDAM_TIME = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Amsterdam',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** A moment as an Excel date-time showing the wall clock in Amsterdam (Excel has no time zones). */
function excelMoment(iso: string): Date {
  const day = excelDay(amsterdamDay(iso)) as Date;
  const [hours, minutes] = AMSTERDAM_TIME.format(new Date(iso)).split(':').map(Number);
  return new Date(day.getTime() + ((hours ?? 0) * 60 + (minutes ?? 0)) * 60_000);
}

function phaseLabel(phase: string): string {
  return (PHASE_LABELS as Record<string, string>)[phase] ?? phase;
}

const round1 = (value: number) => Math.round(value * 10) / 10;
const weeksText = (weeks: number) =>
  round1(weeks) === 1 ? '1 week' : `${String(round1(weeks)).replace('.', ',')} weken`;

/** Title, source line and the label/value lines above a table; returns the next free row. */
function writeHeading(
  sheet: ExcelJS.Worksheet,
  title: string,
  source: string,
  facts: readonly [string, Cell][],
): number {
  sheet.getCell(1, 1).value = safe(title);
  sheet.getCell(1, 1).font = { bold: true, size: 14 };
  sheet.getCell(2, 1).value = safe(source);
  sheet.getCell(2, 1).font = { italic: true, color: { argb: 'FF555555' } };
  facts.forEach(([label, value], i) => {
    const labelCell = sheet.getCell(4 + i, 1);
    labelCell.value = safe(label);
    labelCell.font = { bold: true };
    const valueCell = sheet.getCell(4 + i, 2);
    valueCell.value = safe(value);
    if (value instanceof Date) {
      valueCell.numFmt = NUMBER_FORMATS.date;
      valueCell.alignment = { horizontal: 'left' };
    }
  });
  return facts.length ? 4 + facts.length + 1 : 4;
}

/** A table with a bold, frozen, filterable header at `row`; `style` may dress a row's cells. */
function writeTable(
  sheet: ExcelJS.Worksheet,
  row: number,
  columns: readonly Column[],
  rows: readonly Cell[][],
  style?: (cells: readonly Cell[], line: ExcelJS.Row) => void,
): void {
  const header = sheet.getRow(row);
  columns.forEach((column, i) => {
    const cell = header.getCell(i + 1);
    cell.value = safe(column.header);
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.border = { bottom: { style: 'thin' } };
    cell.alignment = { vertical: 'bottom', wrapText: true };
    sheet.getColumn(i + 1).width = Math.max(sheet.getColumn(i + 1).width ?? 0, column.width);
  });
  rows.forEach((cells, r) => {
    const line = sheet.getRow(row + 1 + r);
    columns.forEach((column, i) => {
      const cell = line.getCell(i + 1);
      cell.value = safe(cells[i] ?? null);
      if (column.format) cell.numFmt = NUMBER_FORMATS[column.format];
      if (!column.format && typeof cells[i] === 'string') {
        cell.alignment = { vertical: 'top', wrapText: column.width >= 30 };
      }
    });
    style?.(cells, line);
  });
  sheet.views = [{ state: 'frozen', ySplit: row, xSplit: 0, topLeftCell: `A${row + 1}` }];
  sheet.autoFilter = { from: { row, column: 1 }, to: { row, column: columns.length } };
}

const PLANNING_COLUMNS: Column[] = [
  { header: 'Fase', width: 30 },
  { header: 'Activiteit', width: 40 },
  { header: 'Partij', width: 16 },
  { header: 'Rollen', width: 24 },
  { header: 'Uren per week', width: 30 },
  { header: 'Duur (weken)', width: 10, format: 'weeks' },
  { header: 'Start', width: 12, format: 'date' },
  { header: 'Eind', width: 12, format: 'date' },
  { header: 'Kritiek', width: 9 },
  { header: 'Speling (weken)', width: 10, format: 'weeks' },
  { header: 'Werkelijke start', width: 12, format: 'date' },
  { header: 'Werkelijk eind', width: 12, format: 'date' },
  { header: 'Afhankelijk van', width: 45 },
  { header: 'Besluit', width: 9 },
  { header: 'Sleutel', width: 24 },
];
/** Index of "Kritiek" in PLANNING_COLUMNS. */
const CRITICAL_COLUMN = 8;
/** What the heading tells whoever edits the sheet: what is read back, what is computed. */
const PLANNING_NOTE =
  'Wijzig fase, activiteit, partij, rollen, uren, duur, werkelijke datums, "Afhankelijk van" en besluit, voeg ' +
  'rijen toe of verwijder ze, en lees het bestand in op de planningspagina. Start, Eind, Kritiek en Speling rekent ' +
  'Woonregie uit: wat je daar wijzigt, wordt niet ingelezen. Laat Sleutel, Kenmerk en Versie staan; een nieuwe ' +
  'rij krijgt vanzelf een sleutel. "Afhankelijk van": namen gescheiden door ";", eventueel met "(begin-begin +2 wk)".';

function addPlanningSheet(workbook: ExcelJS.Workbook, input: ScheduleWorkbookInput, source: string): void {
  const { schedule } = input;
  const sheet = workbook.addWorksheet('Planning');
  const names = new Map(schedule.activities.map((a) => [a.key, a.name]));
  const months = String(round1(schedule.durationWeeks / WEEKS_PER_MONTH)).replace('.', ',');
  const row = writeHeading(sheet, `Planning ${input.planName}`, source, [
    ['Plan', input.planName],
    ['Gemeente', input.municipalityName],
    ['Variant', VARIANT_LABELS[schedule.variant]],
    ['Start', excelDay(schedule.start)],
    ['Eind', excelDay(schedule.end)],
    ['Doorlooptijd', `${weeksText(schedule.durationWeeks)} (ongeveer ${months} maanden)`],
    ['Kritiek pad', schedule.criticalPath.map((key) => names.get(key) ?? key).join(' → ')],
    ['Versie', schedule.version],
    ['Kenmerk', schedule.planId],
    ['Inlezen', PLANNING_NOTE],
  ]);
  const rows: Cell[][] = schedule.activities.map((a) => [
    phaseLabel(a.phase),
    a.name,
    a.party ?? null,
    a.roles?.length ? a.roles.join(', ') : null,
    formatStaffing(input.staffing?.[a.key] ?? []) || null,
    a.durationWeeks,
    excelDay(a.start),
    excelDay(a.end),
    a.critical ? 'ja' : 'nee',
    round1(a.totalFloatWeeks),
    excelDay(a.actualStart),
    excelDay(a.actualEnd),
    formatLinks(a.links, schedule.activities) || null,
    a.milestone ? 'ja' : 'nee',
    a.key,
  ]);
  writeTable(sheet, row, PLANNING_COLUMNS, rows, (cells, line) => {
    if (cells[CRITICAL_COLUMN] === 'ja') line.getCell(CRITICAL_COLUMN + 1).fill = CRITICAL_FILL;
  });
}

const QUESTION_COLUMNS: Column[] = [
  { header: 'Fase', width: 30 },
  { header: 'Vraag', width: 60 },
  { header: 'Blokkeert volgende fase', width: 12 },
  { header: 'Antwoord', width: 10 },
  { header: 'Toelichting', width: 40 },
  { header: 'Beantwoord door', width: 30 },
  { header: 'Datum', width: 12, format: 'date' },
  { header: 'Sleutel', width: 24 },
];

function answeredBy(by: { name: string; organisationName: string }): string | null {
  if (by.name && by.organisationName) return `${by.name} (${by.organisationName})`;
  return by.name || by.organisationName || null;
}

function addQuestionnaireSheet(
  workbook: ExcelJS.Workbook,
  input: ScheduleWorkbookInput,
  source: string,
): void {
  const sheet = workbook.addWorksheet('Vragenlijst');
  const { questions } = input.logbook;
  const open = questions.filter((q) => q.blocking).length;
  const row = writeHeading(sheet, `Vragenlijst ${input.planName}`, source, [
    ['Plan', input.planName],
    ['Gemeente', input.municipalityName],
    ['Blokkerende open vragen', open],
    [
      'Inlezen',
      'Vul Antwoord (ja, nee of n.v.t.) en Toelichting in. Elk gewijzigd antwoord komt bij het inlezen als nieuw antwoord in het logboek; een antwoord wissen kan niet.',
    ],
  ]);
  const rows: Cell[][] = questions.map((q) => [
    phaseLabel(q.phase),
    q.question,
    q.blocksNextPhase ? 'ja' : 'nee',
    q.latest ? (ANSWER_LABELS[q.latest.answer] ?? q.latest.answer) : null,
    q.latest?.note ?? null,
    q.latest ? answeredBy(q.latest.answeredBy) : null,
    q.latest ? excelDay(amsterdamDay(q.latest.answeredAt)) : null,
    q.key,
  ]);
  writeTable(sheet, row, QUESTION_COLUMNS, rows);
}

const LOGBOOK_COLUMNS: Column[] = [
  { header: 'Datum', width: 16, format: 'dateTime' },
  { header: 'Fase', width: 30 },
  { header: 'Vraag', width: 60 },
  { header: 'Antwoord', width: 10 },
  { header: 'Toelichting', width: 40 },
  { header: 'Beantwoord door', width: 30 },
  { header: 'Sleutel', width: 24 },
];

function addLogbookSheet(workbook: ExcelJS.Workbook, input: ScheduleWorkbookInput, source: string): void {
  const sheet = workbook.addWorksheet('Logboek');
  const phases = new Map(input.logbook.questions.map((q) => [q.key, q.phase]));
  const row = writeHeading(sheet, `Logboek ${input.planName}`, source, []);
  const history = [...input.logbook.history].sort((a, b) => b.answeredAt.localeCompare(a.answeredAt));
  const rows: Cell[][] = history.map((entry) => {
    const phase = phases.get(entry.questionKey);
    return [
      excelMoment(entry.answeredAt),
      phase ? phaseLabel(phase) : null,
      entry.question,
      ANSWER_LABELS[entry.answer] ?? entry.answer,
      entry.note,
      answeredBy(entry.answeredBy),
      entry.questionKey,
    ];
  });
  if (rows.length === 0) {
    sheet.getCell(row + 1, 1).value = 'Nog geen antwoorden.';
    sheet.getCell(row + 1, 1).font = { italic: true };
  }
  writeTable(sheet, row, LOGBOOK_COLUMNS, rows);
}

/** "Bron: Woonregie, planning van <plan>, gegenereerd <datum>", the line every sheet carries. */
export function describeScheduleSource(planName: string, generatedAt: Date): string {
  return `Bron: Woonregie, planning van ${planName}, gegenereerd ${formatDate(amsterdamDay(generatedAt.toISOString()))}`;
}

/**
 * A plan's schedule and questionnaire as an XLSX workbook (issue 4, item 9), in the shape of the Taskforce's
 * process and planning schema: "Planning" (per activity, with real dates and the critical path), "Vragenlijst"
 * (per question, the newest answer) and "Logboek" (every answer, newest first). Each sheet has a bold, frozen
 * header, widths, the source line and a "Sleutel" column for reading it back; every text cell is protected.
 * @example await writeScheduleWorkbook({ planName, municipalityName, schedule, logbook, generatedAt: new Date() })
 */
export async function writeScheduleWorkbook(input: ScheduleWorkbookInput): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Woonregie';
  workbook.created = input.generatedAt;
  workbook.title = protectCell(`Planning ${input.planName}`);
  const source = describeScheduleSource(input.planName, input.generatedAt);
  addPlanningSheet(workbook, input, source);
  addQuestionnaireSheet(workbook, input, source);
  addLogbookSheet(workbook, input, source);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** "Nieuwbouw 't Hofje" → "nieuwbouw-t-hofje". */
function slug(text: string): string {
  return (
    text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60)
      .replace(/-$/, '') || 'plan'
  );
}

const VARIANT_SUFFIX: Record<ScheduleVariant, string> = {
  joint: '',
  municipality: '-gemeente',
  corporation: '-corporatie',
};

/** `planning-<slug>[-gemeente|-corporatie]-<yyyy-mm-dd>.xlsx`, the day in Amsterdam. */
export function scheduleFileName(planName: string, variant: ScheduleVariant, generatedAt: Date): string {
  return `planning-${slug(planName)}${VARIANT_SUFFIX[variant]}-${amsterdamDay(generatedAt.toISOString())}.xlsx`;
}

/** An activity as saved: the schedule engine's input plus the hours per role it does not use. */
export type StoredActivity = ScheduleActivity & { staffing?: StaffingLine[] };

/** The saved row of a plan's schedule variant, its activities typed; undefined when there is none. */
export async function findStoredSchedule(db: Db, planId: string, variant: ScheduleVariant) {
  const [row] = await db
    .select()
    .from(planSchedules)
    .where(and(eq(planSchedules.planId, planId), eq(planSchedules.variant, variant)));
  return row && { ...row, activities: row.activities as unknown as StoredActivity[] };
}

/**
 * GET /plans/{id}/schedule.xlsx[?variant=]: the workbook of a plan the actor may see (404 otherwise, or when it
 * has no schedule yet), with its download name.
 */
export async function exportScheduleWorkbook({
  db,
  actor,
  planId,
  variant = 'joint',
  now = new Date(),
}: {
  db: Db;
  actor: Actor;
  planId: string;
  variant?: ScheduleVariant;
  now?: Date;
}): Promise<{ body: Buffer; fileName: string }> {
  const plan = await findVisiblePlan(db, actor, planId);
  if (!plan) throw new AppError('notFound', 'Dit plan bestaat niet of je mag het niet zien.');
  const schedule = await getSchedule({ db, actor, planId, variant });
  const logbook = await getLogbook({ db, actor, planId });
  const stored = await findStoredSchedule(db, planId, variant);
  const staffing = Object.fromEntries(
    (stored?.activities ?? []).flatMap((a) => (a.staffing ? [[a.key, a.staffing]] : [])),
  );
  const body = await writeScheduleWorkbook({
    planName: plan.row.name,
    municipalityName: plan.municipalityName,
    schedule,
    logbook,
    generatedAt: now,
    staffing,
  });
  return { body, fileName: scheduleFileName(plan.row.name, variant, now) };
}

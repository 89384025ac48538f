import ExcelJS from 'exceljs';
import { columnLetter } from './cell-value';
import { COLUMN, LISTS_SHEET } from './planmonitor-layout';
import { readPlanSheet } from './planmonitor-read-sheet';
import type {
  PlanmonitorError,
  PlanmonitorImport,
  PlanmonitorReadContext,
  PlanmonitorResult,
} from './planmonitor-types';
import { MAX_ERRORS } from './table-errors';

/** A cell reference as Excel writes it, the sheet name always quoted: `'Plan A'!D19`. */
export function cellReference(sheet: string, row: number, column: number): string {
  return `'${sheet.replaceAll("'", "''")}'!${columnLetter(column)}${row}`;
}

/** An error on a cell. */
function errorAt(sheet: string, row: number, column: number, message: string): PlanmonitorError {
  return { sheet, cell: cellReference(sheet, row, column), row, column: columnLetter(column), message };
}

/** The sheets that hold plans: visible, not our list sheet, and not empty. */
function planSheets(workbook: ExcelJS.Workbook): ExcelJS.Worksheet[] {
  return workbook.worksheets.filter(
    (sheet) => sheet.state === 'visible' && sheet.name !== LISTS_SHEET && sheet.actualRowCount > 0,
  );
}

/** Loads a workbook; null when the bytes are not a readable .xlsx. */
async function loadWorkbook(buffer: Buffer): Promise<ExcelJS.Workbook | null> {
  try {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
    return workbook;
  } catch {
    return null;
  }
}

/** Keeps the first {@link MAX_ERRORS} errors and says how many more there were. */
function capErrors(errors: PlanmonitorError[]): PlanmonitorError[] {
  if (errors.length <= MAX_ERRORS) return errors;
  const last = errors[MAX_ERRORS - 1] as PlanmonitorError;
  const more = `Er zijn nog ${errors.length - MAX_ERRORS} fouten die hier niet staan. Herstel eerst deze ${MAX_ERRORS}.`;
  return [...errors.slice(0, MAX_ERRORS), { ...last, message: more }];
}

/**
 * Reads a workbook in the Planmonitor Wonen layout (one plan per sheet; shared/design/interop-planmonitor-wonen.md)
 * into plans checked by ZPlanInput. Whole-workbook validation: any error (naming sheet, cell and reason) means no
 * plan is returned. The same plan name and municipality on two sheets is an error, as that pair is the key.
 * @example await readPlanmonitorWorkbook(buffer, { municipalities: [{ code: 'GM0402', name: 'Hilversum' }] })
 */
export async function readPlanmonitorWorkbook(
  buffer: Buffer,
  context: PlanmonitorReadContext,
): Promise<PlanmonitorResult> {
  const workbook = await loadWorkbook(buffer);
  const fileError = (message: string): PlanmonitorResult => ({
    ok: false,
    errors: [{ sheet: '', cell: '', row: 1, column: 'A', message }],
  });
  if (!workbook) return fileError('Het Excel-bestand is niet te lezen. Sla het opnieuw op als .xlsx.');
  const sheets = planSheets(workbook);
  if (sheets.length === 0) return fileError('Er staat geen plan in dit bestand.');
  const maxSheets = context.maxSheets ?? 500;
  if (sheets.length > maxSheets)
    return fileError(`Het bestand heeft meer dan ${maxSheets} plannen. Splits het.`);
  const errors: PlanmonitorError[] = [];
  const plans: PlanmonitorImport[] = [];
  const keys = new Map<string, string>();
  for (const sheet of sheets) {
    const plan = readPlanSheet(sheet, context, (row, column, message) => {
      errors.push(errorAt(sheet.name, row, column, message));
    });
    if (!plan) continue;
    const key = `${plan.key.municipalityCode}|${plan.key.name}`;
    const other = keys.get(key);
    if (other !== undefined) {
      const message = `Het plan "${plan.key.name}" van deze gemeente staat ook op blad "${other}".`;
      errors.push(errorAt(sheet.name, 1, COLUMN.group, message));
      continue;
    }
    keys.set(key, sheet.name);
    plans.push(plan);
  }
  return errors.length ? { ok: false, errors: capErrors(errors) } : { ok: true, plans };
}

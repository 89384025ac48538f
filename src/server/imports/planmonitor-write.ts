import ExcelJS from 'exceljs';
import { PLAN_TYPES, PLANNING_STATUS_LABELS, PLANNING_STATUSES } from '../../core/programme';
import { columnLetter } from './cell-value';
import {
  CONFIDENTIALITY_BY_VISIBILITY,
  HEADER_ROW,
  LABELS,
  type Label,
  LISTS_SHEET,
  PHASE_BY_PROJECT_STATUS,
  PROJECT_STATUS_BY_PHASE,
} from './planmonitor-layout';
import type { PlanmonitorPlan, PlanmonitorWriteContext } from './planmonitor-types';
import { writeCategoryRows } from './planmonitor-write-rows';
import { protectCell } from './safe-cell';
import { uniqueSheetNames } from './sheet-names';

/** The value lists of the hidden sheet "Lijsten", by the label whose cell gets the drop-down. */
const LISTS: Partial<Record<Label, readonly string[]>> = {
  Plantype: PLAN_TYPES,
  Vertrouwelijkheid: Object.values(CONFIDENTIALITY_BY_VISIBILITY).reverse(),
  'Status Project': Object.keys(PHASE_BY_PROJECT_STATUS),
  'Status Planologisch': PLANNING_STATUSES.map((status) => PLANNING_STATUS_LABELS[status]),
};

/** Adds the hidden sheet with the value lists; returns the range of each list. */
function addListsSheet(workbook: ExcelJS.Workbook): Map<Label, string> {
  const sheet = workbook.addWorksheet(LISTS_SHEET, { state: 'hidden' });
  const ranges = new Map<Label, string>();
  Object.entries(LISTS).forEach(([label, values], index) => {
    const column = columnLetter(index + 1);
    sheet.getCell(`${column}1`).value = label;
    values?.forEach((value, row) => {
      sheet.getCell(`${column}${row + 2}`).value = value;
    });
    ranges.set(label as Label, `${LISTS_SHEET}!$${column}$2:$${column}$${(values?.length ?? 0) + 1}`);
  });
  return ranges;
}

/** The values of rows 1–16 for a plan. */
function labelValues(plan: PlanmonitorPlan, context: PlanmonitorWriteContext): Record<Label, string> {
  const municipality = context.municipalities.find((m) => m.code === plan.municipalityCode);
  const values = Object.fromEntries(LABELS.map((label) => [label, ''])) as Record<Label, string>;
  return {
    ...values,
    Plannaam: plan.name,
    Gemeente: municipality?.name ?? plan.municipalityCode,
    Regio: context.regionName ?? '',
    Provincie: context.provinceName ?? '',
    Plantype: plan.planType ?? '',
    Vertrouwelijkheid: CONFIDENTIALITY_BY_VISIBILITY[plan.visibility],
    'Status Project': PROJECT_STATUS_BY_PHASE[plan.phase],
    'Status Planologisch': PLANNING_STATUS_LABELS[plan.planningStatus],
    Knelpunten: plan.bottlenecks?.length ? plan.bottlenecks.join(', ') : 'Geen',
    Opmerkingen: plan.notes ?? '',
  };
}

/** Fills rows 1–16 (label, value, drop-down lists) of a plan sheet. */
function writeLabelRows(sheet: ExcelJS.Worksheet, values: Record<Label, string>, lists: Map<Label, string>) {
  LABELS.forEach((label, index) => {
    sheet.getCell(index + 1, 1).value = label;
    sheet.getCell(index + 1, 1).font = { bold: true };
    const cell = sheet.getCell(index + 1, 2);
    cell.value = protectCell(values[label]);
    const range = lists.get(label);
    if (range)
      cell.dataValidation = { type: 'list', allowBlank: true, formulae: [range], showErrorMessage: true };
  });
  sheet.getColumn(1).width = 24;
  sheet.getColumn(2).width = 24;
  sheet.getRow(HEADER_ROW).font = { bold: true };
}

/**
 * Writes plans as a Planmonitor Wonen workbook: one sheet per plan (named after the plan, unique, at most 31
 * characters), rows 1–16 with drop-down lists from a hidden sheet "Lijsten", rows 18–38 with Check and Totalen
 * formulas and their cached results. See buildRowFigures for how homes are split over segments and years.
 * @example await writePlanmonitorWorkbook([plan], { municipalities: [{ code: 'GM0402', name: 'Hilversum' }] })
 */
export async function writePlanmonitorWorkbook(
  plans: readonly PlanmonitorPlan[],
  context: PlanmonitorWriteContext,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const names = uniqueSheetNames(
    plans.map((plan) => plan.name),
    [LISTS_SHEET],
  );
  const sheets = plans.map((_, index) => workbook.addWorksheet(names[index]));
  const lists = addListsSheet(workbook);
  plans.forEach((plan, index) => {
    const sheet = sheets[index] as ExcelJS.Worksheet;
    writeLabelRows(sheet, labelValues(plan, context), lists);
    writeCategoryRows(sheet, plan);
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The fictional example plan of the template; its municipality is no real one, so it does not import as is. */
export const EXAMPLE_PLANMONITOR_PLAN: PlanmonitorPlan = {
  name: 'Voorbeeldplan (fictief)',
  municipalityCode: 'GM9999',
  phase: 'planning',
  planningStatus: '3',
  planType: 'Verdichting',
  bottlenecks: ['Netcongestie'],
  segments: [
    { segment: 'socialRent', homes: 12 },
    { segment: 'midRent', homes: 8 },
    { segment: 'affordableBuy', homes: 6 },
    { segment: 'freeBuy', homes: 14 },
  ],
  deliveries: [
    { year: 2027, homes: 20 },
    { year: 2028, homes: 20 },
  ],
  visibility: 'region',
  notes: 'Fictief voorbeeld: vervang de gegevens door die van uw plan.',
};

/** A Planmonitor Wonen workbook with one filled-in example sheet "Voorbeeldplan (fictief)". */
export function writePlanmonitorTemplate(): Promise<Buffer> {
  const municipalities = [{ code: 'GM9999', name: 'Voorbeeldgemeente (fictief)' }];
  return writePlanmonitorWorkbook([EXAMPLE_PLANMONITOR_PLAN], { municipalities });
}

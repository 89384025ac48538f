import type ExcelJS from 'exceljs';
import { columnLetter } from './cell-value';
import { buildRowFigures, type RowFigures } from './planmonitor-grid';
import {
  CATEGORY_ROWS,
  CHECKED_GROUPS,
  COLUMN,
  FIRST_YEAR,
  HEADER_ROW,
  LAST_YEAR,
  NEW_BUILD_ROW,
  rowsOfGroup,
  yearColumn,
} from './planmonitor-layout';
import type { PlanmonitorPlan } from './planmonitor-types';

const HEADER = ['', 'Groepnaam', 'Totalen', 'Check', 'Gerealiseerd', 'Restcapaciteit'];
const FIRST_YEAR_LETTER = columnLetter(yearColumn(FIRST_YEAR));
const LAST_YEAR_LETTER = columnLetter(yearColumn(LAST_YEAR));
const EMPTY: RowFigures = { total: 0, realised: 0, years: [] };
const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/** Writes a count, leaving zero empty as Planmonitor Wonen does. */
function writeCount(sheet: ExcelJS.Worksheet, row: number, column: number, value: number): void {
  if (value !== 0) sheet.getCell(row, column).value = value;
}

/**
 * Writes row 18 and the category rows 19–38. Totalen = Gerealiseerd + the year columns (a formula, with its
 * result) when the plan's deliveries account for all its homes; otherwise the plain number of homes, because
 * the years do not add up to it. Restcapaciteit = Totalen − Gerealiseerd: the homes still to deliver, as in
 * Planmonitor Wonen. Check (one per group, on its first row) = Nieuwbouw − the group's Totalen, always 0 here.
 */
export function writeCategoryRows(sheet: ExcelJS.Worksheet, plan: PlanmonitorPlan): void {
  HEADER.forEach((text, index) => {
    sheet.getCell(HEADER_ROW, index + 1).value = text || null;
  });
  for (let year = FIRST_YEAR; year <= LAST_YEAR; year += 1)
    sheet.getCell(HEADER_ROW, yearColumn(year)).value = year;
  const figures = buildRowFigures(plan);
  const total = (row: number) => figures.get(row)?.total ?? 0;
  const homes = sum(plan.segments.map((line) => line.homes));
  const scheduled = plan.deliveries.length > 0 && sum(plan.deliveries.map((d) => d.homes)) === homes;
  let group = '';
  for (const category of CATEGORY_ROWS) {
    const { row } = category;
    sheet.getCell(row, COLUMN.label).value = category.label;
    if (category.group !== group) sheet.getCell(row, COLUMN.group).value = category.group;
    group = category.group;
    if (category.group === 'sloop') continue;
    const f = figures.get(row) ?? EMPTY;
    writeCount(sheet, row, COLUMN.realised, f.realised);
    for (const [index, value] of f.years.entries()) writeCount(sheet, row, COLUMN.firstYear + index, value);
    const formula = `E${row}+SUM(${FIRST_YEAR_LETTER}${row}:${LAST_YEAR_LETTER}${row})`;
    if (scheduled) sheet.getCell(row, COLUMN.total).value = { formula, result: f.total };
    else writeCount(sheet, row, COLUMN.total, f.total);
    sheet.getCell(row, COLUMN.remaining).value = { formula: `C${row}-E${row}`, result: f.total - f.realised };
  }
  for (const name of CHECKED_GROUPS) {
    const rows = rowsOfGroup(name);
    const first = rows[0]?.row ?? NEW_BUILD_ROW;
    const last = rows.at(-1)?.row ?? NEW_BUILD_ROW;
    const result = total(NEW_BUILD_ROW) - sum(rows.map((category) => total(category.row)));
    sheet.getCell(first, COLUMN.check).value = {
      formula: `C${NEW_BUILD_ROW}-SUM(C${first}:C${last})`,
      result,
    };
    // Planmonitor Wonen merges the group name and the Check over the group's rows; its import matches each
    // row on label and group, which a merged cell gives every row.
    if (last > first) {
      sheet.mergeCells(first, COLUMN.group, last, COLUMN.group);
      sheet.mergeCells(first, COLUMN.check, last, COLUMN.check);
    }
  }
}

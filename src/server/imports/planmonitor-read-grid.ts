import type ExcelJS from 'exceljs';
import { SEGMENTS, type Segment } from '../../core/programme';
import { cellText, columnLetter, isUncalculated, plainCell } from './cell-value';
import {
  CATEGORY_ROWS,
  CHECKED_GROUPS,
  COLUMN,
  FIRST_YEAR,
  HEADER_ROW,
  LAST_YEAR,
  NEW_BUILD_ROW,
  REALISED_YEAR,
  rowsOfGroup,
  yearColumn,
} from './planmonitor-layout';
import { normalizeKey, parseCount } from './table-fields';

/** Adds an error on a cell of the sheet being read. */
export type AddError = (row: number, column: number, message: string) => void;

/** The figures of one category row: Totalen (C), Gerealiseerd (E) and the years G..Z. */
interface Figures {
  total: number;
  realised: number;
  years: number[];
}

const YEARS = Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, i) => FIRST_YEAR + i);
const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/** A count in a cell; empty is 0; a non-count or a formula without a cached result is an error (then 0). */
function readCount(sheet: ExcelJS.Worksheet, row: number, column: number, addError: AddError): number {
  const cell = sheet.getCell(row, column);
  if (isUncalculated(cell)) {
    addError(
      row,
      column,
      'Deze formule heeft geen berekende waarde. Open het bestand in Excel en sla het op.',
    );
    return 0;
  }
  const parsed = parseCount(plainCell(cell));
  if (parsed.ok) return parsed.value;
  addError(row, column, `Geen geldig aantal woningen: ${parsed.message}`);
  return 0;
}

/** Checks that row 18 says which year each column G..Z holds, when it says anything. */
function checkYearHeader(sheet: ExcelJS.Worksheet, addError: AddError): void {
  for (const year of YEARS) {
    const text = cellText(plainCell(sheet.getCell(HEADER_ROW, yearColumn(year))));
    if (text !== '' && text !== String(year)) {
      addError(
        HEADER_ROW,
        yearColumn(year),
        `Kolom ${columnLetter(yearColumn(year))} is het jaar ${year}, niet "${text}".`,
      );
    }
  }
}

/** Reads a category row: its label must be the expected one; nothing may stand right of column Z. */
function readFigures(
  sheet: ExcelJS.Worksheet,
  category: (typeof CATEGORY_ROWS)[number],
  addError: AddError,
): Figures {
  const { row } = category;
  const label = cellText(plainCell(sheet.getCell(row, COLUMN.label)));
  if (normalizeKey(label) !== normalizeKey(category.label)) {
    addError(row, COLUMN.label, `Hier hoort de categorie "${category.label}" te staan, niet "${label}".`);
  }
  sheet.getRow(row).eachCell((cell, column) => {
    if (column > yearColumn(LAST_YEAR) && plainCell(cell) !== 0) {
      addError(
        row,
        column,
        `Een waarde buiten de jaarkolommen ${FIRST_YEAR}–${LAST_YEAR} (G–Z) kan niet mee.`,
      );
    }
  });
  const realised = readCount(sheet, row, COLUMN.realised, addError);
  const years = YEARS.map((year) => readCount(sheet, row, yearColumn(year), addError));
  const totalCell = sheet.getCell(row, COLUMN.total);
  // Totalen is normally a formula; one without a cached result is taken as Gerealiseerd + the years.
  const total = isUncalculated(totalCell)
    ? realised + sum(years)
    : readCount(sheet, row, COLUMN.total, addError);
  return { total, realised, years };
}

/**
 * Reads rows 18–38 into segments and deliveries. Checks: the Check of each group (Nieuwbouw minus the group's
 * rows, computed here from Totalen, never taken from column D) is 0; when the sheet has any Gerealiseerd or year
 * figure, each row's Totalen is Gerealiseerd plus its years (a sheet without them is a plan without a schedule).
 * Gerealiseerd becomes a delivery in {@link REALISED_YEAR}.
 */
export function readGrid(sheet: ExcelJS.Worksheet, addError: AddError) {
  checkYearHeader(sheet, addError);
  const figures = new Map(
    CATEGORY_ROWS.map((category) => [category.row, readFigures(sheet, category, addError)]),
  );
  // Sloop (demolition) is no part of the new homes: it is read for errors only.
  const newHomes = CATEGORY_ROWS.filter((category) => category.group !== 'sloop');
  const figuresOf = (row: number) => figures.get(row) ?? { total: 0, realised: 0, years: [] };
  const scheduled = newHomes.some(
    ({ row }) => figuresOf(row).realised > 0 || figuresOf(row).years.some((n) => n > 0),
  );
  for (const { row } of scheduled ? newHomes : []) {
    const { total, realised, years } = figuresOf(row);
    if (total !== realised + sum(years)) {
      addError(
        row,
        COLUMN.total,
        `Totalen is ${total}, maar Gerealiseerd plus de jaren is ${realised + sum(years)}.`,
      );
    }
  }
  const newBuild = figuresOf(NEW_BUILD_ROW).total;
  for (const group of CHECKED_GROUPS) {
    const rows = rowsOfGroup(group);
    const groupTotal = sum(rows.map((category) => figuresOf(category.row).total));
    if (groupTotal !== newBuild) {
      const message = `Check is ${newBuild - groupTotal}: de rijen van ${group} tellen op tot ${groupTotal}, Nieuwbouw is ${newBuild}.`;
      addError(rows[0]?.row ?? NEW_BUILD_ROW, COLUMN.check, message);
    }
  }
  return toPlanFigures(figures, scheduled);
}

/** Sums the betaalbaarheid rows into segments (SEGMENTS order) and deliveries per year (ascending). */
function toPlanFigures(figures: Map<number, Figures>, scheduled: boolean) {
  const homes = new Map<Segment, number>();
  const perYear = new Map<number, number>();
  for (const category of CATEGORY_ROWS) {
    const f = figures.get(category.row);
    if (!category.segment || !f) continue;
    homes.set(category.segment, (homes.get(category.segment) ?? 0) + f.total);
    perYear.set(REALISED_YEAR, (perYear.get(REALISED_YEAR) ?? 0) + f.realised);
    YEARS.forEach((year, i) => {
      perYear.set(year, (perYear.get(year) ?? 0) + (f.years[i] ?? 0));
    });
  }
  const segments = SEGMENTS.flatMap((segment) =>
    homes.get(segment) ? [{ segment, homes: homes.get(segment) ?? 0 }] : [],
  );
  const deliveries = scheduled
    ? [...perYear].filter(([, n]) => n > 0).map(([year, n]) => ({ year, homes: n }))
    : [];
  return { segments, deliveries: deliveries.sort((a, b) => a.year - b.year) };
}

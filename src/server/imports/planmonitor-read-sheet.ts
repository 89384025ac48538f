import type ExcelJS from 'exceljs';
import type { z } from 'zod';
import { ZPlanInput } from '../../core/programme';
import { cellText, plainCell } from './cell-value';
import {
  CATEGORY_ROWS,
  COLUMN,
  FIRST_YEAR,
  LABELS,
  type Label,
  NEW_BUILD_ROW,
  yearColumn,
} from './planmonitor-layout';
import { type AddError, readGrid } from './planmonitor-read-grid';
import type { PlanmonitorImport, PlanmonitorReadContext } from './planmonitor-types';
import {
  parseBottlenecks,
  parseConfidentiality,
  parseMunicipalityName,
  parsePlanType,
  parseProjectStatus,
} from './planmonitor-values';
import { normalizeKey, type Parsed, parsePlanningStatus } from './table-fields';

/** The label rows 1–16 (and 17, for a sheet with one extra row): label → row and text of column B. */
function readLabels(sheet: ExcelJS.Worksheet): Map<Label, { row: number; text: string }> {
  const found = new Map<Label, { row: number; text: string }>();
  for (let row = 1; row <= 17; row += 1) {
    const key = normalizeKey(cellText(plainCell(sheet.getCell(row, COLUMN.label))));
    const label = LABELS.find(
      (l) => normalizeKey(l) === key || (key === 'opdrachtgever' && l === 'Opdrachtegever'),
    );
    if (label && !found.has(label))
      found.set(label, { row, text: cellText(plainCell(sheet.getCell(row, 2))) });
  }
  return found;
}

/** The plan fields of rows 1–16; each problem is an error on its value cell (or on A1 when the label is missing). */
function readFields(
  labels: ReturnType<typeof readLabels>,
  context: PlanmonitorReadContext,
  addError: AddError,
) {
  const field = <T>(label: Label, parse: (text: string) => Parsed<T>): T | undefined => {
    const entry = labels.get(label);
    if (!entry) {
      addError(1, COLUMN.label, `Het label "${label}" ontbreekt in kolom A (rijen 1–16).`);
      return undefined;
    }
    const parsed = parse(entry.text);
    if (parsed.ok) return parsed.value;
    addError(entry.row, 2, parsed.message);
    return undefined;
  };
  const optional = (label: Label) => labels.get(label)?.text ?? '';
  return {
    name: field('Plannaam', (text) => ({ ok: true, value: text })),
    municipalityCode: field('Gemeente', (text) => parseMunicipalityName(text, context.municipalities)),
    phase: field('Status Project', parseProjectStatus),
    planningStatus: field('Status Planologisch', (text) =>
      text === '' ? { ok: false, message: 'Vul Status Planologisch in.' } : parsePlanningStatus(text),
    ),
    planType: labels.has('Plantype') ? field('Plantype', parsePlanType) : null,
    visibility: labels.has('Vertrouwelijkheid')
      ? field('Vertrouwelijkheid', parseConfidentiality)
      : 'private',
    bottlenecks: labels.has('Knelpunten') ? field('Knelpunten', parseBottlenecks) : [],
    notes: optional('Opmerkingen') || null,
  };
}

/** The cell a ZPlanInput issue belongs to: a field to its value cell, a segment to its first row's Totalen. */
function cellOfIssue(
  issue: z.core.$ZodIssue,
  labels: ReturnType<typeof readLabels>,
  segments: { segment: string }[],
) {
  const [field, index] = issue.path;
  if (field === 'segments') {
    const segment = typeof index === 'number' ? segments[index]?.segment : undefined;
    const row = CATEGORY_ROWS.find((category) => category.segment === segment)?.row ?? NEW_BUILD_ROW;
    return { row, column: COLUMN.total };
  }
  if (field === 'deliveries') return { row: NEW_BUILD_ROW, column: yearColumn(FIRST_YEAR) };
  const label: Record<string, Label> = {
    name: 'Plannaam',
    municipalityCode: 'Gemeente',
    phase: 'Status Project',
    planningStatus: 'Status Planologisch',
    planType: 'Plantype',
    visibility: 'Vertrouwelijkheid',
    bottlenecks: 'Knelpunten',
    notes: 'Opmerkingen',
  };
  return { row: labels.get(label[String(field)] ?? 'Plannaam')?.row ?? 1, column: 2 };
}

/**
 * Reads one plan sheet into a plan checked by ZPlanInput; returns null when the sheet has an error (each one
 * reported through `addError`).
 */
export function readPlanSheet(
  sheet: ExcelJS.Worksheet,
  context: PlanmonitorReadContext,
  addError: AddError,
): PlanmonitorImport | null {
  let failed = false;
  const add: AddError = (row, column, message) => {
    failed = true;
    addError(row, column, message);
  };
  const labels = readLabels(sheet);
  const fields = readFields(labels, context, add);
  const grid = readGrid(sheet, add);
  if (failed) return null;
  const result = ZPlanInput.safeParse({ ...fields, ...grid });
  if (!result.success) {
    for (const issue of result.error.issues) {
      const { row, column } = cellOfIssue(issue, labels, grid.segments);
      addError(row, column, issue.message);
    }
    return null;
  }
  const { name, municipalityCode } = result.data;
  return { sheet: sheet.name, key: { name, municipalityCode }, plan: result.data };
}

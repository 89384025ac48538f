import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { buildRowFigures } from './planmonitor-grid';
import { readPlanmonitorWorkbook } from './planmonitor-read';
import type { PlanmonitorPlan } from './planmonitor-types';
import {
  EXAMPLE_PLANMONITOR_PLAN,
  writePlanmonitorTemplate,
  writePlanmonitorWorkbook,
} from './planmonitor-write';
import { writeCategoryRows } from './planmonitor-write-rows';
import { loadWorkbook } from './test-workbooks';

const municipalities = [{ code: 'GM0402', name: 'Hilversum' }];
const plan: PlanmonitorPlan = {
  name: '=Stationsgebied: fase 1/2',
  municipalityCode: 'GM0402',
  phase: 'construction',
  planningStatus: '1B',
  planType: 'Verdichting',
  bottlenecks: ['Stikstof', 'Bereikbaarheid'],
  segments: [
    { segment: 'socialRent', homes: 3 },
    { segment: 'freeBuy', homes: 2 },
  ],
  deliveries: [
    { year: 2020, homes: 1 },
    { year: 2027, homes: 3 },
    { year: 2050, homes: 1 },
  ],
  visibility: 'partners',
};

describe('buildRowFigures', () => {
  // North-west corner: socialRent takes 2023 (Gerealiseerd) and 2027 first, freeBuy the rest of 2027 and 2043.
  test('splits homes over segment rows and years so rows and columns add up', () => {
    const figures = buildRowFigures(plan);
    const years = (entries: [number, number][]) => {
      const row = Array(20).fill(0);
      for (const [year, homes] of entries) row[year - 2024] = homes;
      return row;
    };
    expect(figures.get(30)).toEqual({ total: 3, realised: 1, years: years([[2027, 2]]) });
    expect(figures.get(35)).toEqual({
      total: 2,
      realised: 0,
      years: years([
        [2027, 1],
        [2043, 1],
      ]),
    });
    for (const row of [19, 22, 26, 29]) {
      expect(figures.get(row)).toEqual({
        total: 5,
        realised: 1,
        years: years([
          [2027, 3],
          [2043, 1],
        ]),
      });
    }
  });
});

describe('writePlanmonitorWorkbook', () => {
  test('writes the layout with Check, Totalen and Restcapaciteit formulas and their results', async () => {
    const workbook = await loadWorkbook(
      await writePlanmonitorWorkbook([plan], { municipalities, regionName: 'Gooi' }),
    );
    const sheet = workbook.getWorksheet('=Stationsgebied- fase 1-2');
    expect(sheet?.getCell('B1').value).toBe("'=Stationsgebied: fase 1/2");
    expect(['B3', 'B4', 'B7', 'B8', 'B9', 'B10'].map((a) => sheet?.getCell(a).value)).toEqual([
      'Hilversum',
      'Gooi',
      'Provincie',
      'Realisatie tot eerste woning',
      '1B. Onherroepelijk, uitwerkingsplicht',
      'Stikstof, Bereikbaarheid',
    ]);
    // cell.value leaves out a cached 0 (ExcelJS), cell.result does not.
    expect([sheet?.getCell('D20').formula, sheet?.getCell('D20').result]).toEqual(['C19-SUM(C20:C22)', 0]);
    expect([sheet?.getCell('D30').formula, sheet?.getCell('D30').result]).toEqual(['C19-SUM(C30:C37)', 0]);
    expect(sheet?.getCell('C30').value).toEqual({ formula: 'E30+SUM(G30:Z30)', result: 3 });
    expect(sheet?.getCell('F30').value).toEqual({ formula: 'C30-E30', result: 2 });
    expect(sheet?.getCell('Z35').value).toBe(1);
  });

  test('drop-down lists come from a hidden sheet Lijsten', async () => {
    const workbook = await loadWorkbook(await writePlanmonitorWorkbook([plan], { municipalities }));
    const lists = workbook.getWorksheet('Lijsten');
    expect(lists?.state).toBe('hidden');
    const sheet = workbook.worksheets[0];
    expect(sheet?.getCell('B9').dataValidation).toMatchObject({
      type: 'list',
      formulae: ['Lijsten!$D$2:$D$12'],
    });
    expect(lists?.getCell('D12').value).toBe('5B. Ambtelijk zonder locatie');
    expect(sheet?.getCell('B7').dataValidation?.formulae).toEqual(['Lijsten!$B$2:$B$4']);
  });

  test('a plan without deliveries has plain Totalen and no year figures, and reads back without deliveries', async () => {
    const unscheduled = { ...plan, deliveries: [] };
    const buffer = await writePlanmonitorWorkbook([unscheduled], { municipalities });
    const sheet = (await loadWorkbook(buffer)).worksheets[0];
    expect(sheet?.getCell('C30').value).toBe(3);
    expect(sheet?.getCell('E30').value).toBeNull();
    const result = await readPlanmonitorWorkbook(buffer, { municipalities });
    expect(result.ok && result.plans[0]?.plan).toMatchObject({
      deliveries: [],
      segments: unscheduled.segments,
    });
  });
});

describe('writeCategoryRows', () => {
  test('one Check per group with its result 0; no Check for Nieuwbouw and Sloop', () => {
    const sheet = new ExcelJS.Workbook().addWorksheet('Plan');
    writeCategoryRows(sheet, plan);
    const checks = [19, 20, 23, 28, 30, 38].map((row) => {
      const cell = sheet.getCell(row, 4);
      return cell.formula ? [cell.formula, cell.result] : cell.value;
    });
    expect(checks).toEqual([
      null,
      ['C19-SUM(C20:C22)', 0],
      ['C19-SUM(C23:C27)', 0],
      ['C19-SUM(C28:C29)', 0],
      ['C19-SUM(C30:C37)', 0],
      null,
    ]);
    // The group name is merged over its rows, so every row reads its group (as Planmonitor Wonen's import needs).
    expect([30, 31, 37].map((row) => sheet.getCell(row, 2).value)).toEqual(Array(3).fill('betaalbaarheid'));
    expect(sheet.getCell('B38').value).toBe('sloop');
  });
});

describe('writePlanmonitorTemplate', () => {
  test('one fictional example sheet that reads back only when its municipality is known', async () => {
    const buffer = await writePlanmonitorTemplate();
    const workbook = await loadWorkbook(buffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Voorbeeldplan (fictief)', 'Lijsten']);
    const strange = await readPlanmonitorWorkbook(buffer, { municipalities });
    expect(!strange.ok && strange.errors.map((e) => e.cell)).toEqual(["'Voorbeeldplan (fictief)'!B3"]);
    const known = [{ code: 'GM9999', name: 'Voorbeeldgemeente (fictief)' }];
    const result = await readPlanmonitorWorkbook(buffer, { municipalities: known });
    expect(result.ok && result.plans[0]?.plan).toMatchObject({
      name: EXAMPLE_PLANMONITOR_PLAN.name,
      segments: EXAMPLE_PLANMONITOR_PLAN.segments,
      deliveries: EXAMPLE_PLANMONITOR_PLAN.deliveries,
    });
  });
});

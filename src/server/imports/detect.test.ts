import { describe, expect, test } from 'vitest';
import { detectImportKind } from './detect';
import { writePlanTableTemplate } from './plan-table-template';
import { writePlanmonitorTemplate } from './planmonitor-write';
import { buildWorkbook } from './test-workbooks';

describe('detectImportKind', () => {
  test('a CSV file is a plan table', async () => {
    expect(await detectImportKind(Buffer.from('name;phase\n'), 'plannen.CSV')).toBe('planTable');
  });

  test('a workbook with "Plannaam" in A1 of its first sheet is a Planmonitor Wonen workbook', async () => {
    expect(await detectImportKind(await writePlanmonitorTemplate(), 'plannen.xlsx')).toBe('planmonitor');
    const handMade = await buildWorkbook({ 'Plan A': [[' plannaam ', 'Plan A']], Tweede: [['name']] });
    expect(await detectImportKind(handMade, 'plan.xlsx')).toBe('planmonitor');
  });

  test('another workbook is a plan table; "Plannaam" on a later sheet does not count', async () => {
    expect(await detectImportKind(await writePlanTableTemplate('xlsx'), 'plannen.xlsx')).toBe('planTable');
    const later = await buildWorkbook({ Plannen: [['name']], 'Plan A': [['Plannaam']] });
    expect(await detectImportKind(later, 'plannen.xlsx')).toBe('planTable');
  });

  test.each([
    ['an OpenDocument file', Buffer.from('PK...'), 'plannen.ods'],
    ['a damaged workbook', Buffer.from('PK not really a zip'), 'plannen.xlsx'],
    ['a CSV renamed to .xlsx', Buffer.from('name;phase\n'), 'plannen.xlsx'],
  ])('%s is unknown', async (_name, buffer, fileName) => {
    expect(await detectImportKind(buffer, fileName)).toBe('unknown');
  });
});

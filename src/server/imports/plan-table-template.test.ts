import { describe, expect, test } from 'vitest';
import { parsePlanTable } from './plan-table';
import { writePlanTableTemplate } from './plan-table-template';
import { loadWorkbook } from './test-workbooks';

const context = { municipalityCodes: ['GM0402'] };

describe('writePlanTableTemplate', () => {
  test('CSV: the contract header and a fictional example that does not import unchanged', async () => {
    const buffer = await writePlanTableTemplate('csv');
    const [header] = buffer
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .split('\r\n');
    expect(header).toBe(
      'externalId;name;municipalityCode;phase;planningStatus;socialRent;midRent;affordableBuy;freeRent;freeBuy;deliveryYear',
    );
    expect(await parsePlanTable(buffer, 'sjabloon.csv', context)).toEqual({
      ok: false,
      errors: [
        {
          row: 2,
          column: 'municipalityCode',
          message: 'GM9999 is de fictieve gemeente uit de voorbeeldrij van het sjabloon. Verwijder die rij.',
        },
      ],
    });
  });

  test('CSV: with a real municipality the example row is a valid plan', async () => {
    const text = (await writePlanTableTemplate('csv')).toString('utf8').replace('GM9999', 'GM0402');
    const result = await parsePlanTable(Buffer.from(text, 'utf8'), 'sjabloon.csv', context);
    expect(result.ok && result.rows[0]?.plan.name).toBe('Voorbeeldplan (fictief)');
  });

  test('XLSX: a sheet Toelichting explains every column, and phase has a drop-down list', async () => {
    const workbook = await loadWorkbook(await writePlanTableTemplate('xlsx'));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Plannen', 'Toelichting']);
    const help = workbook.getWorksheet('Toelichting');
    const explained = Array.from({ length: 11 }, (_, i) => help?.getCell(i + 2, 1).value);
    const header = Array.from(
      { length: 11 },
      (_, i) => workbook.getWorksheet('Plannen')?.getCell(1, i + 1).value,
    );
    expect(explained).toEqual(header);
    expect(help?.getCell(5, 4).value).toContain('initiative (Initiatief en verkenning)');
    expect(workbook.getWorksheet('Plannen')?.getCell('D2').dataValidation?.formulae).toEqual([
      '"initiative,planning,elaboration,construction,delivered"',
    ]);
  });

  test('XLSX: the example row reads back through the importer', async () => {
    const workbook = await loadWorkbook(await writePlanTableTemplate('xlsx'));
    const sheet = workbook.getWorksheet('Plannen');
    if (sheet) sheet.getCell('C2').value = 'GM0402';
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
    const result = await parsePlanTable(buffer, 'sjabloon.xlsx', context);
    expect(result.ok && result.rows[0]?.plan.segments).toEqual([
      { segment: 'socialRent', homes: 12 },
      { segment: 'midRent', homes: 8 },
      { segment: 'affordableBuy', homes: 6 },
      { segment: 'freeBuy', homes: 14 },
    ]);
  });
});

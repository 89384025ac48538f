import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { streamFirstSheet } from './xlsx-stream';

async function workbookWith(sheets: number): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (let i = 1; i <= sheets; i += 1) {
    const sheet = workbook.addWorksheet(`Blad ${i}`);
    sheet.addRow([`kop ${i}`, 'tekst']);
    sheet.addRow([i, `waarde ${i}`]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function firstSheetRows(buffer: Buffer): Promise<unknown[][]> {
  const rows: unknown[][] = [];
  await streamFirstSheet(buffer, (row) => {
    rows.push([row.getCell(1).value, row.getCell(2).value]);
    return true;
  });
  return rows;
}

describe('streamFirstSheet', () => {
  test.each([1, 18])(
    'reads the first sheet of a workbook with %i sheets (ExcelJS writes workbook.xml last)',
    async (n) => {
      expect(await firstSheetRows(await workbookWith(n))).toEqual([
        ['kop 1', 'tekst'],
        [1, 'waarde 1'],
      ]);
    },
  );

  test('bytes that are no workbook throw', async () => {
    await expect(firstSheetRows(Buffer.from('PK not a zip'))).rejects.toThrow();
  });
});

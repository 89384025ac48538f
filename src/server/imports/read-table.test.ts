import fs from 'node:fs';
import os from 'node:os';
import { describe, expect, test } from 'vitest';
import { detectImportKind } from './detect';
import { detectDelimiter, readTable } from './read-table';
import { buildWorkbook } from './test-workbooks';

const csv = (text: string) => Buffer.from(text, 'utf8');

describe('readTable', () => {
  test.each([
    ['comma, no BOM', 'name,homes\nPlan A,12\n'],
    ['semicolon with BOM (Dutch Excel)', '\uFEFFname;homes\r\nPlan A;12\r\n'],
  ])('reads a CSV file: %s', async (_name, text) => {
    const result = await readTable(csv(text), 'plannen.CSV', 10);
    expect(result).toEqual({
      ok: true,
      table: { header: ['name', 'homes'], rows: [{ row: 2, cells: ['Plan A', '12'] }] },
    });
  });

  test('skips empty rows but keeps the spreadsheet row numbers', async () => {
    const result = await readTable(csv('a;b\n;\n\n"x\ny";3\n'), 'p.csv', 10);
    expect(result.ok && result.table.rows).toEqual([{ row: 4, cells: ['x\ny', '3'] }]);
  });

  test('refuses a file that is not UTF-8 with advice for Excel', async () => {
    const result = await readTable(Buffer.from([0x6e, 0x61, 0x61, 0x6d, 0x0a, 0xe9, 0x0a]), 'p.csv', 10);
    expect(!result.ok && result.error.message).toMatch(/geen UTF-8/);
  });

  test('refuses more rows than allowed, and other file types', async () => {
    const big = await readTable(csv('a\n1\n2\n3\n'), 'p.csv', 2);
    expect(!big.ok && big.error).toEqual({
      row: 1,
      column: '',
      message: 'Het bestand heeft meer dan 2 rijen. Splits het in kleinere bestanden.',
    });
    const headerOnly = await readTable(csv('name;homes\n\n'), 'p.csv', 2);
    expect(!headerOnly.ok && headerOnly.error.message).toBe('Er staan geen rijen onder de kopregel.');
    const other = await readTable(csv('a'), 'p.ods', 2);
    expect(!other.ok && other.error.message).toBe('Kies een .csv- of .xlsx-bestand.');
  });

  test('reads the first sheet of a workbook, formulas as their cached result', async () => {
    const buffer = await buildWorkbook({
      Plannen: [
        ['name', 'homes'],
        [],
        [{ richText: [{ text: 'Plan ' }, { text: 'B' }] }, { formula: '2*6', result: 12 }],
      ],
      Anders: [['x'], ['y']],
    });
    const result = await readTable(buffer, 'p.xlsx', 10);
    expect(result.ok && result.table).toEqual({
      header: ['name', 'homes'],
      rows: [{ row: 3, cells: ['Plan B', 12] }],
    });
  });

  // ExcelJS parks sheets in temporary files until it has the shared strings; leaving its loop early leaks them.
  test('leaves no temporary files behind, also when it reads only the first row', async () => {
    const buffer = await buildWorkbook({ A: [['name'], ['x'], ['y']], B: [['z']], C: [['w']] });
    const ours = () => fs.readdirSync(os.tmpdir()).filter((f) => f.startsWith(`tmp-${process.pid}-`)).length;
    const before = ours();
    for (let i = 0; i < 5; i += 1) {
      await readTable(buffer, 'p.xlsx', 1);
      await detectImportKind(buffer, 'p.xlsx');
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(ours()).toBeLessThanOrEqual(before + 1);
  });

  test('refuses a damaged workbook', async () => {
    const result = await readTable(csv('PK not a zip'), 'p.xlsx', 10);
    expect(result.ok).toBe(false);
  });
});

describe('detectDelimiter', () => {
  test.each([
    ['a;b;c', ';'],
    ['a,b,c', ','],
    ['"a;b",c', ','],
    ['naam', ','],
  ])('%s → %s', (line, delimiter) => {
    expect(detectDelimiter(`${line}\n1;2,3`)).toBe(delimiter);
  });
});

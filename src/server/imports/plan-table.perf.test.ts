import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { expect, test } from 'vitest';
import { parsePlanTable } from './plan-table';

const ROWS = 30_000;

const HEADER = [
  'Kenmerk',
  'Naam',
  'Gemeentecode',
  'Fase',
  'Planologische status',
  'Sociale huur',
  'Middenhuur',
  'Betaalbare koop',
  'Dure huur',
  'Dure koop',
  'Opleverjaar',
];

/** Writes a plan table of `rows` rows to a file in the temporary folder (streaming, as a large export would). */
async function writeLargeTable(file: string, rows: number): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
  const sheet = workbook.addWorksheet('Plannen');
  sheet.addRow(HEADER).commit();
  for (let i = 0; i < rows; i += 1) {
    const municipality = i % 2 ? 'GM0402' : 'GM0406';
    sheet
      .addRow([
        `K-${i}`,
        `Plan nummer ${i}`,
        municipality,
        'uitwerking',
        '2A',
        i % 40,
        3,
        0,
        0,
        5,
        2025 + (i % 20),
      ])
      .commit();
  }
  await workbook.commit();
}

// Requirement: a 30,000-row plan table parses well under 15 s (streamed, so memory stays flat).
test('parses a 30,000-row XLSX plan table well under 15 s', async () => {
  const file = path.join(os.tmpdir(), `woonregie-plan-table-${process.pid}.xlsx`);
  await writeLargeTable(file, ROWS);
  const buffer = await fs.readFile(file);
  const started = performance.now();
  const result = await parsePlanTable(buffer, 'groot.xlsx', { municipalityCodes: ['GM0402', 'GM0406'] });
  const seconds = (performance.now() - started) / 1000;
  await fs.rm(file, { force: true });
  console.info(
    `plan table: ${ROWS} rows (${(buffer.length / 1e6).toFixed(1)} MB) parsed in ${seconds.toFixed(2)} s`,
  );
  expect(result.ok && result.rows).toHaveLength(ROWS);
  expect(seconds).toBeLessThan(15);
}, 120_000);

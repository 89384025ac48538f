import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { ACCOUNTS, expectAccessible, login, scheduleInput, uniqueName } from './support';

/** The downloaded workbook with the duration of `key` set by `weeks`; returns the file and the old duration. */
async function withDuration(download: string, key: string, weeks: (before: number) => ExcelJS.CellValue) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(download);
  const sheet = workbook.getWorksheet('Planning') as ExcelJS.Worksheet;
  const column: Record<string, number> = {};
  sheet.eachRow((row) => {
    row.eachCell((cell, n) => {
      if (cell.value === 'Duur (weken)' || cell.value === 'Sleutel') column[cell.value] ??= n;
    });
  });
  let before = 0;
  let rowNumber = 0;
  sheet.eachRow((row) => {
    if (row.getCell(column.Sleutel ?? 0).value === key) {
      before = Number(row.getCell(column['Duur (weken)'] ?? 0).value);
      row.getCell(column['Duur (weken)'] ?? 0).value = weeks(before);
      rowNumber = row.number;
    }
  });
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'woonregie-e2e-')), 'planning.xlsx');
  await workbook.xlsx.writeFile(file);
  return { file, before, rowNumber };
}

test('a municipal editor edits the planning in Excel and reads it back: errors first, then what changes, then the import', async ({
  page,
  baseURL,
}) => {
  await login(page, ACCOUNTS.hilversum, '/plannen');
  const headers = { origin: baseURL ?? '' };
  const created = await page.request.post('/api/v1/plans', {
    headers,
    data: {
      name: uniqueName('Excelplanning'),
      municipalityCode: 'GM0402',
      phase: 'initiative',
      planningStatus: '4A',
      segments: [{ segment: 'socialRent', homes: 24 }],
      visibility: 'region',
    },
  });
  const plan = await created.json();
  const route = { development: 'site', procedure: 'buildingPermit', preparation: 'sequential' };
  const template = await (await page.request.post('/api/v1/route-map', { headers, data: route })).json();
  const saved = await page.request.put(`/api/v1/plans/${plan.id}/schedule`, {
    headers,
    data: {
      startDate: '2027-01-04',
      route,
      activities: scheduleInput(template),
    },
  });
  expect(saved.status()).toBe(200);

  await page.goto(`/plannen/${plan.id}/planning`);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Planning en vragenlijst als Excel (XLSX)' }).click(),
  ]);
  const downloaded = await download.path();
  const field = page.getByLabel('Excel-bestand (.xlsx)');

  // A duration that is not a number: nothing is read, the error names sheet, row and column.
  const bad = await withDuration(downloaded, 'realisatie', () => 'lang');
  await field.setInputFiles(bad.file);
  const errors = page.getByTestId('import-errors');
  await expect(errors).toContainText(`Blad Planning, rij ${bad.rowNumber}`);
  await expect(errors).toContainText('Duur (weken)');
  await expect(errors).toContainText('De duur is een heel aantal weken');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page);

  // Ten weeks longer: the dry run shows the change and the later end, then the import saves it.
  const good = await withDuration(downloaded, 'realisatie', (before) => before + 10);
  await field.setInputFiles(good.file);
  await expect(page.getByRole('heading', { name: 'Dit verandert er' })).toBeVisible();
  await expect(
    page.getByText(`Bouw tot oplevering: duur ${good.before} weken → ${good.before + 10} weken`),
  ).toBeVisible();
  await expect(page.getByText(/^Einde van de planning: .+ → .+$/)).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Importeren', exact: true }).click();
  const done = page.getByText(/^Ingelezen\. De planning eindigt nu op /);
  await expect(done).toBeVisible();
  await expect(page.getByLabel('Duur in weken van Bouw tot oplevering')).toHaveValue(
    String(good.before + 10),
  );
  await expect(page.getByText('Versie 2', { exact: false })).toBeVisible();
  const end = ((await done.textContent()) ?? '').replace(/^.*eindigt nu op /, '').replace(/\.$/, '');
  await expect(page.locator('.wr-card', { hasText: 'Klaar (oplevering)' })).toContainText(end);
});

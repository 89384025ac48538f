import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { ACCOUNTS, expectAccessible, login, uniqueName } from './support';

test('a municipal editor edits the planning in Excel and reads it back: first what changes, then the import', async ({
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
      activities: template.activities.map(
        (a: { key: string; name: string; phase: string; durationWeeks: number; links: unknown[] }) => ({
          key: a.key,
          name: a.name,
          phase: a.phase,
          durationWeeks: a.durationWeeks,
          dependsOn: a.links,
        }),
      ),
    },
  });
  expect(saved.status()).toBe(200);

  await page.goto(`/plannen/${plan.id}/planning`);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Planning en vragenlijst als Excel (XLSX)' }).click(),
  ]);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await download.path());
  const sheet = workbook.getWorksheet('Planning') as ExcelJS.Worksheet;
  let duration = 0;
  let key = 0;
  sheet.eachRow((row) => {
    row.eachCell((cell, column) => {
      if (cell.value === 'Duur (weken)') duration = column;
      if (cell.value === 'Sleutel') key = column;
    });
  });
  let before = 0;
  sheet.eachRow((row) => {
    if (row.getCell(key).value === 'realisatie') {
      before = Number(row.getCell(duration).value);
      row.getCell(duration).value = before + 10;
    }
  });
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'woonregie-e2e-')), 'planning.xlsx');
  await workbook.xlsx.writeFile(file);

  await page.getByLabel('Excel-bestand (.xlsx)').setInputFiles(file);
  await expect(page.getByText('Dit verandert er:')).toBeVisible();
  await expect(page.getByText('Bouw tot oplevering: duur gewijzigd')).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Importeren', exact: true }).click();
  await expect(page.getByText(/^Ingelezen\. De planning eindigt nu op/)).toBeVisible();
  await expect(page.getByLabel('Duur in weken van Bouw tot oplevering')).toHaveValue(String(before + 10));
  await expect(page.getByText('Versie 2', { exact: false })).toBeVisible();
});

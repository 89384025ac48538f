import fs from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { ACCOUNTS, expectAccessible, login } from './support';

test('the regional admin reads the forecast sentence, switches the demand scenario and takes a snapshot', async ({
  page,
}) => {
  await login(page, ACCOUNTS.region, '/monitor');
  await expect(page.getByRole('heading', { level: 1, name: 'Monitor' })).toBeVisible();
  const sentence = page.getByTestId('forecast-sentence');
  await expect(sentence).toContainText(
    /Met de huidige plannen haalt de regio de opgave voor 2030 met \d+% kans/,
  );
  await expect(page.getByText('Opgave in dit scenario: 7.000 woningen.')).toBeVisible();
  await page.getByLabel('Scenario huishoudensgroei').selectOption('high');
  await expect(page.getByText('Opgave in dit scenario: 7.700 woningen.')).toBeVisible();
  await expect(page.getByRole('img', { name: /Waaier: opgeleverde woningen per jaar/ })).toBeVisible();
  const capacity = page.getByTestId('capacity-table');
  await expect(capacity.getByRole('rowheader', { name: /Hilversum/ })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Momentopname maken' }).click();
  await expect(page.getByText('Momentopname gemaakt.')).toBeVisible();
  await expect(page.getByTestId('changes')).toContainText('Toegevoegd: geen');

  // The downloads follow the chosen scenario: the workbook's region row holds the scenario's figures.
  const workbook = await download(page, 'Monitor als Excel (XLSX)');
  expect(workbook.suggestedFilename()).toMatch(/^monitor-gooi-en-vechtstreek-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(fs.readFileSync(await workbookPath(workbook)) as unknown as ArrayBuffer);
  const progress = book.getWorksheet('Voortgang');
  const regionRow = progress
    ?.getRows(1, progress.rowCount)
    ?.find((row) => row.getCell(1).text === 'Regio (totaal)');
  expect(regionRow?.getCell(2).value).toBe(7000);
  expect(progress?.getCell('A2').text).toMatch(/^Bron: Woonregie, monitor van Regio Gooi en Vechtstreek/);
  const forecast = book.getWorksheet('Prognose');
  const forecastRegion = forecast
    ?.getRows(1, forecast.rowCount)
    ?.find((row) => row.getCell(1).text === 'Regio (totaal)');
  expect(forecastRegion?.getCell(2).value).toBe(7700);
  expect(forecast?.getCell('A4').text).toContain('Hoge groei');

  const pdf = await download(page, 'Rapport als PDF');
  expect(pdf.suggestedFilename()).toMatch(/\.pdf$/);
  const bytes = fs.readFileSync(await workbookPath(pdf));
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  // A report of several A4 pages (595.28 × 841.89 points).
  expect(bytes.toString('latin1').match(/\/Type \/Page\b/g)?.length ?? 0).toBeGreaterThanOrEqual(3);
  expect(bytes.toString('latin1')).toContain('/MediaBox [0 0 595.28 841.89]');

  // One municipality at a time: the path sentence names it.
  await page.getByLabel('Bekijk').selectOption({ label: 'Laren' });
  await expect(page.getByTestId('trajectory-summary')).toContainText('Laren');
});

test('signals become bottlenecks with an owner; an editor updates one', async ({ page }) => {
  await login(page, ACCOUNTS.region, '/knelpunten');
  await page.getByRole('button', { name: 'Signalen uit de monitor overnemen' }).click();
  await expect(page.getByText(/nieuw\(e\) knelpunt\(en\) vastgelegd|Geen nieuwe signalen/)).toBeVisible();
  const list = page.getByTestId('bottleneck-list');
  await expect(list.getByRole('heading', { name: /ligt achter op het pad naar 2030/ }).first()).toBeVisible();
  // Saving re-sorts the list (open first), so follow the item by its title.
  const title = (await list.locator('li h2').first().textContent()) ?? '';
  const first = list.locator('li', { has: page.getByRole('heading', { name: title, exact: true }) });
  await first.getByText('Status, eigenaar en notitie bijwerken').click();
  await first.getByLabel('Status').selectOption('inProgress');
  await first.getByLabel('Notitie').fill('Op de agenda van het BO Bouwen en Wonen');
  await first.getByRole('button', { name: 'Opslaan' }).click();
  await expect(first.locator('.wr-badge', { hasText: 'In behandeling' })).toBeVisible();
  await expectAccessible(page);
});

test('the regional admin raises the reserve margin on the targets page and the monitor uses it', async ({
  page,
}) => {
  await login(page, ACCOUNTS.region, '/beheer/doelen');
  await expect(page.getByRole('heading', { level: 1, name: 'Doelen en realisaties' })).toBeVisible();
  await expectAccessible(page);
  const margin = page.getByLabel('Reservemarge plancapaciteit (%)');
  await margin.fill('140');
  await margin.press('Enter');
  await expect(page.getByText('Opgeslagen.')).toBeVisible();
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Monitor' }).click();
  await expect(page.getByText('Gewenste plancapaciteit: 140% van de resterende opgave.')).toBeVisible();
});

async function download(page: Page, name: string) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name }).click()]);
  return file;
}

async function workbookPath(file: Awaited<ReturnType<typeof download>>): Promise<string> {
  const path = await file.path();
  if (!path) throw new Error(`download ${file.suggestedFilename()} failed: ${await file.failure()}`);
  return path;
}

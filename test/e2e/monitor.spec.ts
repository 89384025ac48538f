import { expect, test } from '@playwright/test';
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

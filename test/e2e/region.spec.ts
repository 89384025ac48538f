import { expect, test } from '@playwright/test';
import { ACCOUNTS, expectAccessible, login } from './support';

test('the region page shows progress per municipality, plans per segment and a map with a text alternative', async ({
  page,
}) => {
  await login(page, ACCOUNTS.region, '/regio');
  await expect(page.getByRole('heading', { level: 1, name: 'Regio Gooi en Vechtstreek' })).toBeVisible();
  await expect(page.getByTestId('region-summary')).toContainText('van de opgave van 7.000');
  const table = page.getByTestId('region-table');
  for (const municipality of ['Blaricum', 'Gooise Meren', 'Hilversum', 'Huizen', 'Laren', 'Wijdemeren']) {
    await expect(table.getByRole('rowheader', { name: municipality, exact: true })).toBeVisible();
  }
  const map = page.getByRole('img', { name: /Kaart van Regio Gooi en Vechtstreek met \d+ plannen/ });
  await expect(map).toBeVisible();
  await expect(map.locator('svg circle').first()).toBeVisible();
  await expectAccessible(page);

  // Every figure leads to the plans it counts.
  await table.getByRole('row', { name: /Laren/ }).getByRole('link').click();
  await expect(page).toHaveURL(/\/plannen\?gemeente=GM0417/);
  await expect(page.getByRole('heading', { level: 1, name: 'Plannen' })).toBeVisible();
});

test('an admin reads the audit log; others do not see it in the menu', async ({ page }) => {
  await login(page, ACCOUNTS.region, '/beheer');
  await expect(page.getByRole('heading', { level: 2, name: 'Auditlog' })).toBeVisible();
  await expect(page.getByTestId('audit-table')).toContainText('Ingelogd');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Uitloggen' }).click();
  await login(page, ACCOUNTS.hilversum);
  await expect(
    page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Beheer' }),
  ).toHaveCount(0);
});

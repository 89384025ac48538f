import { expect, test } from '@playwright/test';
import { ACCOUNTS, expectAccessible, login } from './support';

test('a municipal editor computes a what-if for the municipality and a plan, keeps it as a scenario and removes it', async ({
  page,
}) => {
  await login(page, ACCOUNTS.hilversum, '/');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Planning' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Planning' })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Wat als…' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Wat als…' })).toBeVisible();
  await expect(page.getByLabel('Gemeente')).toHaveValue('GM0402');

  // Nothing chosen, then a wrong number: each error next to its field, nothing computed.
  await page.getByRole('button', { name: 'Doorrekenen' }).click();
  await expect(page.getByText('Kies minstens één wijziging om door te rekenen.')).toBeVisible();
  await page.getByLabel('Een extra participatieronde').check();
  await page.getByLabel('Duur van de extra ronde (weken)').fill('acht');
  await page.getByRole('button', { name: 'Doorrekenen' }).click();
  await expect(page.getByText('Vul een heel aantal weken in, van 1 tot en met 104.')).toBeVisible();
  await expect(page.getByLabel('Duur van de extra ronde (weken)')).toHaveAttribute('aria-invalid', 'true');

  await page.getByLabel('Duur van de extra ronde (weken)').fill('8');
  await page.getByLabel('Een andere procedure').check();
  await page.getByLabel('Nieuwe procedure').selectOption('outOfPlanPermit');
  await page.getByRole('button', { name: 'Doorrekenen' }).click();
  await expect(page.getByText(/^Van \d+ plannen: /)).toBeVisible();
  const row = page.getByRole('row', { name: /Anna's Hoeve-Oost \(fictief\)/ });
  await expect(row).toContainText(
    'Procedure gewisseld van wijziging van het omgevingsplan naar buitenplanse',
  );
  await expect(page.getByText('Niets is opgeslagen.', { exact: false })).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel('Naam van het scenario').fill('BOPA met extra ronde');
  await page.getByRole('button', { name: 'Bewaren als scenario' }).click();
  await expect(page.getByText('Scenario “BOPA met extra ronde” bewaard.')).toBeVisible();
  const saved = page.getByRole('listitem').filter({ hasText: 'BOPA met extra ronde' });
  await expect(saved).toContainText(
    'Procedure: buitenplanse omgevingsplanactiviteit (BOPA); Extra participatieronde van 8 weken',
  );

  // Removing asks first; "Annuleren" keeps it.
  await saved.getByRole('button', { name: 'Verwijderen: BOPA met extra ronde' }).click();
  await expect(saved.getByText('Dit kan niet ongedaan worden gemaakt.', { exact: false })).toBeVisible();
  await saved.getByRole('button', { name: 'Annuleren' }).click();
  await saved.getByRole('button', { name: 'Verwijderen: BOPA met extra ronde' }).click();
  await saved.getByRole('button', { name: 'Ja, verwijderen' }).click();
  await expect(page.getByText('Er zijn nog geen scenario’s bewaard.')).toBeVisible();

  // One plan: from the plan's row to the what-if of that plan alone.
  await row.getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1, name: /^Planning: Anna's Hoeve-Oost/ })).toBeVisible();
  await page.getByRole('link', { name: 'Wat als…' }).click();
  await expect(page.getByText("Plan: Anna's Hoeve-Oost (fictief)")).toBeVisible();
  await page.getByRole('button', { name: 'Activiteit langer of korter maken' }).click();
  await page.getByLabel('Activiteit', { exact: true }).selectOption('raadsvoorstel-omgevingsplan');
  await page.getByLabel('Weken langer (negatief: korter)').fill('13');
  await page.getByRole('button', { name: 'Doorrekenen' }).click();
  await expect(page.getByText(/^Van 1 plan: 1 plan later klaar/)).toBeVisible();
  await expect(page.getByRole('row')).toHaveCount(2);
  await expect(
    page.getByText('Zienswijzen verwerken en raadsvoorstel: 13 weken langer', { exact: false }).first(),
  ).toBeVisible();
  await expectAccessible(page);
});

import { expect, type Page, test } from '@playwright/test';
import { ACCOUNTS, expectAccessible, loggedInPage, login, uniqueName } from './support';

async function fillSegment(page: Page, index: number, segment: string, homes: string, area?: string) {
  const row = page.getByTestId('segment-row').nth(index);
  await row.getByLabel(`Segment ${index + 1}`, { exact: true }).selectOption({ label: segment });
  await row.getByLabel('Woningen', { exact: true }).fill(homes);
  if (area) await row.getByLabel('GBO (m²)').fill(area);
}

test('a developer sees why a 55 m² middle-rent home fails in Gooise Meren, and the compensation fall with more social homes', async ({
  page,
  browser,
}) => {
  await login(page, ACCOUNTS.developer, '/plannen/nieuw');
  const name = uniqueName('Vestingkwartier');
  await page.getByLabel('Naam van het plan').fill(name);
  await page.getByLabel('Gemeente').selectOption({ label: 'Gooise Meren' });
  await page.getByLabel('Planologische status').selectOption('3');
  await page.getByLabel('Wie mag dit plan zien?').selectOption({ label: 'Hele regio' });
  await fillSegment(page, 0, 'Middenhuur', '10', '55');
  await expect(page.getByTestId('verordening-fout')).toHaveText(
    /Middenhuur: 55 m² GBO is kleiner dan het minimum van 60 m² uit de verordening\./,
  );
  await page.getByRole('button', { name: 'Segment toevoegen' }).click();
  await fillSegment(page, 1, 'Vrije sector koop', '10', '95');
  // 20 homes, none social: 6 missing × (€ 110,000 − € 70,000) in Bussum (demo values).
  const amount = page.getByTestId('compensatie-bedrag');
  await expect(amount).toHaveText('€ 240.000 te betalen');
  await page.getByText('Zo is het berekend').click();
  await expect(page.getByText('Er ontbreken 6 woningen sociale huur.')).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Segment toevoegen' }).click();
  await fillSegment(page, 2, 'Sociale huur', '4', '45');
  // 24 homes, 4 social: 8 required, 4 missing.
  await expect(amount).toHaveText('€ 160.000 te betalen');
  await page.getByTestId('segment-row').nth(0).getByLabel('GBO (m²)').fill('62');
  await expect(page.getByTestId('verordening-ok')).toContainText('voldoet');

  // Saved, the plan page shows the check; the instruments page shows the rules and the what-if.
  await page.getByTestId('segment-row').nth(0).getByLabel('GBO (m²)').fill('55');
  await page.getByRole('button', { name: 'Jaar toevoegen' }).click();
  await page.getByLabel('Jaar', { exact: true }).fill('2029');
  await page.locator('#plan-deliveries-0-homes').fill('24');
  await page.getByRole('button', { name: 'Plan opslaan' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  const section = page.getByRole('region', { name: 'Doelgroepenverordening' });
  await expect(section).toContainText(
    'voldoet niet Middenhuur: 55 m² GBO is kleiner dan het minimum van 60 m²',
  );
  const planUrl = page.url();

  // The municipality records an exception under the hardship clause.
  const municipality = await loggedInPage(browser, ACCOUNTS.gooiseMeren, new URL(planUrl).pathname);
  const theirs = municipality.getByRole('region', { name: 'Doelgroepenverordening' });
  await theirs.getByRole('button', { name: 'Uitzondering vastleggen' }).click();
  await municipality.getByRole('button', { name: 'Uitzondering vastleggen' }).last().click();
  await expect(municipality.getByText('Motiveer de uitzondering in minstens 20 tekens.')).toBeVisible();
  await municipality
    .getByLabel('Motivering')
    .fill('Transformatie van een bestaand pand: de beukmaat ligt vast.');
  await municipality
    .getByLabel('Goedgekeurd door (wie en wanneer)')
    .fill('College van B en W, 10 november 2026');
  await municipality.getByRole('button', { name: 'Uitzondering vastleggen' }).last().click();
  await expect(theirs).toContainText('uitzondering Middenhuur: 55 m² GBO');
  await expect(theirs).toContainText('goedgekeurd door College van B en W, 10 november 2026');
  await expectAccessible(municipality);

  await page
    .getByRole('navigation', { name: 'Hoofdmenu' })
    .getByRole('link', { name: 'Instrumenten' })
    .click();
  const gooiseMeren = page.getByRole('region', { name: 'Gooise Meren' });
  await expect(gooiseMeren).toContainText('Middenhuur: huur tot € 1.100 per maand, minimaal 60 m² GBO.');
  await gooiseMeren.getByText('Wat als de regels veranderen?').click();
  await gooiseMeren.getByLabel('Minimaal m² GBO, betaalbare koop').fill('abc');
  await gooiseMeren.getByRole('button', { name: 'Doorrekenen voor Gooise Meren' }).click();
  await expect(gooiseMeren.getByText('Vul een positief getal in, of laat leeg (geen eis).')).toBeVisible();
  await gooiseMeren.getByLabel('Minimaal m² GBO, betaalbare koop').fill('70');
  await gooiseMeren.getByLabel('Prijs tot (€), betaalbare koop').fill('450000');
  await gooiseMeren.getByRole('button', { name: 'Doorrekenen voor Gooise Meren' }).click();
  await expect(
    gooiseMeren.getByRole('status').filter({ hasText: /voortaan wel aan de verordening/ }),
  ).toBeVisible();
  await expectAccessible(page);
  await expect(gooiseMeren.getByText('Nieuwe versie van de verordening vastleggen')).toHaveCount(0);

  // The municipality lays down a new version from 2030 on: confirmed first; the version in force stays.
  await municipality.goto('/instrumenten');
  const own = municipality.getByRole('region', { name: 'Gooise Meren' });
  await own.getByText('Nieuwe versie van de verordening vastleggen').click();
  await own.getByRole('button', { name: 'Nieuwe versie vastleggen' }).click();
  await expect(own.getByText('Kies de datum waarop de versie ingaat.')).toBeVisible();
  await own.getByLabel('In werking vanaf').fill('2030-01-01');
  await own.getByLabel('Titel', { exact: true }).fill('Doelgroepenverordening Gooise Meren 2030 (fictief)');
  await own.getByLabel('Middenhuur: minimaal m² GBO').fill('50');
  await own.getByLabel('Bron (besluit en datum)').fill('Raadsbesluit (fictief), 1 oktober 2029');
  await own.getByRole('button', { name: 'Nieuwe versie vastleggen' }).click();
  await own.getByRole('button', { name: 'Ja, vastleggen' }).click();
  await expect(own.getByText('De nieuwe versie is vastgelegd.')).toBeVisible();
  await own.getByText('Hardheidsclausule en bron').click();
  await expect(own).toContainText(
    'Doelgroepenverordening Gooise Meren 2030 (fictief) (vanaf 1 januari 2030)',
  );
  await expect(own).toContainText('Middenhuur: huur tot € 1.100 per maand, minimaal 60 m² GBO.');
  await expectAccessible(municipality);
});

import { expect, test } from '@playwright/test';
import { ACCOUNTS, expectAccessible, loggedInPage, login, uniqueName } from './support';

test('a developer files a compensation request with an open book; the municipality approves; the fund books it', async ({
  page,
  browser,
  baseURL,
}) => {
  await login(page, ACCOUNTS.developer, '/plannen');
  const name = uniqueName('Kavel Noord');
  const created = await page.request.post('/api/v1/plans', {
    headers: { origin: baseURL ?? '' },
    data: {
      name,
      municipalityCode: 'GM0402',
      phase: 'planning',
      planningStatus: '3',
      segments: [
        { segment: 'socialRent', homes: 2 },
        { segment: 'freeBuy', homes: 18 },
      ],
      deliveries: [{ year: 2029, homes: 20 }],
      visibility: 'region',
    },
  });
  const plan = await created.json();
  await page.goto(`/plannen/${plan.id}`);
  await page.getByRole('link', { name: /Compensatie: afdracht/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Compensatie: ${name}` })).toBeVisible();
  await expect(page.getByText('€ 80.000', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Verzoek indienen' }).click();
  await expect(page.getByText(/Motiveer waarom 30% sociale huur in dit plan niet haalbaar is/)).toBeVisible();
  await expect(
    page.getByText(/Onderzoek eerst of de sociale huurwoningen elders gebouwd kunnen worden/),
  ).toBeVisible();
  await page
    .getByLabel('Motivering', { exact: true })
    .fill('De grondprijs op deze kavel maakt 30% sociale huur onhaalbaar.');
  await page.getByLabel('Onderzocht of de sociale huurwoningen elders gebouwd kunnen worden').check();
  await page.getByLabel('Uitkomst van dat onderzoek').fill('Geen andere kavel beschikbaar in Hilversum.');
  await page.getByLabel('Open boek (vertrouwelijk, optioneel)').setInputFiles({
    name: 'open-boek.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('post;bedrag\ngrond;1200000\n'),
  });
  await page.getByRole('button', { name: 'Verzoek indienen' }).click();
  await expect(page.getByText('Ingediend')).toBeVisible();
  await expect(page.getByRole('link', { name: 'open-boek.csv' })).toBeVisible();
  await expectAccessible(page);

  const municipality = await loggedInPage(browser, ACCOUNTS.hilversum, `/plannen/${plan.id}/compensatie`);
  await municipality.getByRole('button', { name: 'Toekennen…' }).click();
  await municipality
    .getByLabel('Motivering van de toekenning')
    .fill('Open boek bekeken; de afdracht is akkoord.');
  await municipality.getByRole('button', { name: 'Ja, toekennen' }).click();
  await expect(municipality.getByText('Toegekend')).toBeVisible();
  await municipality.getByRole('link', { name: 'Het fonds van Hilversum' }).click();
  await expect(municipality.getByTestId('fonds-saldo')).toHaveText('€ 80.000');
  await expect(municipality.getByRole('row').filter({ hasText: name })).toContainText('Afdracht (ontvangen)');

  // A correction is a new entry; the balance stays the sum of the entries.
  await municipality.getByLabel('Soort').selectOption('correction');
  await municipality.getByLabel('Bedrag (€, negatief verlaagt het saldo)').fill('-1.000');
  await municipality.getByLabel('Corrigeert boeking').selectOption({ index: 1 });
  await municipality.getByLabel('Omschrijving').fill('Correctie: afdracht € 1.000 te hoog');
  await municipality.getByRole('button', { name: 'Boeking toevoegen' }).click();
  await municipality.getByRole('button', { name: 'Ja, boeken' }).click();
  await expect(municipality.getByTestId('fonds-saldo')).toHaveText('€ 79.000');
  await expect(municipality.getByRole('row', { name: /Correctie van nr\. 1/ })).toBeVisible();
  await expectAccessible(municipality);
});

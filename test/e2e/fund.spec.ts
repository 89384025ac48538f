import { expect, type Page, test } from '@playwright/test';
import { ACCOUNTS, expectAccessible, loggedInPage, login, uniqueName } from './support';

/** "€ 80.000", "€ -1.000" or "€ 1.234,50" → cents. */
const cents = (text: string) => Math.round(Number(text.replace(/[€\s.\u00a0]/g, '').replace(',', '.')) * 100);

/** The balance shown and the sum of the amounts in the ledger table, in cents. */
async function balanceAndSum(page: Page) {
  const balance = cents((await page.getByTestId('fonds-saldo').textContent()) ?? '');
  const amounts = await page.getByTestId('fonds-bedrag').allTextContents();
  return { balance, sum: amounts.reduce((total, text) => total + cents(text), 0) };
}

test('a developer files a compensation request with an open book; the municipality approves; the fund books it', async ({
  page,
  browser,
  baseURL,
}) => {
  const origin = { origin: baseURL ?? '' };
  await login(page, ACCOUNTS.developer, '/plannen');
  const developerId = (await (await page.request.get('/api/v1/me')).json()).user.organisation.id;
  // Hilversum's plan for a site where the developer is a party: 20 homes, 2 social rent (6 required).
  const hilversum = await loggedInPage(browser, ACCOUNTS.hilversum, '/instrumenten/fonds/GM0402');
  const name = uniqueName('Kavel Noord');
  const created = await hilversum.request.post('/api/v1/plans', {
    headers: origin,
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
      parties: [{ organisationId: developerId, role: 'developer' }],
      visibility: 'partners',
    },
  });
  expect(created.status()).toBe(201);
  const plan = await created.json();
  const before = (await (await hilversum.request.get('/api/v1/municipalities/GM0402/fund')).json())
    .balanceEur;

  await page.goto(`/plannen/${plan.id}`);
  await page.getByRole('link', { name: /Compensatie: afdracht/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Compensatie: ${name}` })).toBeVisible();
  // 4 missing social rent homes × € 20,000 (Hilversum).
  await expect(page.getByTestId('compensatie-bedrag')).toHaveText('€ 80.000');

  // Nothing filled in: each error next to its field and summarised at the top.
  await page.getByRole('button', { name: 'Verzoek indienen' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'Het verzoek is nog niet ingediend' });
  await expect(summary.getByRole('link')).toHaveCount(3);
  await expect(page.getByLabel('Motivering', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(
    page.getByLabel('Ik heb onderzocht of de sociale huurwoningen elders gebouwd kunnen worden'),
  ).toHaveAccessibleDescription(/Onderzoek eerst of de sociale huurwoningen elders gebouwd kunnen worden/);

  await page
    .getByLabel('Motivering', { exact: true })
    .fill('De grondprijs op deze kavel maakt 30% sociale huur onhaalbaar.');
  await page.getByLabel('Ik heb onderzocht of de sociale huurwoningen elders gebouwd kunnen worden').check();
  await page.getByLabel('Uitkomst van dat onderzoek').fill('Geen andere kavel beschikbaar in Hilversum.');
  const openBook = page.getByLabel('Open boek (optioneel)');
  await expect(openBook).toHaveAccessibleDescription(/alleen jouw organisatie en de gemeente Hilversum/);
  await openBook.setInputFiles({
    name: 'open-boek.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('post;bedrag\ngrond;1200000\nbouw;4100000\n'),
  });
  await page.getByRole('button', { name: 'Verzoek indienen' }).click();
  await expect(page.getByText('Ingediend', { exact: true })).toBeVisible();
  const link = page.getByRole('link', { name: 'open-boek.csv' });
  await expect(link).toBeVisible();
  await expect(page.getByText(/Je verzoek ligt bij de gemeente Hilversum/)).toBeVisible();
  await expectAccessible(page);

  // The open book is confidential: the regional office sees that there is one, not what is in it.
  const href = (await link.getAttribute('href')) ?? '';
  expect((await page.request.get(href)).status()).toBe(200);
  const region = await loggedInPage(browser, ACCOUNTS.region, `/plannen/${plan.id}/compensatie`);
  await expect(region.getByText('vertrouwelijk (alleen de indiener en de gemeente)')).toBeVisible();
  expect((await region.request.get(href)).status()).toBe(404);
  await expect(region.getByRole('button', { name: 'Toekennen…' })).toHaveCount(0);

  // The municipality decides, after confirming.
  await hilversum.goto(`/plannen/${plan.id}/compensatie`);
  await hilversum.getByRole('button', { name: 'Toekennen…' }).click();
  await hilversum
    .getByLabel('Motivering van de toekenning')
    .fill('Open boek bekeken; de afdracht is akkoord.');
  await expect(hilversum.getByText(/Toekennen boekt €\s80\.000 als afdracht in het fonds/)).toBeVisible();
  await hilversum.getByRole('button', { name: 'Ja, toekennen' }).click();
  await expect(hilversum.getByText('Toegekend', { exact: true })).toBeVisible();
  await hilversum.getByRole('link', { name: 'Het fonds van Hilversum' }).click();
  await expect(
    hilversum.getByRole('heading', { level: 1, name: 'Vereveningsfonds Hilversum' }),
  ).toBeVisible();
  const payment = hilversum.getByRole('row').filter({ hasText: name });
  await expect(payment).toContainText('Afdracht (ontvangen)');
  await expect(payment).toContainText('€ 80.000');
  let totals = await balanceAndSum(hilversum);
  expect(totals.balance).toBe(Math.round(before * 100) + 8_000_000);
  expect(totals.balance).toBe(totals.sum);

  // A correction is a new entry naming the entry it corrects; the balance stays the sum of the entries.
  const paymentNumber = (await payment.getByRole('cell').first().textContent())?.trim();
  await hilversum.getByLabel('Soort').selectOption('correction');
  await hilversum.getByLabel('Bedrag (€, negatief verlaagt het saldo)').fill('-1.000');
  const corrects = hilversum.getByLabel('Corrigeert boeking');
  const option = corrects.locator('option', { hasText: new RegExp(`^Nr\\. ${paymentNumber} `) });
  await corrects.selectOption((await option.getAttribute('value')) ?? '');
  await hilversum.getByLabel('Omschrijving').fill('Correctie: afdracht € 1.000 te hoog (fictief)');
  await hilversum.getByRole('button', { name: 'Boeking toevoegen' }).click();
  await expect(
    hilversum.getByText(/Correctie van een boeking van €\s-1\.000\. Een boeking kan daarna/),
  ).toBeVisible();
  await hilversum.getByRole('button', { name: 'Ja, boeken' }).click();
  await expect(
    hilversum.getByRole('row', { name: new RegExp(`Correctie van nr\\. ${paymentNumber}`) }),
  ).toBeVisible();
  totals = await balanceAndSum(hilversum);
  expect(totals.balance).toBe(Math.round(before * 100) + 7_900_000);
  expect(totals.balance).toBe(totals.sum);
  await expectAccessible(hilversum);
});

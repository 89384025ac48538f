import { expect, test } from '@playwright/test';
import { ACCOUNTS, expectAccessible, login, uniqueName } from './support';

test('a user finds a practice example by searching in Dutch, from the header and on /kennis', async ({
  page,
}) => {
  await login(page, ACCOUNTS.viewer);
  const header = page.getByRole('searchbox', { name: 'Zoeken in Woonregie' });
  await header.fill('vereveningsfondsen');
  await header.press('Enter');
  await expect(page).toHaveURL(/\/zoeken\?q=vereveningsfondsen/);
  const knowledge = page.getByRole('region', { name: /Kennis/ });
  const example = knowledge.getByRole('link', {
    name: 'Alphen aan den Rijn: vereveningsfonds als stok achter de deur',
  });
  await expect(example).toBeVisible();
  await expect(
    knowledge
      .locator('mark')
      .filter({ hasText: /^vereveningsfonds$/i })
      .first(),
  ).toBeVisible();
  await expectAccessible(page);
  await example.click();
  await expect(page.getByRole('heading', { level: 1, name: /Alphen aan den Rijn/ })).toBeVisible();
  await expect(page.getByText(/Bron/).first()).toBeVisible();
  await expectAccessible(page);

  await page.goto('/kennis');
  await expect(page.getByRole('heading', { level: 1, name: 'Kennis' })).toBeVisible();
  await expectAccessible(page);
  // The facet lives in the URL, so the radio is checked once the navigation has rendered, not at the click.
  await page.getByLabel('Praktijkvoorbeeld').click();
  await expect(page.getByLabel('Praktijkvoorbeeld')).toBeChecked();
  await page.getByRole('searchbox', { name: 'Zoeken in kennis' }).fill('tijdelijke woningen');
  await page.getByRole('button', { name: 'Zoeken', exact: true }).last().click();
  await expect(page).toHaveURL(/kind=practiceExample/);
  const circus = page.getByRole('link', { name: /Circusterrein Hilversum/ });
  await expect(circus).toBeVisible();
  await circus.click();
  await expect(page.getByRole('heading', { level: 2, name: 'Gebruikt in plannen' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Circusterrein Hilversum', exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Bewerken' })).toHaveCount(0);
});

test('an editor adds an item, sees the errors next to the fields first, and finds it by search', async ({
  page,
}) => {
  await login(page, ACCOUNTS.hilversum, '/kennis');
  await page.getByRole('link', { name: 'Kennisitem toevoegen' }).click();
  await page.getByLabel('Soort').selectOption('instrument');
  await page.getByRole('button', { name: 'Bewaren' }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'Het kennisitem is nog niet bewaard' }),
  ).toBeVisible();
  await expect(page.getByText('Een instrument stuurt hard of zacht: kies er een.').first()).toBeVisible();
  await expectAccessible(page);

  const title = uniqueName('Bouwteam met de corporatie');
  await page.getByLabel('Titel').fill(title);
  await page
    .getByLabel('Samenvatting')
    .fill('Gemeente en corporatie ontwerpen samen met de bouwer, vanaf het begin.');
  await page
    .getByLabel('Tekst')
    .fill('In een bouwteam werken opdrachtgever, ontwerper en bouwer vanaf de start samen aan de woningen.');
  await page.getByLabel(/afstand/).selectOption('proximity');
  await page.getByLabel(/hard of zacht/).selectOption('soft');
  await page.getByLabel('Toevoegen door nieuwbouw en transformatie').check();
  await page.getByLabel('Bron').fill('Eigen ervaring Gemeente Hilversum (demo)');
  await page.getByRole('button', { name: 'Bewaren' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByText('Sturen vanuit nabijheid · Zachte sturing')).toBeVisible();
  await expectAccessible(page);

  const header = page.getByRole('searchbox', { name: 'Zoeken in Woonregie' });
  await header.fill('bouwteams corporaties');
  await header.press('Enter');
  await expect(page.getByRole('link', { name: title })).toBeVisible();

  await page.getByRole('link', { name: title }).click();
  await page.getByRole('button', { name: 'Verwijderen' }).click();
  await page.getByRole('button', { name: 'Ja, verwijderen' }).click();
  await expect(page).toHaveURL(/\/kennis$/);
});

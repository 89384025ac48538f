import { expect, test } from '@playwright/test';
import { ACCOUNTS, expectAccessible, login } from './support';

test('the regional admin compares the prestatieafspraken of Hilversum and Gooise Meren in the grid', async ({
  page,
}) => {
  await login(page, ACCOUNTS.region, '/afspraken');
  await expect(page.getByRole('heading', { level: 1, name: 'Afspraken' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Prestatieafspraken Hilversum 2026' })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('link', { name: 'Gemeenten vergelijken' }).click();
  await page.getByLabel('Jaar', { exact: true }).selectOption('2026');
  for (const name of ['Blaricum', 'Huizen', 'Laren', 'Wijdemeren']) {
    await page.getByRole('checkbox', { name }).uncheck();
  }
  const grid = page.getByTestId('vergelijking');
  await expect(grid.getByRole('columnheader')).toHaveText(['Onderwerp', 'Gooise Meren', 'Hilversum']);
  const social = grid
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: /Nieuwbouw sociale huur/ }) });
  await expect(social.getByRole('rowheader')).toContainText('in 2 van 2');
  await expect(social.getByRole('cell').nth(0)).toContainText('Woningstichting Naarden');
  await expect(social.getByRole('cell').nth(1)).toContainText('Dudok Wonen');
  const sales = grid
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: /Verkoop en liberalisatie/ }) });
  await expect(sales.getByRole('cell').nth(0)).toHaveText('geen afspraak');
  await expect(sales.getByRole('cell').nth(1)).toContainText('de Alliantie');
  await expectAccessible(page);

  await page.goto('/afspraken/regionaal-opstellen');
  await expect(page.getByRole('checkbox', { name: /Nieuwbouw sociale huur/ })).toBeChecked();
  await expectAccessible(page);
});

test('a municipality user edits the actual of a commitment; it shows as entered', async ({ page }) => {
  await login(page, ACCOUNTS.hilversum, '/afspraken?jaar=2026&gemeente=GM0402');
  await page.getByRole('link', { name: 'Prestatieafspraken Hilversum 2026' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: /Prestatieafspraken Hilversum 2026/ }),
  ).toBeVisible();
  // The social rent homes of Dudok Wonen are counted from the linked plans.
  const dudok = page.getByTestId('toezegging').filter({ hasText: 'Dudok Wonen bouwt' });
  await expect(dudok).toContainText('berekend');
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Wijzigen: Verduurzaming, Het Gooi en Omstreken' }).click();
  const form = page.getByRole('form', { name: 'Toezegging wijzigen' });
  await form.getByLabel('Realisatie').fill('-5');
  await form.getByRole('button', { name: 'Wijziging bewaren' }).click();
  await expect(form.getByText('Vul de realisatie in als getal, bijvoorbeeld 40.').first()).toBeVisible();
  await form.getByLabel('Realisatie').fill('150');
  await form.getByLabel('Stand').selectOption('onTrack');
  await expectAccessible(page);
  await form.getByRole('button', { name: 'Wijziging bewaren' }).click();
  const sustainability = page.getByTestId('toezegging').filter({ hasText: 'G&O verduurzaamt' });
  await expect(sustainability.getByTestId('realisatie')).toHaveText('150 woningen');
  await expect(sustainability).toContainText('ingevoerd');
  await expect(sustainability).toContainText('Op koers');
  await page.reload();
  await expect(sustainability.getByTestId('realisatie')).toHaveText('150 woningen');
});

test('the directory shows who to call for what on a plan, and who sits at which table', async ({ page }) => {
  await login(page, ACCOUNTS.developer, '/adresboek');
  await expect(page.getByRole('heading', { level: 1, name: 'Adresboek' })).toBeVisible();
  const circus = page.getByRole('article', { name: 'Circusterrein Hilversum' });
  await expect(circus).toContainText(
    'vergunning: Vergunningverlener omgevingsloket (demo), Gemeente Hilversum',
  );
  await expect(circus.getByRole('link', { name: 'vergunningen@gemeente-hilversum.example' })).toBeVisible();
  await expect(page.getByTestId('adresboek-organisaties')).toContainText(
    'Beleidsmedewerker wonen Hilversum (demo)',
  );
  await expectAccessible(page);
  await page.getByLabel('Gemeente', { exact: true }).selectOption('GM1942');
  await expect(page.getByRole('article', { name: 'Circusterrein Hilversum' })).toHaveCount(0);
  await expect(page.getByRole('article', { name: 'Centrum Keverdijk (Bussum)' })).toBeVisible();
});

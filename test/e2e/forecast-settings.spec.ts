import { expect, type Page, test } from '@playwright/test';
import { ACCOUNTS, expectAccessible, login } from './support';

const CHANCE = 'Kans doorgaan in %, Planvorming en conditionering, zacht';
const MOTIVATION = 'Toelichting bij de wijziging, kans doorgaan, Planvorming en conditionering, zacht';

/** Back to the defaults through the API, so this test neither depends on nor leaves state for others. */
async function resetParameters(page: Page, baseURL: string | undefined) {
  const me = (await (await page.request.get('/api/v1/me')).json()) as { user: { region: { slug: string } } };
  const response = await page.request.delete(`/api/v1/regions/${me.user.region.slug}/forecast-parameters`, {
    headers: { origin: baseURL ?? '' },
  });
  expect(response.ok()).toBe(true);
}

test('the regional admin changes a forecast chance only with a motivation, and restores the defaults', async ({
  page,
  baseURL,
}) => {
  await login(page, ACCOUNTS.region, '/beheer/prognose');
  await resetParameters(page, baseURL);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Prognoseparameters' })).toBeVisible();
  const kind = page.getByTestId('parameters-kind');
  await expect(kind).toContainText('Standaardwaarden');
  await expect(page.getByLabel(CHANCE)).toHaveValue('70');
  await expectAccessible(page);

  try {
    // A changed value without a motivation: the message sits next to the field and nothing is saved.
    await page.getByLabel(CHANCE).fill('65');
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    const motivation = page.getByLabel(MOTIVATION);
    await expect(motivation).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#fp-rules-planning-soft-goAhead-motivation-fout')).toHaveText(
      /Leg uit waarom je deze waarde wijzigt/,
    );
    await expect(page.getByRole('alert').filter({ hasText: 'nog niet opgeslagen' })).toBeVisible();
    await expectAccessible(page);
    await page.reload();
    await expect(kind).toContainText('Standaardwaarden');
    await expect(page.getByLabel(CHANCE)).toHaveValue('70');

    // With a motivation it saves, and the motivation becomes the value's assumption.
    await page.getByLabel(CHANCE).fill('65');
    await page.getByLabel(MOTIVATION).fill('Regionale evaluatie van de planuitval 2025 (fictief)');
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen' })).toBeVisible();
    await expect(kind).toContainText('Eigen waarden van de regio');
    await expect(page.getByTestId('chance-table')).toContainText(
      'Aangepast door de regio: Regionale evaluatie van de planuitval 2025 (fictief)',
    );
    await page.reload();
    await expect(page.getByLabel(CHANCE)).toHaveValue('65');

    // Restoring the defaults asks first; cancelling keeps the region's values.
    await page.getByRole('button', { name: 'Standaardwaarden herstellen' }).click();
    const question = page.getByRole('alertdialog', { name: 'Standaardwaarden herstellen?' });
    await expect(question).toBeFocused();
    await expectAccessible(page);
    await question.getByRole('button', { name: 'Annuleren' }).click();
    await expect(kind).toContainText('Eigen waarden van de regio');
    await page.getByRole('button', { name: 'Standaardwaarden herstellen' }).click();
    await question.getByRole('button', { name: 'Ja, standaardwaarden herstellen' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'De standaardwaarden zijn hersteld.' }),
    ).toBeVisible();
    await expect(kind).toContainText('Standaardwaarden');
    await expect(page.getByLabel(CHANCE)).toHaveValue('70');

    // … and can be undone right after.
    await page.getByRole('button', { name: 'Ongedaan maken' }).click();
    await expect(kind).toContainText('Eigen waarden van de regio');
    await expect(page.getByLabel(CHANCE)).toHaveValue('65');
  } finally {
    await resetParameters(page, baseURL);
  }
});

test('a viewer sees the parameters read-only and who may change them', async ({ page }) => {
  await login(page, ACCOUNTS.viewer, '/beheer/prognose');
  await expect(
    page.getByText('Alleen de beheerder van de regio kan deze parameters wijzigen.'),
  ).toBeVisible();
  await expect(page.getByTestId('chance-table')).toContainText('70%');
  await expect(page.getByRole('main').getByRole('textbox')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Opslaan', exact: true })).toHaveCount(0);
  await expectAccessible(page);
});

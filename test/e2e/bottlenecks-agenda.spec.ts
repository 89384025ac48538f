import { expect, test } from '@playwright/test';
import { ACCOUNTS, expectAccessible, login, uniqueName } from './support';

test('from Knelpunten the regional admin puts a bottleneck on the next BO; the list then says where it is on the agenda', async ({
  page,
  baseURL,
}) => {
  await login(page, ACCOUNTS.region, '/knelpunten');
  const title = uniqueName('Stikstofruimte Naarden-Oost');
  const created = await page.request.post('/api/v1/bottlenecks', {
    headers: { origin: baseURL ?? '' },
    data: { title, municipalityCode: 'GM1942' },
  });
  expect(created.status()).toBe(201);
  await page.reload();

  const card = page.getByTestId('bottleneck-list').getByRole('listitem').filter({ hasText: title }).first();
  const select = card.getByLabel('Agenderen voor de volgende vergadering van');
  const bo = await select.locator('option', { hasText: 'BO Bouwen en Wonen' }).getAttribute('value');
  await select.selectOption(bo ?? '');
  await card.getByRole('button', { name: /^Agenderen/ }).click();
  await expect(card.getByRole('status')).toContainText('Op de agenda gezet');
  await expectAccessible(page);

  await page.reload();
  const agenda = page.getByRole('list', { name: `Agenda's met ${title}` });
  await expect(agenda).toContainText('Op de agenda van');
  await agenda.getByRole('link').click();
  await expect(page.getByTestId('agenda-item').filter({ hasText: title })).toBeVisible();
});

test('a municipality sees no agenda form on a bottleneck (only the region puts things on the agenda)', async ({
  page,
}) => {
  await login(page, ACCOUNTS.hilversum, '/knelpunten');
  await expect(page.getByTestId('bottleneck-list')).toBeVisible();
  await expect(page.getByLabel('Agenderen voor de volgende vergadering van')).toHaveCount(0);
});

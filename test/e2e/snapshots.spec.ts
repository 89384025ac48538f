import { expect, test } from '@playwright/test';
import { ACCOUNTS, expectAccessible, login, uniqueName } from './support';

test('two snapshots compared: a plan added in between is listed with its municipality and homes', async ({
  page,
  baseURL,
}) => {
  await login(page, ACCOUNTS.region, '/monitor');
  await page.getByRole('button', { name: 'Momentopname maken' }).click();
  await expect(page.getByText('Momentopname gemaakt.')).toBeVisible();

  const name = uniqueName('Tussen twee momentopnamen');
  const created = await page.request.post('/api/v1/plans', {
    headers: { origin: baseURL ?? '' },
    data: {
      name,
      municipalityCode: 'GM0417',
      phase: 'planning',
      planningStatus: '3',
      segments: [{ segment: 'socialRent', homes: 44 }],
      deliveries: [{ year: 2029, homes: 44 }],
      visibility: 'region',
    },
  });
  expect(created.status()).toBe(201);

  await page.reload();
  await page.getByRole('button', { name: 'Momentopname maken' }).click();
  await expect(page.getByText('Momentopname gemaakt.')).toBeVisible();

  await page.goto('/monitor/momentopnamen');
  await expect(page.getByRole('heading', { level: 1, name: 'Momentopnamen vergelijken' })).toBeVisible();
  // The oldest snapshot (before the plan) against the newest (after it).
  const from = page.getByLabel('Van (oudere momentopname)');
  const to = page.getByLabel('Tot (nieuwere momentopname)');
  const options = await from
    .locator('option')
    .evaluateAll((els) => els.map((el) => (el as HTMLOptionElement).value));
  await from.selectOption(options[options.length - 1] ?? '');
  await to.selectOption(options[0] ?? '');
  await page.getByRole('button', { name: 'Vergelijken' }).click();
  const result = page.getByTestId('snapshot-comparison');
  // Earlier tests may have added plans too (the oldest snapshot can be older than they are).
  await expect(
    result.getByRole('heading', { name: /^Toegevoegd: \d+ plannen?, [\d.]+ woningen/ }),
  ).toBeVisible();
  const row = result.getByRole('row').filter({ has: page.getByRole('rowheader', { name }) });
  await expect(row).toContainText('Laren');
  await expect(row).toContainText('44');
  await expectAccessible(page);

  // Swapping the order is refused with a message next to the fields.
  await from.selectOption(options[0] ?? '');
  await expect(page.getByText('Kies bij "Van" een oudere momentopname dan bij "Tot".')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Vergelijken' })).toBeDisabled();
});

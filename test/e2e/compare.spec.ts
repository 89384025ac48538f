import { expect, test } from '@playwright/test';
import { ACCOUNTS, expectAccessible, login, scheduleInput, uniqueName } from './support';

test('the municipality compares its planning with the corporation’s and agrees one as the joint planning', async ({
  browser,
  page,
  baseURL,
}) => {
  const origin = { origin: baseURL ?? '' };
  // The corporation's id, from its own session.
  const corporation = await browser.newContext();
  const corporationPage = await corporation.newPage();
  await login(corporationPage, ACCOUNTS.corporation);
  const corporationId = (await (await corporationPage.request.get('/api/v1/me')).json()).user.organisation.id;

  await login(page, ACCOUNTS.hilversum);
  const name = uniqueName('Twee plannings');
  const plan = await (
    await page.request.post('/api/v1/plans', {
      headers: origin,
      data: {
        name,
        municipalityCode: 'GM0402',
        phase: 'initiative',
        planningStatus: '4A',
        segments: [{ segment: 'socialRent', homes: 40 }],
        parties: [{ organisationId: corporationId, role: 'housingAssociation' }],
        visibility: 'partners',
      },
    })
  ).json();
  const template = await (
    await page.request.post('/api/v1/route-map', {
      headers: origin,
      data: { development: 'site', procedure: 'buildingPermit', preparation: 'sequential' },
    })
  ).json();
  const activities = scheduleInput(template);
  const put = (context: typeof page, variant: string, list: unknown[]) =>
    context.request.put(`/api/v1/plans/${plan.id}/schedule?variant=${variant}`, {
      headers: origin,
      data: { startDate: '2027-03-01', activities: list },
    });
  expect((await put(page, 'municipality', activities)).status()).toBe(200);
  const longer = activities.map((a: { durationWeeks: number }, i: number) =>
    i === 0 ? { ...a, durationWeeks: a.durationWeeks + 12 } : a,
  );
  expect((await put(corporationPage, 'corporation', longer)).status()).toBe(200);
  await corporation.close();

  await page.goto(`/plannen/${plan.id}/planning`);
  await page.getByRole('link', { name: 'De eigen plannings van gemeente en corporatie vergelijken' }).click();
  const result = page.getByTestId('compare-result');
  await expect(result.getByRole('row').filter({ hasText: 'Andere duur' }).first()).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Planning van de gemeente vastleggen' }).click();
  await page.getByRole('button', { name: 'Ja, vastleggen' }).click();
  await expect(page.getByText(/^Vastgelegd als gezamenlijke planning op /)).toBeVisible();

  await page.locator('#inhoud').getByRole('link', { name: 'Planning', exact: true }).click();
  await expect(page.getByText('Kritiek pad:')).toBeVisible();
});

import { expect, test } from '@playwright/test';
import { ACCOUNTS, expectAccessible, login, scheduleInput, uniqueName } from './support';

const ROUTE = { development: 'site', procedure: 'zoningPlanChange', preparation: 'sequential' };

test('the regional admin schedules a plan, sets capacity low and sees the over-allocation naming the plan', async ({
  page,
  baseURL,
}) => {
  await login(page, ACCOUNTS.region, '/capaciteit');
  const headers = { origin: baseURL ?? '' };
  const name = uniqueName('Capaciteitstest');
  const plan = await (
    await page.request.post('/api/v1/plans', {
      headers,
      data: {
        name,
        municipalityCode: 'GM0402',
        phase: 'initiative',
        planningStatus: '4A',
        segments: [{ segment: 'socialRent', homes: 60 }],
        visibility: 'region',
      },
    })
  ).json();
  const template = await (await page.request.post('/api/v1/route-map', { headers, data: ROUTE })).json();
  const activities = scheduleInput(template);
  const saved = await page.request.put(`/api/v1/plans/${plan.id}/schedule`, {
    headers,
    data: { startDate: template.start, activities, route: ROUTE, templateKey: template.key },
  });
  expect(saved.status(), await saved.text()).toBe(200);
  await page.goto('/capaciteit');
  await expect(page.getByRole('heading', { level: 1, name: 'Capaciteit' })).toBeVisible();
  await page.getByLabel('Projectleider (fte)').fill('0,05');
  await page.getByRole('button', { name: 'Capaciteit opslaan' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'De capaciteit is opgeslagen.' })).toBeVisible();
  const overs = page.getByTestId('over-allocations');
  await expect(overs).toContainText('! Projectleider:');
  await expect(overs).toContainText(name);
  await expect(
    page.getByRole('img', { name: /^Heatmap van de vraag .* Overbezetting in \d+ maanden/ }),
  ).toBeVisible();

  await page.getByRole('button', { name: 'Projectleider', exact: true }).click();
  await expect(page.getByTestId('role-plans')).toContainText(name);
  await expect(page.getByTestId('staffing-table')).toContainText('overbezet');
  await expectAccessible(page);
});

import { expect, test } from '@playwright/test';
import { ACCOUNTS, expectAccessible, login, uniqueName } from './support';

test('a municipal editor answers the route map, reads the months saved, makes the schedule and edits it', async ({
  page,
  baseURL,
}) => {
  await login(page, ACCOUNTS.hilversum, '/plannen');
  const name = uniqueName('Planningstest');
  const created = await page.request.post('/api/v1/plans', {
    headers: { origin: baseURL ?? '' },
    data: {
      name,
      municipalityCode: 'GM0402',
      phase: 'initiative',
      planningStatus: '4A',
      segments: [{ segment: 'socialRent', homes: 60 }],
      visibility: 'region',
    },
  });
  expect(created.status()).toBe(201);
  const plan = await created.json();

  await page.goto(`/plannen/${plan.id}`);
  await page.locator('#inhoud').getByRole('link', { name: 'Planning', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Planning: ${name}` })).toBeVisible();
  await page.getByLabel('Locatieontwikkeling', { exact: true }).check();
  await page.getByLabel('Wijziging van het omgevingsplan').check();
  await expect(page.getByText(/Parallel voorbereiden scheelt circa \d+ maanden/)).toBeVisible();
  await page.getByLabel('Volgordelijk', { exact: true }).check();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Planning maken' }).click();

  await expect(page.getByText('Kritiek pad:')).toBeVisible();
  await expect(page.getByRole('img', { name: /^Gantt-diagram, Planning/ })).toBeVisible();
  await expect(page.getByText('Versie 1', { exact: false })).toBeVisible();

  // Lengthen the construction by 13 weeks: the end moves later.
  const duration = page.getByLabel('Duur in weken van Bouw tot oplevering');
  const weeks = Number(await duration.inputValue());
  await duration.fill(String(weeks + 13));
  // The first activity started today, as planned (the schedule starts today by default).
  await page
    .getByLabel('Werkelijke start van', { exact: false })
    .first()
    .fill(new Date().toISOString().slice(0, 10));
  // The construction also waits for the environmental studies (they end long before: the end stays).
  await page.getByRole('button', { name: 'Afhankelijkheden van Bouw tot oplevering wijzigen' }).click();
  const editor = page.getByRole('group', { name: 'Afhankelijkheden van Bouw tot oplevering' });
  await editor.getByRole('button', { name: 'Afhankelijkheid toevoegen' }).click();
  await editor.getByRole('button', { name: 'Toepassen' }).click();
  await expect(editor.getByText('Kies de activiteit waarop deze wacht.')).toBeVisible();
  await editor
    .getByLabel('Wacht op')
    .last()
    .selectOption({ label: 'Omgevingsonderzoeken (bodem, geluid, stikstof, flora en fauna)' });
  await editor.getByRole('button', { name: 'Toepassen' }).click();
  await expect(editor).toBeHidden();
  await expect(
    page.getByRole('row', { name: /^Bouw tot oplevering/ }).getByText(/na: .*Omgevingsonderzoeken/),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
  await expect(page.getByText(/^Opgeslagen\. Klaar op .*: 1[34] weken langer\./)).toBeVisible();
  await expect(page.getByText(/^1[34] weken later dan de basisplanning$/)).toBeVisible();
  await expect(page.getByText('Versie 2', { exact: false })).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Planning en vragenlijst als Excel (XLSX)' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^planning-.*\.xlsx$/);
  await expectAccessible(page);
});

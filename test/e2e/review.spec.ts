import { expect, test } from '@playwright/test';
import { ACCOUNTS, expectAccessible, loggedInPage, login, scheduleInput, uniqueName } from './support';

test('a plan grows past 50 homes, its review appears; the regional admin scores it and records advice', async ({
  page,
  browser,
  baseURL,
}) => {
  await login(page, ACCOUNTS.hilversum, '/plannen');
  const name = uniqueName('Groeiplan');
  const created = await page.request.post('/api/v1/plans', {
    headers: { origin: baseURL ?? '' },
    data: {
      name,
      municipalityCode: 'GM0402',
      phase: 'planning',
      planningStatus: '3',
      segments: [{ segment: 'socialRent', homes: 40, usableAreaM2: 50, monthlyRentEur: 700 }],
      deliveries: [{ year: 2028, homes: 40 }],
      visibility: 'region',
    },
  });
  const plan = await created.json();
  await page.goto(`/plannen/${plan.id}`);
  await expect(page.getByRole('link', { name: /Participatie: QuickScan/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /Regionale toets/ })).toHaveCount(0);

  await page.getByRole('link', { name: 'Bewerken' }).click();
  await page.getByTestId('segment-row').nth(0).getByLabel('Woningen', { exact: true }).fill('60');
  await page.locator('#plan-deliveries-0-homes').fill('60');
  await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await page.getByRole('link', { name: /Regionale toets/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Regionale toets: ${name}` })).toBeVisible();
  await expect(page.getByText('Wacht op beoordeling')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Scores opslaan' })).toHaveCount(0);

  const region = await loggedInPage(browser, ACCOUNTS.region, '/toetsing');
  await region.getByRole('link', { name }).click();
  for (const [label, score] of [
    ['Woon-werkbalans', '4'],
    ['OV-bereikbaarheid', '5'],
    ['Betaalbaarheid', '5'],
    ['Voldoet aan de doelgroepenverordening', '5'],
    ['Tempo', '5'],
  ] as const) {
    await region
      .getByRole('radiogroup', { name: `Score ${label}` })
      .getByLabel(score, { exact: true })
      .check();
  }
  await region.getByLabel('Toelichting woon-werkbalans').fill('Dichtbij het Mediapark');
  await region.getByRole('button', { name: 'Scores opslaan' }).click();
  await expect(region.getByText('In beoordeling')).toBeVisible();
  await expect(region.getByTestId('gewogen-score')).toHaveText('4,78');
  await region.getByRole('button', { name: 'Advies vastleggen' }).click();
  await expect(region.getByText('Schrijf het advies in minstens 20 tekens.')).toBeVisible();
  await region.getByLabel('Positief onder voorwaarden').check();
  await region
    .getByLabel('Adviestekst')
    .fill('Positief, mits de middenhuur in de volgende fase wordt toegevoegd.');
  await region.getByRole('button', { name: 'Advies vastleggen' }).click();
  await region.getByRole('button', { name: 'Ja, vastleggen' }).click();
  await expect(region.getByRole('heading', { name: 'Advies: Positief onder voorwaarden' })).toBeVisible();
  await expectAccessible(region);

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Advies: Positief onder voorwaarden' })).toBeVisible();
  await expectAccessible(page);
});

test('the QuickScan of a BOPA plan says participation is mandatory; a report feeds the motivation', async ({
  page,
  baseURL,
}) => {
  await login(page, ACCOUNTS.hilversum, '/plannen');
  const headers = { origin: baseURL ?? '' };
  const plan = await (
    await page.request.post('/api/v1/plans', {
      headers,
      data: {
        name: uniqueName('Buitenplans'),
        municipalityCode: 'GM0402',
        phase: 'initiative',
        planningStatus: '4A',
        segments: [{ segment: 'socialRent', homes: 12 }],
        visibility: 'region',
      },
    })
  ).json();
  const route = { development: 'site', procedure: 'outOfPlanPermit', preparation: 'sequential' };
  const template = await (await page.request.post('/api/v1/route-map', { headers, data: route })).json();
  const saved = await page.request.put(`/api/v1/plans/${plan.id}/schedule`, {
    headers,
    data: {
      startDate: '2027-01-04',
      route,
      activities: scheduleInput(template),
    },
  });
  expect(saved.status()).toBe(200);

  await page.goto(`/plannen/${plan.id}`);
  await page.getByRole('link', { name: /Participatie: QuickScan/ }).click();
  await expect(
    page.getByText('Procedure (uit de planning): Buitenplanse omgevingsplanactiviteit (BOPA).'),
  ).toBeVisible();
  await page.getByRole('button', { name: 'QuickScan opslaan' }).click();
  // Each unanswered question says so at its own question, and the summary links to it.
  await expect(page.getByRole('alert').filter({ hasText: 'Controleer de QuickScan' })).toBeVisible();
  await page.locator('input[name="qs-scale"][value="1"]').check();
  await page.getByRole('button', { name: 'QuickScan opslaan' }).click();
  await expect(page.getByRole('group', { name: /^1\./ }).getByText('Kies een antwoord')).toHaveCount(0);
  await expect(
    page.getByRole('group', { name: /^4\./ }).getByText('Kies een antwoord op vraag 4.'),
  ).toBeVisible();
  await expectAccessible(page);
  for (const group of ['benefit', 'attention', 'nuisance']) {
    await page.locator(`input[name="qs-${group}"][value="1"]`).check();
  }
  await page.getByRole('button', { name: 'QuickScan opslaan' }).click();
  await expect(page.getByText('4 punten: geringe impact. Participatie is verplicht.')).toBeVisible();
  await expect(
    page.getByText(/omdat het plan vraagt een buitenplanse omgevingsplanactiviteit/),
  ).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel('Wat is er gedaan?').fill('Inloopavond met de buurt in het wijkcentrum.');
  await page.getByLabel('Waarover ging de discussie?').fill('Parkeren');
  await page.getByLabel('Wat is er met de inbreng gedaan?').fill('Parkeren komt onder het gebouw.');
  await page.getByRole('button', { name: 'Verslag vastleggen' }).click();
  await expect(page.getByTestId('motivering')).toContainText(
    'In de fase initiatief en verkenning is het volgende gedaan: Inloopavond met de buurt in het wijkcentrum.',
  );
  await expectAccessible(page);
});

test('the regional admin edits the assessment framework; a new criterion without a name is refused next to its field', async ({
  page,
}) => {
  await login(page, ACCOUNTS.region, '/toetsing');
  await page.getByRole('link', { name: 'toetsingskader' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Toetsingskader' })).toBeVisible();
  await expect(
    page.getByText('Dit criterium hoort bij de regionale afspraak en blijft in het kader.'),
  ).toHaveCount(3);

  await page.getByRole('button', { name: 'Criterium toevoegen' }).click();
  const fresh = page.getByRole('group', { name: 'Nieuw criterium' });
  await fresh.getByLabel('Wanneer past een 1?').fill('Geen groen.');
  await page.getByRole('button', { name: 'Kader bewaren' }).click();
  await expect(fresh.getByText('Geef het criterium een naam.')).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'Controleer het kader' })).toBeVisible();
  await expectAccessible(page);

  // Nothing was saved: after a reload the new criterion is gone.
  await page.reload();
  await expect(page.getByRole('group', { name: 'Nieuw criterium' })).toHaveCount(0);

  // A change in guidance is saved and read back; then put back as it was (other tests score on this framework).
  const guidance = page.getByRole('group', { name: 'Betaalbaarheid' }).getByLabel('Wanneer past een 3?');
  const before = await guidance.inputValue();
  await guidance.fill(`${before} Toelichting bij de demo.`);
  await page.getByRole('button', { name: 'Kader bewaren' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Het toetsingskader is bewaard.' })).toBeVisible();
  await page.reload();
  await expect(guidance).toHaveValue(`${before} Toelichting bij de demo.`);
  await guidance.fill(before);
  await page.getByRole('button', { name: 'Kader bewaren' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Het toetsingskader is bewaard.' })).toBeVisible();
});

test('a municipality reads the assessment framework without editing it', async ({ page }) => {
  await login(page, ACCOUNTS.hilversum, '/toetsing/kader');
  await expect(page.getByRole('table', { name: /Criteria, gewichten/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Kader bewaren' })).toHaveCount(0);
});

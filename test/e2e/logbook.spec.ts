import { expect, test } from '@playwright/test';
import { ACCOUNTS, expectAccessible, login, uniqueName } from './support';

const QUESTION =
  'Hebben gemeente en corporatie samen de drie vragen van de routekaart beantwoord (locatie of gebied, procedure, volgordelijk of parallel)?';

test('a municipal editor answers a blocking logbook question twice and reads both answers on the timeline', async ({
  page,
  baseURL,
}) => {
  await login(page, ACCOUNTS.hilversum, '/plannen');
  const name = uniqueName('Logboektest');
  const created = await page.request.post('/api/v1/plans', {
    headers: { origin: baseURL ?? '' },
    data: {
      name,
      municipalityCode: 'GM0402',
      phase: 'initiative',
      planningStatus: '4A',
      segments: [{ segment: 'socialRent', homes: 40 }],
      visibility: 'region',
    },
  });
  expect(created.status()).toBe(201);
  const plan = await created.json();

  await page.goto(`/plannen/${plan.id}/planning`);
  const logbook = page.getByRole('region', { name: 'Logboek', exact: true });
  await expect(logbook.getByRole('heading', { level: 2, name: 'Logboek' })).toBeVisible();
  const total = logbook.getByText(/\d+ open vra(ag|gen) blokkee?r(t|en) de volgende fase/);
  const before = Number((await total.textContent())?.match(/\d+/)?.[0]);
  expect(before).toBeGreaterThan(0);
  await expect(logbook.getByText('Nog geen antwoorden.', { exact: false })).toBeVisible();
  await expectAccessible(page);

  const question = logbook.getByRole('group', { name: QUESTION, exact: true });
  await expect(question.getByText('Nog niet beantwoord')).toBeVisible();
  await expect(question.getByText('Blokkeert de volgende fase')).toBeVisible();

  // Saving without a choice: the error sits next to the radio buttons.
  await question.getByRole('button', { name: 'Antwoord vastleggen' }).click();
  await expect(question.getByText('Kies ja, nee of niet van toepassing.')).toBeVisible();

  // "Nee" keeps the question open: it still blocks the next phase.
  await question.getByLabel('Nee', { exact: true }).check();
  await question.getByLabel('Toelichting').fill('Procedure nog niet gekozen (fictief)');
  await question.getByRole('button', { name: 'Antwoord vastleggen' }).click();
  await expect(question.getByText('Vastgelegd: Nee.')).toBeVisible();
  await expect(question.getByText('Blokkeert de volgende fase')).toBeVisible();
  const timeline = page.getByTestId('logbook-timeline');
  await expect(timeline.getByRole('listitem')).toHaveCount(1);
  await expect(timeline.getByRole('listitem').first()).toContainText('Procedure nog niet gekozen (fictief)');

  // "Ja" is a new answer: both stay on the timeline, newest first, and the question no longer blocks.
  await question.getByLabel('Ja', { exact: true }).check();
  await question.getByRole('button', { name: 'Antwoord vastleggen' }).click();
  await expect(question.getByText('Vastgelegd: Ja.')).toBeVisible();
  await expect(question.getByText('Blokkeert de volgende fase')).toHaveCount(0);
  const entries = timeline.getByRole('listitem');
  await expect(entries).toHaveCount(2);
  await expect(entries.nth(0)).toContainText(QUESTION);
  await expect(entries.nth(0)).toContainText('Ja');
  await expect(entries.nth(0)).toContainText('gemeente', { ignoreCase: true });
  await expect(entries.nth(1)).toContainText('Nee');
  await expect(entries.nth(1)).toContainText('Procedure nog niet gekozen (fictief)');
  await expect(logbook.getByText(new RegExp(`(${before - 1}|Geen) open vra`))).toBeVisible();
  await expectAccessible(page);
});

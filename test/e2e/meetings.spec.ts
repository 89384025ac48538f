import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { ACCOUNTS, expectAccessible, login, uniqueName } from './support';

test('the regional admin puts a bottleneck on the next BO, records the decision and an action item, and downloads the .ics', async ({
  page,
  baseURL,
}) => {
  await login(page, ACCOUNTS.region, '/overleg');
  const title = uniqueName('Netcongestie Stationsgebied');
  const created = await page.request.post('/api/v1/bottlenecks', {
    headers: { origin: baseURL ?? '' },
    data: { title, municipalityCode: 'GM0402' },
  });
  expect(created.status()).toBe(201);

  await page.goto('/overleg');
  await expect(page.getByRole('heading', { level: 1, name: 'Overleg' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'adresboek' })).toHaveAttribute('href', '/adresboek');
  await expectAccessible(page);
  const bo = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: 'BO Bouwen en Wonen' }) });
  await bo.getByRole('link').nth(1).click();
  await expect(page.getByRole('heading', { level: 1, name: /BO Bouwen en Wonen/ })).toBeVisible();

  await page.getByLabel('Waar gaat het over?').selectOption('bottleneck');
  await page.getByLabel('Knelpunt', { exact: true }).selectOption({ label: title });
  await page.getByRole('button', { name: 'Op de agenda zetten' }).click();
  const item = page.getByTestId('agenda-item').filter({ hasText: `Knelpunt: ${title}` });
  await expect(item).toBeVisible();

  const decisionForm = page.getByRole('form', { name: `Besluit over Knelpunt: ${title}` });
  await decisionForm.getByRole('button', { name: 'Besluit vastleggen' }).click();
  await expect(decisionForm.getByText('Schrijf het besluit in minstens 3 tekens.')).toBeVisible();
  await decisionForm
    .getByLabel('Besluit')
    .fill('De regio vraagt de netbeheerder om een oplossing vóór maart.');
  await decisionForm.getByRole('button', { name: 'Besluit vastleggen' }).click();
  await expect(item.getByTestId('decision')).toHaveText(
    'De regio vraagt de netbeheerder om een oplossing vóór maart.',
  );

  await page.getByLabel('Wat moet er gebeuren?').fill('Overleg met de netbeheerder plannen');
  await page.getByLabel('Wie pakt het op?').selectOption({ label: 'Gemeente Hilversum' });
  await page.getByLabel('Uiterlijk klaar op').fill('2027-03-01');
  await page.getByLabel('Bij agendapunt (niet verplicht)').selectOption({ label: `Knelpunt: ${title}` });
  await page.getByRole('button', { name: 'Actiepunt toevoegen' }).click();
  const action = page.getByTestId('action-item').filter({ hasText: 'Overleg met de netbeheerder plannen' });
  await expect(action).toContainText('Gemeente Hilversum');
  await expect(action).toContainText('1 maart 2027');
  await expectAccessible(page);

  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'In je agenda zetten (.ics)' }).click();
  const file = await (await download).path();
  const ics = fs.readFileSync(file, 'utf8');
  expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
  expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
  for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  const unfolded = ics.replace(/\r\n /g, '');
  expect(unfolded).toMatch(/UID:[0-9a-f-]{36}@woonregie/);
  expect(unfolded).toMatch(/DTSTAMP:\d{8}T\d{6}Z/);
  expect(unfolded).toMatch(/DTSTART:\d{8}T\d{6}Z/);
  expect(unfolded).toContain('SUMMARY:BO Bouwen en Wonen');
  expect(unfolded).toContain(`Knelpunt: ${title.replaceAll(',', '\\,')}`);

  await page.goto('/overleg');
  await expect(
    page.getByTestId('action-item').filter({ hasText: 'Overleg met de netbeheerder plannen' }),
  ).toBeVisible();
});

test("a proposal's route advances when the table records its decision", async ({ page }) => {
  await login(page, ACCOUNTS.region, '/overleg');
  await page.getByRole('link', { name: 'Praktijkleergang Platform31' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Praktijkleergang Platform31/ })).toBeVisible();
  await expect(page.getByTestId('proposal-status')).toContainText(
    'Nu bij: Directie-overleg Fysiek Domein (adviseren)',
  );
  await expect(page.getByTestId('route-step').nth(0)).toContainText('Positief');
  await expectAccessible(page);

  await page.getByRole('link', { name: 'Directie-overleg Fysiek Domein' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Directie-overleg Fysiek Domein/ })).toBeVisible();
  const form = page.getByRole('form', {
    name: 'Besluit over Voorstel DOC-24008845: Praktijkleergang Platform31',
  });
  await form
    .getByLabel('Besluit')
    .fill('Het directie-overleg adviseert positief over de drie voorstelpunten.');
  await form.getByLabel('Uitkomst voor de route van het voorstel').selectOption('done');
  await form.getByLabel('Conclusie op het voorblad').fill('Positief');
  await form.getByRole('button', { name: 'Besluit vastleggen' }).click();
  await expect(page.getByTestId('decision')).toContainText('adviseert positief');
  await expectAccessible(page);

  await page.getByRole('link', { name: 'Voorstel DOC-24008845: Praktijkleergang Platform31' }).click();
  await expect(page.getByTestId('proposal-status')).toContainText(
    'Nu bij: Portefeuillehoudersoverleg Wonen (bespreken)',
  );
  await expect(page.getByTestId('route-step').nth(1)).toContainText('Positief');
  await expect(page.getByTestId('route-step').nth(1)).toContainText('Afgerond');
});

test('the table page lists members and offers the calendar feed; events have an invitation', async ({
  page,
}) => {
  await login(page, ACCOUNTS.viewer, '/overleg');
  await page.getByRole('link', { name: 'BO Bouwen en Wonen' }).first().click();
  await expect(page.getByText('Gemeente Hilversum, wethouder Wonen')).toBeVisible();
  await expect(page.getByRole('link', { name: /Agenda-bestand van alle vergaderingen/ })).toHaveAttribute(
    'href',
    /\/api\/v1\/tables\/[0-9a-f-]{36}\/calendar\.ics$/,
  );
  await expect(page.getByRole('button', { name: 'Toevoegen' })).toHaveCount(0);
  await expectAccessible(page);
  await page.goto('/overleg/bijeenkomsten');
  await expect(
    page.getByRole('link', { name: 'Jaarlijkse regiobijeenkomst Wonen 2027 (fictief)', exact: true }),
  ).toBeVisible();
  await expect(
    page.getByRole('link', { name: /uitnodiging \(\.ics\) voor Jaarlijkse regiobijeenkomst/ }),
  ).toBeVisible();
  await expectAccessible(page);
});

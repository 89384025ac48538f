import { expect, test } from '@playwright/test';
import { ACCOUNTS, expectAccessible, login, uniqueName } from './support';

const HEADER =
  'Extern ID,Naam,Gemeentecode,Fase,Planologische status,Sociale huur,Middenhuur,Betaalbare koop,Vrije sector huur,Vrije sector koop,Opleverjaar';

function csvFile(rows: string[]) {
  return { name: 'plannen.csv', mimeType: 'text/csv', buffer: Buffer.from([HEADER, ...rows].join('\n')) };
}

test('a file with an error imports nothing and says where; fixed, it imports and the plans appear', async ({
  page,
}) => {
  const first = uniqueName('Importplan Noord');
  const second = uniqueName('Importplan Zuid');
  const id = Date.now().toString(36);
  await login(page, ACCOUNTS.region, '/plannen');
  const totals = page.getByTestId('plan-totals');
  await expect(totals).toContainText('plannen met');
  const before = await totals.textContent();
  await page.getByRole('link', { name: 'Importeren' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Importeren' })).toBeVisible();
  await expectAccessible(page);

  const file = page.getByLabel(/Bestand/);
  await file.setInputFiles(
    csvFile([
      `E2E-${id}-1,${first},GM0402,planning,2A,20,10,0,0,10,2029`,
      `E2E-${id}-2,${second},GM1942,initiatief,4A,12,0,-4,0,0,2031`,
    ]),
  );
  await page.getByRole('button', { name: 'Bestand controleren' }).click();
  const errors = page.getByTestId('import-errors');
  await expect(errors).toContainText('Er is niets geïmporteerd');
  const row = errors.getByRole('row').filter({ hasText: 'Rij 3' });
  await expect(row).toContainText('Betaalbare koop');
  await expect(row).toContainText('"-4" is geen heel aantal van 0 of meer.');
  await expectAccessible(page);

  // Nothing changed: the plan list has the same total and neither plan.
  await page.goto(`/plannen?zoek=${encodeURIComponent(first)}`);
  await expect(page.getByTestId('plan-totals')).toContainText('0 plannen');

  await page.goto('/beheer/import');
  await page
    .getByLabel(/Bestand/)
    .setInputFiles(
      csvFile([
        `E2E-${id}-1,${first},GM0402,planning,2A,20,10,0,0,10,2029`,
        `E2E-${id}-2,${second},GM1942,initiatief,4A,12,0,4,0,0,2031`,
      ]),
    );
  await page.getByRole('button', { name: 'Bestand controleren' }).click();
  const preview = page.getByTestId('import-preview');
  await expect(preview).toContainText('2 nieuw');
  await expect(preview.getByRole('row').filter({ hasText: first })).toContainText('Nieuw');
  await expectAccessible(page);
  await page.getByRole('button', { name: /Ja, importeer 2/ }).click();
  await expect(page.getByTestId('import-done')).toContainText('Geïmporteerd: 2 nieuw');

  await page.getByRole('link', { name: 'Naar de plannen' }).click();
  await expect(page.getByRole('link', { name: first })).toBeVisible();
  await expect(page.getByRole('link', { name: second })).toBeVisible();
  await page.goto('/plannen');
  await expect(totals).toContainText('plannen met');
  await expect(totals).not.toHaveText(before ?? '');
});

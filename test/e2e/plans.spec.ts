import { expect, type Page, test } from '@playwright/test';
import { ACCOUNTS, expectAccessible, loggedInPage, login, uniqueName } from './support';

async function fillSegment(page: Page, index: number, segment: string, homes: string) {
  const row = page.getByTestId('segment-row').nth(index);
  await row.getByLabel(`Segment ${index + 1}`, { exact: true }).selectOption({ label: segment });
  await row.getByLabel('Woningen', { exact: true }).fill(homes);
}

test.describe.configure({ mode: 'serial' });

const name = uniqueName('Stationskwartier Noord');
let planUrl = '';

test('a municipality creates a plan with three segments and watches the norms change', async ({ page }) => {
  await login(page, ACCOUNTS.hilversum);
  await page.getByRole('link', { name: 'Plannen', exact: true }).click();
  await page.getByRole('link', { name: 'Nieuw plan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nieuw plan' })).toBeVisible();
  await expectAccessible(page);

  // Saving an empty form names what is missing, at the top and next to the field; nothing is lost.
  await page.getByRole('button', { name: 'Plan opslaan' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'nog niet opgeslagen' })).toBeVisible();
  await expect(page.locator('#plan-name-fout')).toHaveText('Een naam heeft minstens 3 tekens.');

  await page.getByLabel('Naam van het plan').fill(name);
  await page.getByLabel('Planologische status').selectOption('3');
  await page.getByLabel('Wie mag dit plan zien?').selectOption({ label: 'Hele regio' });
  await expect(page.getByText('Hardheid:')).toContainText('Zacht');

  const social = page.getByTestId('norm-social');
  const affordable = page.getByTestId('norm-affordable');
  await fillSegment(page, 0, 'Sociale huur', '30');
  await expect(social).toHaveText('100%');
  await page.getByRole('button', { name: 'Segment toevoegen' }).click();
  await fillSegment(page, 1, 'Middenhuur', '30');
  await expect(social).toHaveText('50%');
  await expect(affordable).toHaveText('100%');
  await page.getByRole('button', { name: 'Segment toevoegen' }).click();
  await fillSegment(page, 2, 'Vrije sector koop', '40');
  await expect(social).toHaveText('30%');
  await expect(affordable).toHaveText('60%');
  await expect(page.getByText('onder de norm')).toBeVisible();

  // A middle rent above the national limit does not count as affordable.
  await page.getByTestId('segment-row').nth(1).getByLabel('Huur per maand (€)').fill('5000');
  await expect(affordable).toHaveText('30%');
  await expect(page.getByText(/ligt boven de grens/)).toBeVisible();
  await page.getByTestId('segment-row').nth(1).getByLabel('Huur per maand (€)').fill('');
  await expect(affordable).toHaveText('60%');

  await page.getByRole('button', { name: 'Jaar toevoegen' }).click();
  await page.getByLabel('Jaar', { exact: true }).fill('2028');
  await page.locator('#plan-deliveries-0-homes').fill('100');
  await page.getByLabel('Breedtegraad').fill('52,226');
  await page.getByLabel('Lengtegraad').fill('5,181');
  await page.getByLabel('Maatschappelijk draagvlak').check();
  await page.getByLabel('Investering (€)').fill('25.000.000');
  await page.getByLabel('Onrendabele top (€)').fill('1.200.000');
  await page.getByRole('button', { name: 'Plan opslaan' }).click();

  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByText('Het plan is aangemaakt.')).toBeVisible();
  await expect(page.getByTestId('business-case')).toContainText('€ 1.200.000');
  await expect(page.getByTestId('history')).toContainText('Versie 1');
  planUrl = new URL(page.url()).pathname;
  await expectAccessible(page);

  // The new plan counts in the regional overview and is on its map.
  await page.getByRole('link', { name: 'Regio', exact: true }).click();
  await page.getByText(/De plannen op de kaart als tabel/).click();
  await expect(page.getByRole('link', { name })).toBeVisible();
});

test('the list finds the plan by name, filters and shows totals', async ({ page }) => {
  await login(page, ACCOUNTS.hilversum, '/plannen');
  await expectAccessible(page);
  const totals = page.getByTestId('plan-totals');
  await expect(totals).toContainText('plannen');
  await page.getByLabel('Zoek op naam').fill('Stationskwartier Noord');
  await page.getByRole('form', { name: 'Plannen filteren' }).getByRole('button', { name: 'Zoeken' }).click();
  await expect(page).toHaveURL(/zoek=Stationskwartier/);
  await expect(page.getByRole('link', { name })).toBeVisible();
  await page.getByLabel('Hardheid').selectOption({ label: 'Hard' });
  await expect(page.getByText('Geen plannen gevonden met deze filters')).toBeVisible();
  await page.getByRole('button', { name: 'Filters wissen' }).click();
  await page.getByLabel('Gemeente').selectOption({ label: 'Hilversum' });
  await page.getByLabel('50 woningen of meer').check();
  await expect(page).toHaveURL(/gemeente=GM0402.*groot=1|groot=1.*gemeente=GM0402/);
  const rows = page.locator('tbody tr');
  await expect(rows.first()).toBeVisible();
  await expect
    .poll(async () => {
      const municipalities = await rows.locator('td:nth-child(2)').allTextContents();
      return municipalities.length > 0 && municipalities.every((text) => text === 'Hilversum');
    })
    .toBe(true);
  // Sorting by homes, largest first.
  await page.getByRole('button', { name: /Woningen/ }).click();
  await page.getByRole('button', { name: /Woningen/ }).click();
  await expect(page).toHaveURL(/sorteer=-homes/);
  await expect(page.locator('th[aria-sort="descending"]')).toHaveText(/Woningen/);
  await expect
    .poll(async () => {
      const homes = (await rows.locator('td:nth-child(5)').allTextContents()).map((t) =>
        Number(t.replace(/\./g, '')),
      );
      return (
        homes.length > 1 && homes.every((value, index) => index === 0 || (homes[index - 1] ?? 0) >= value)
      );
    })
    .toBe(true);
});

test('editing keeps the history: who changed what and when', async ({ page }) => {
  await login(page, ACCOUNTS.hilversum, planUrl);
  await page.getByRole('link', { name: 'Bewerken' }).click();
  await expectAccessible(page);
  await page.getByLabel('Fase').selectOption({ label: 'Planvorming en conditionering' });
  await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
  await expect(page.getByText('Het plan is gewijzigd.')).toBeVisible();
  const history = page.getByTestId('history');
  await expect(history).toContainText('Versie 2');
  await expect(history).toContainText('Fase: Initiatief en verkenning → Planvorming en conditionering');
  await expect(history).toContainText('Gemeente Hilversum');
});

test('another organisation sees the plan but not its business case', async ({ browser }) => {
  const developer = await loggedInPage(browser, ACCOUNTS.developer, planUrl);
  await expect(developer.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(developer.getByTestId('business-case')).toHaveCount(0);
  await expect(developer.getByRole('link', { name: 'Bewerken' })).toHaveCount(0);
  await expect(developer.getByText('1.200.000')).toHaveCount(0);
  await developer.context().close();
});

test('two editors at once: the second save is refused, keeps its input and can load the newest version', async ({
  browser,
}) => {
  const first = await loggedInPage(browser, ACCOUNTS.hilversum, `${planUrl}/bewerken`);
  const second = await loggedInPage(browser, ACCOUNTS.hilversum, `${planUrl}/bewerken`);
  await expect(first.getByLabel('Naam van het plan')).toHaveValue(name);
  await expect(second.getByLabel('Naam van het plan')).toHaveValue(name);

  await first.getByLabel('Volgende mijlpaal').fill('Vaststelling omgevingsplan');
  await first.getByLabel('Datum mijlpaal').fill('2027-03-01');
  await first.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
  await expect(first.getByText('Het plan is gewijzigd.')).toBeVisible();

  await second.getByLabel('Toelichting (optioneel)').fill('Mijn eigen toelichting');
  await second.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
  const conflict = second
    .getByRole('alert')
    .filter({ hasText: 'Iemand anders heeft dit plan intussen gewijzigd' });
  await expect(conflict).toBeVisible();
  await expect(second.getByLabel('Toelichting (optioneel)')).toHaveValue('Mijn eigen toelichting');
  await second.getByRole('button', { name: 'Nieuwste versie laden' }).click();
  await expect(second.getByText(/Anderen wijzigden: mijlpaal/)).toBeVisible();
  await expect(second.getByLabel('Toelichting (optioneel)')).toHaveValue('Mijn eigen toelichting');
  await second.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
  await expect(second.getByText('Het plan is gewijzigd.')).toBeVisible();
  await expect(second.locator('.wr-notes')).toHaveText('Mijn eigen toelichting');
  await first.context().close();
  await second.context().close();
});

test('a viewer cannot create plans', async ({ page }) => {
  await login(page, ACCOUNTS.viewer, '/plannen');
  await expect(page.getByRole('heading', { level: 1, name: 'Plannen' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Nieuw plan' })).toHaveCount(0);
});

import { expect, test } from '@playwright/test';
import { ACCOUNTS, expectAccessible, login } from './support';

test('a wrong password gets a clear message and no session', async ({ page }) => {
  await page.goto('/plannen');
  await expect(page).toHaveURL(/\/inloggen\?terug=%2Fplannen/);
  await expectAccessible(page);
  await page.getByLabel('E-mailadres').fill(ACCOUNTS.hilversum);
  await page.getByLabel('Wachtwoord').fill('fout-wachtwoord');
  await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('E-mailadres of wachtwoord klopt niet');
  await expect(page).toHaveURL(/\/inloggen/);
});

test('empty fields are named next to the field', async ({ page }) => {
  await page.goto('/inloggen');
  await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
  await expect(page.locator('#login-email-fout')).toHaveText('Vul een geldig e-mailadres in.');
  await expect(page.locator('#login-password-fout')).toHaveText('Vul je wachtwoord in.');
});

test('a demo login leads back to the page asked for, and logging out ends the session', async ({ page }) => {
  await login(page, ACCOUNTS.hilversum, '/plannen');
  await expect(page).toHaveURL(/\/plannen$/);
  await page.getByRole('link', { name: 'Overzicht' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Overzicht' })).toBeVisible();
  await expect(page.getByText('Gemeente Hilversum').first()).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Uitloggen' }).click();
  await expect(page).toHaveURL(/\/inloggen/);
  await page.goto('/regio');
  await expect(page).toHaveURL(/\/inloggen/);
});

test('the skip link moves to the content', async ({ page }) => {
  await login(page, ACCOUNTS.hilversum);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Direct naar de inhoud' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#inhoud$/);
});

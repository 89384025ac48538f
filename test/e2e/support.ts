import AxeBuilder from '@axe-core/playwright';
import { type Browser, expect, type Page } from '@playwright/test';

export const PASSWORD = 'Woonregie-demo-2030';
export const ACCOUNTS = {
  region: 'regio@woonregie.test',
  hilversum: 'gemeente.hilversum@woonregie.test',
  gooiseMeren: 'gemeente.gooisemeren@woonregie.test',
  developer: 'ontwikkelaar@woonregie.test',
  corporation: 'corporatie@woonregie.test',
  viewer: 'bestuurder@woonregie.test',
} as const;

/** Logs in through the login page, as a user would. */
export async function login(page: Page, email: string, next = '/') {
  await page.goto(`/inloggen${next === '/' ? '' : `?terug=${encodeURIComponent(next)}`}`);
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(PASSWORD);
  await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
  await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeVisible();
}

/** A fresh browser context (its own cookies) logged in as `email`. */
export async function loggedInPage(browser: Browser, email: string, next = '/') {
  const context = await browser.newContext();
  const page = await context.newPage();
  await login(page, email, next);
  return page;
}

/** Runs axe (WCAG 2.1 A and AA) and fails on serious or critical violations. */
export async function expectAccessible(page: Page) {
  await page
    .getByRole('status')
    .filter({ hasText: /laden/i })
    .first()
    .waitFor({ state: 'detached' })
    .catch(() => {});
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const serious = result.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes.map((n) => n.target.join(' ')).join(', ')})`,
    );
  expect(serious, `axe op ${page.url()}`).toEqual([]);
}

/** A name no other test run uses. */
export function uniqueName(prefix: string): string {
  return `${prefix} ${Date.now().toString(36)} (fictief)`;
}

interface TemplateActivity {
  key: string;
  name: string;
  phase: string;
  durationWeeks: number;
  links: unknown[];
  milestone?: boolean;
}

/** The activities of a POST /route-map answer as the PUT /plans/{id}/schedule body takes them. */
export function scheduleInput(template: { activities: TemplateActivity[] }, withMilestones = false) {
  return template.activities.map((a) => ({
    key: a.key,
    name: a.name,
    phase: a.phase,
    durationWeeks: a.durationWeeks,
    dependsOn: a.links,
    ...(withMilestones ? { milestone: a.milestone } : {}),
  }));
}

import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import type { Role } from '../../domain/access/roles.ts';
import { ACCOUNT_OF, DEMO_PASSWORD } from './accounts.ts';

export { expect };

/** Waits until the page has its heading and nothing is still loading. */
export const waitForPage = async (page: Page) => {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('.progress-spinner')).toHaveCount(0);
};

/** axe on the whole page, WCAG 2.0 and 2.1, levels A and AA: any violation fails with its rule and nodes. */
export const expectNoAxeViolations = async (page: Page) => {
  await waitForPage(page);
  // A dialog still fading in is transparent, and axe would judge its colours mid-way (a link's blue then fails the
  // contrast it meets once shown). reactstrap's Fade keeps a modal at opacity 0 with no transition running until its
  // timeout ends, then adds `show`: so wait for every modal to be shown and opaque, then for the finite animations
  // and transitions to end.
  await page.waitForFunction(() => {
    const modalsShown = [...document.querySelectorAll<HTMLElement>('.modal, .modal-backdrop')].every(
      (element) =>
        element.classList.contains('show') &&
        (!element.classList.contains('modal') || getComputedStyle(element).opacity === '1'),
    );
    const settled = document
      .getAnimations()
      .every(
        (a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Number.POSITIVE_INFINITY,
      );
    return modalsShown && settled;
  });
  const started = Date.now();
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const violations = results.violations.map((violation) => ({
    rule: violation.id,
    impact: violation.impact,
    help: violation.help,
    nodes: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')),
  }));
  if (process.env.E2E_TIMING) console.log(`axe ${page.url()} ${Date.now() - started} ms`);
  expect(violations, `axe violations on ${page.url()}`).toEqual([]);
};

/** Logs in through the login form, as a person does, and waits for the home page. */
export const loginAs = async (page: Page, role: Role) => {
  await page.goto('/login');
  await page.getByLabel('Nome utente', { exact: true }).fill(ACCOUNT_OF[role]);
  await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Accedi', exact: true }).click();
  await expect(page).toHaveURL(/\/$/);
  await waitForPage(page);
};

export const logout = async (page: Page) => {
  await page.getByRole('button', { name: /^(Esci|Log out)$/ }).click();
  await expect(page).toHaveURL(/\/login\?notice=logged-out/);
};

/**
 * Goes to an address inside the running app, as a link would (no reload): cheaper than page.goto when a spec
 * walks many addresses with the same session.
 */
export const navigateInApp = async (page: Page, path: string) => {
  await page.evaluate((target) => {
    window.history.pushState({}, '', target);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, path);
  await expect(page).toHaveURL((url) => `${url.pathname}${url.search}` === path);
};

/** The main menu's entries, in order. */
export const menuEntries = (page: Page) =>
  page.getByRole('navigation', { name: 'Menu principale' }).getByRole('link').allInnerTexts();

export const test = base.extend<{ loginAs: (role: Role) => Promise<void> }>({
  loginAs: async ({ page }, use) => {
    await use((role) => loginAs(page, role));
  },
});

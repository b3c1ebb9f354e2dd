import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, navigateInApp, test, waitForPage } from './support/fixtures.ts';

/** Nothing sticks out sideways: the page fits the screen (wide tables scroll inside their own box). */
const expectFitsPhone = async (page: Page) =>
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

test.use({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });

test('on a phone the menu folds behind a button, opens, navigates and closes', async ({ page, loginAs }) => {
  await page.goto('/login');
  await waitForPage(page);
  await expectFitsPhone(page);
  await loginAs('tutoring-office');
  const toggle = page.getByRole('button', { name: 'Apri il menu' });
  await expect(toggle).toBeVisible();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  const menuLink = page
    .getByRole('navigation', { name: 'Menu principale' })
    .getByRole('link', { name: 'Strutture' });
  await expect(menuLink).toBeHidden();
  await expectFitsPhone(page);
  await expectNoAxeViolations(page);

  await toggle.click();
  await expect(menuLink).toBeVisible();
  await expect(page.getByRole('button', { name: 'Chiudi il menu' }).first()).toBeVisible();
  await menuLink.click();
  await expect(page).toHaveURL(/\/units$/);
  await waitForPage(page);
  await expect(menuLink).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: 'Strutture' })).toBeVisible();
  await expectFitsPhone(page);
  await expectNoAxeViolations(page);
  for (const path of ['/students', '/people', '/audit']) {
    await navigateInApp(page, path);
    await waitForPage(page);
    await expect(page.getByRole('table').first()).toBeVisible();
    await expectFitsPhone(page);
  }
});

test('the menu opens and closes from the keyboard', async ({ page, loginAs }) => {
  await loginAs('student');
  const toggle = page.getByRole('button', { name: 'Apri il menu' });
  await toggle.focus();
  await page.keyboard.press('Enter');
  const link = page
    .getByRole('navigation', { name: 'Menu principale' })
    .getByRole('link', { name: 'La mia carriera' });
  await expect(link).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(link).toBeHidden();
});

import { expect, expectNoAxeViolations, test, waitForPage } from './support/fixtures.ts';

test.use({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });

test('on a phone the menu folds behind a button, opens, navigates and closes', async ({ page, loginAs }) => {
  await loginAs('tutoring-office');
  const toggle = page.getByRole('button', { name: 'Apri il menu' });
  await expect(toggle).toBeVisible();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  const menuLink = page
    .getByRole('navigation', { name: 'Menu principale' })
    .getByRole('link', { name: 'Strutture' });
  await expect(menuLink).toBeHidden();
  // Nothing sticks out sideways: the page fits the screen.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await expectNoAxeViolations(page);

  await toggle.click();
  await expect(menuLink).toBeVisible();
  await expect(page.getByRole('button', { name: 'Chiudi il menu' }).first()).toBeVisible();
  await menuLink.click();
  await expect(page).toHaveURL(/\/units$/);
  await waitForPage(page);
  await expect(menuLink).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: 'Strutture' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await expectNoAxeViolations(page);
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

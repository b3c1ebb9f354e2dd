import { expect, test, waitForPage } from './support/fixtures.ts';

test('the first Tab reaches the skip link, which jumps to the content', async ({ page, loginAs }) => {
  await loginAs('student');
  await page.goto('/profile');
  await waitForPage(page);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Vai al contenuto' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  // The next Tab goes into the page, not back into the header.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.querySelector('main')?.contains(document.activeElement))).toBe(
    true,
  );
});

test('the focused control is always visibly marked', async ({ page, loginAs }) => {
  await loginAs('tutoring-office');
  await page.goto('/people');
  const search = page.getByRole('button', { name: 'Cerca' });
  await search.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(search).toBeFocused();
  const outline = await search.evaluate((element) => {
    const style = getComputedStyle(element);
    return {
      style: style.outlineStyle,
      width: Number.parseFloat(style.outlineWidth),
      shadow: style.boxShadow,
    };
  });
  expect((outline.style !== 'none' && outline.width >= 2) || outline.shadow !== 'none').toBe(true);
});

test('the menu can be used from the keyboard alone', async ({ page, loginAs }) => {
  await loginAs('administrator');
  const menuLink = page
    .getByRole('navigation', { name: 'Menu principale' })
    .getByRole('link', { name: 'Strutture' });
  await menuLink.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/units$/);
  // After a navigation the new page's heading takes focus, so a screen reader announces it.
  await expect(page.getByRole('heading', { level: 1, name: 'Strutture' })).toBeFocused();
});

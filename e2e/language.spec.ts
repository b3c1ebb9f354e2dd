import { expect, expectNoAxeViolations, loginAs, logout, test, waitForPage } from './support/fixtures.ts';

test('English, once chosen, stays the person’s language after logout and on another device', async ({
  page,
  browser,
}) => {
  await loginAs(page, 'evaluator');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Hello, Rosa Lacalamita' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(
    page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Units' }),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  // Server texts follow: an error message comes back in English.
  const refused = await page.request.get('/api/audit');
  expect(refused.status()).toBe(403);
  expect((await refused.json()).title).toBe('You are not allowed to do this.');

  await logout(page);
  // The browser remembers the choice for the login page…
  await expect(page.getByRole('heading', { level: 1, name: 'Log in' })).toBeVisible();

  // …and the person carries it to a browser that has never seen it.
  const elsewhere = await browser.newContext();
  const other = await elsewhere.newPage();
  await other.goto('/login');
  await expect(other.getByRole('heading', { level: 1, name: 'Accedi' })).toBeVisible();
  await other.getByLabel('Nome utente', { exact: true }).fill('nucleo');
  await other.getByLabel('Password', { exact: true }).fill('affianco2026');
  await other.getByRole('button', { name: 'Accedi', exact: true }).click();
  await expect(other.getByRole('heading', { level: 1, name: 'Hello, Rosa Lacalamita' })).toBeVisible();
  await other
    .getByRole('navigation', { name: 'Main menu' })
    .getByRole('link', { name: 'My profile' })
    .click();
  await waitForPage(other);
  await expect(other.getByLabel('Preferred language')).toHaveValue('en');

  // Back to Italian from the profile page, so the demo account is as it was.
  await other.getByLabel('Preferred language').selectOption('it');
  await other.getByRole('button', { name: 'Save language' }).click();
  await expect(other.getByRole('heading', { level: 1, name: 'Il mio profilo' })).toBeVisible();
  await expect(other.locator('html')).toHaveAttribute('lang', 'it');
  await elsewhere.close();
});

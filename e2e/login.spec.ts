import { ACCOUNT_OF } from './support/accounts.ts';
import { expect, expectNoAxeViolations, logout, test } from './support/fixtures.ts';

test('the login page lists the demo accounts; choosing one fills the form', async ({ page }) => {
  await page.goto('/login');
  await expect(page.getByRole('heading', { level: 1, name: 'Accedi' })).toBeVisible();
  await expect(page.getByRole('banner')).toContainText('Politecnico di Bari');
  await expectNoAxeViolations(page);
  for (const username of Object.values(ACCOUNT_OF))
    await expect(page.getByRole('button', { name: `Usa ${username}`, exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Usa studente', exact: true }).click();
  await expect(page.getByLabel('Nome utente', { exact: true })).toHaveValue('studente');
  await expect(page.getByLabel('Password', { exact: true })).toHaveValue('affianco2026');
  await page.getByRole('button', { name: 'Accedi', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ciao, Giulia Lorusso' })).toBeVisible();
  await logout(page);
  await expect(page.getByRole('status').filter({ hasText: 'Sei uscito da Affianco.' })).toBeVisible();
  await page.goto('/profile');
  await expect(page).toHaveURL(/\/login\?returnTo=%2Fprofile$/);
});

test('a wrong password is refused with a message, and nobody is signed in', async ({ page }) => {
  await page.goto('/login');
  await page.getByLabel('Nome utente', { exact: true }).fill('ufficio');
  await page.getByLabel('Password', { exact: true }).fill('sbagliata');
  await page.getByRole('button', { name: 'Accedi', exact: true }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await expect(page.getByRole('alert')).not.toBeEmpty();
  await expect(page).toHaveURL(/\/login$/);
  await expectNoAxeViolations(page);
  expect((await page.request.get('/api/me')).status()).toBe(401);
});

test('after login the person lands where they were going', async ({ page }) => {
  await page.goto('/profile');
  await expect(page).toHaveURL(/returnTo=%2Fprofile/);
  await page.getByLabel('Nome utente', { exact: true }).fill('nucleo');
  await page.getByLabel('Password', { exact: true }).fill('affianco2026');
  await page.getByRole('button', { name: 'Accedi', exact: true }).click();
  await expect(page).toHaveURL(/\/profile$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Il mio profilo' })).toBeVisible();
});

test('the OIDC callback errors are explained on the login page', async ({ page }) => {
  await page.goto('/login?error=unknown-person');
  await expect(page.getByRole('alert')).toContainText('non risulti tra le persone registrate');
  await page.goto('/login?error=oidc-failed');
  await expect(page.getByRole('alert')).toContainText('non è riuscito');
});

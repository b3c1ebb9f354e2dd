import { expect, expectNoAxeViolations, loginAs, test, waitForPage } from './support/fixtures.ts';

test('the office lets a supervisor read special-category data, then takes it back', async ({
  page,
  browser,
}) => {
  await loginAs(page, 'tutoring-office');
  await page
    .getByRole('navigation', { name: 'Menu principale' })
    .getByRole('link', { name: 'Dati particolari' })
    .click();
  await waitForPage(page);
  await expectNoAxeViolations(page);

  await page.getByLabel('Cerca per nome, cognome o email').fill('referente@');
  await page.getByRole('button', { name: 'Cerca', exact: true }).click();
  // Bootstrap Italia draws its own radio: the label is what one clicks.
  await page.locator('label', { hasText: 'Paola Amoruso' }).click();
  await expect(page.getByRole('radio', { name: /Paola Amoruso/ })).toBeChecked();
  await page.getByLabel('Motivo').fill('Organizzare il supporto agli studenti con DSA del DEI.');
  await page.getByRole('button', { name: 'Autorizza', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Paola Amoruso può ora vedere' })).toBeVisible();
  const row = page.getByRole('row', { name: /Paola Amoruso/ });
  await expect(row).toContainText('Attiva');
  await expectNoAxeViolations(page);

  // The supervisor now sees the section on a career of her unit.
  const supervisorContext = await browser.newContext();
  const supervisor = await supervisorContext.newPage();
  await loginAs(supervisor, 'supervisor');
  await supervisor.goto('/students');
  await waitForPage(supervisor);
  await supervisor.getByRole('table').getByRole('link').first().click();
  await waitForPage(supervisor);
  await expect(supervisor.getByTestId('special-category')).toBeVisible();

  await row.getByRole('button', { name: /Revoca/ }).click();
  await expect(row).toContainText('Revocata il');
  await supervisor.reload();
  await waitForPage(supervisor);
  await expect(supervisor.getByRole('heading', { level: 2, name: 'Esami sostenuti' })).toBeVisible();
  await expect(supervisor.getByTestId('special-category')).toHaveCount(0);
  await supervisorContext.close();
});

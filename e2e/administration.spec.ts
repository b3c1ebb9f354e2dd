import { expect, expectNoAxeViolations, loginAs, test, waitForPage } from './support/fixtures.ts';

test('the administrator adds a unit, grants a role scoped to it, finds the grant in the audit log, and revokes it', async ({
  page,
}) => {
  await loginAs(page, 'administrator');
  await page.goto('/units');
  await waitForPage(page);
  await page.getByLabel('Codice', { exact: true }).fill('e2e-lab');
  await page.getByLabel('Nome', { exact: true }).fill('Laboratorio di prova E2E');
  await page.getByLabel('Struttura superiore').selectOption({ label: 'Politecnico di Bari' });
  await page.getByRole('button', { name: 'Crea la struttura' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Struttura «Laboratorio di prova E2E» creata.' }),
  ).toBeVisible();
  await expect(page.locator('.unit-tree')).toContainText('Laboratorio di prova E2E (E2E-LAB');

  // The same code twice: the field says why.
  await page.getByLabel('Codice', { exact: true }).fill('E2E-LAB');
  await page.getByLabel('Nome', { exact: true }).fill('Un altro laboratorio');
  await page.getByRole('button', { name: 'Crea la struttura' }).click();
  await expect(page.getByLabel('Codice', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page);

  await page.goto('/people?q=sara.amoruso');
  await waitForPage(page);
  const row = page.getByRole('row', { name: /Sara Amoruso/ });
  await row.getByRole('button', { name: /Assegna un ruolo/ }).click();
  await expect(page.getByRole('heading', { name: 'Assegna un ruolo a Sara Amoruso' })).toBeFocused();
  const grant = page.getByRole('region', { name: 'Assegna un ruolo a Sara Amoruso' });
  await grant.getByLabel('Ruolo', { exact: true }).selectOption({ label: 'Docente referente' });
  await grant.getByLabel('Struttura (obbligatoria per il docente referente)').selectOption({
    label: 'Laboratorio di prova E2E',
  });
  await grant.getByRole('button', { name: 'Assegna', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Ruolo assegnato.' })).toBeVisible();
  await expect(row).toContainText('Docente referente · Laboratorio di prova E2E');
  await expectNoAxeViolations(page);

  await page.goto('/audit?event=role.granted');
  await waitForPage(page);
  await expect(page.getByRole('table')).toContainText('Ruolo assegnato');
  await expect(page.getByRole('link', { name: 'Scarica in Excel' })).toHaveAttribute(
    'href',
    '/api/audit.xlsx?event=role.granted',
  );

  await page.goto('/people?q=sara.amoruso');
  await waitForPage(page);
  await row.getByRole('button', { name: /Revoca il ruolo Docente referente/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Ruolo revocato.' })).toBeVisible();
  await expect(row).toContainText('Nessun ruolo');
});

import { expect, expectNoAxeViolations, loginAs, test, waitForPage } from './support/fixtures.ts';

test('the administrator copies the Bari preset, is told which field contradicts which, fixes it and puts the copy in force', async ({
  page,
}) => {
  await loginAs(page, 'administrator');
  await page.goto('/profiles');
  await waitForPage(page);
  const bari = page.getByRole('row', { name: /Politecnico di Bari/ }).first();
  await expect(bari).toContainText('In vigore');
  await expectNoAxeViolations(page);

  await page.getByLabel('Profilo da copiare').selectOption({ label: 'Politecnico di Bari' });
  await page.getByLabel('Codice della copia').fill('bari-e2e');
  await page.getByLabel('Nome della copia').fill('Bari E2E');
  await page.getByRole('button', { name: 'Crea la copia' }).click();
  await expect(page).toHaveURL(/\/profiles\/bari-e2e$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Profilo «Bari E2E»' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Copia «Bari E2E» creata.' })).toBeVisible();
  // Every value says where it comes from.
  await expect(page.locator('[data-setting="eligibility.maxYearsBeyond"]')).toContainText('seed 004 art. 2');
  await expect(page.locator('[data-setting="applications.maxPositionsPerCandidate"]')).toContainText(
    'seed 004 art. 4',
  );

  // A contract whose minimum is above its maximum: refused, and the field says why.
  const minHours = page.getByLabel('Ore minime per incarico', { exact: true });
  const maxHours = page.getByLabel('Ore massime per incarico', { exact: true });
  await minHours.fill('100');
  await maxHours.fill('50');
  await page.getByRole('button', { name: 'Salva il profilo' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'correggi i campi indicati' })).toBeVisible();
  await expect(minHours).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#profile-contractMinHours-error')).toContainText('Ore minime per incarico');
  await expect(page.locator('[data-setting="caps.contractMinHours"]')).toContainText('Nessun limite');
  await expectNoAxeViolations(page);

  await maxHours.fill('120');
  // Bootstrap Italia draws the box on the label; the person clicks the label.
  const staffExcluded = page.getByRole('checkbox', { name: 'Esclusione del personale dell’Ateneo' });
  await page.locator('label[for="profile-staffExcluded"]').click();
  await expect(staffExcluded).toBeChecked();
  await page.getByRole('button', { name: 'Salva il profilo' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Profilo salvato.' })).toBeVisible();
  await expect(page.locator('[data-setting="caps.contractMinHours"]')).toContainText('100');
  await expect(page.locator('[data-setting="caps.contractMaxHours"]')).toContainText('120');
  await expect(page.locator('[data-setting="eligibility.staffExcluded"]')).toContainText('Sì');

  await page.getByRole('button', { name: 'Metti in vigore' }).click();
  const dialog = page.getByRole('dialog', { name: 'Mettere in vigore «Bari E2E»?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Sì, metti in vigore' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Il profilo «Bari E2E» è ora in vigore.' }),
  ).toBeVisible();
  await expect(page.getByTestId('profile-status')).toHaveText('In vigore');

  await page.goto('/profiles');
  await waitForPage(page);
  await expect(page.getByRole('row', { name: /Bari E2E/ })).toContainText('In vigore');
  await expect(page.getByRole('row', { name: /Politecnico di Bari/ }).first()).toContainText('Non in vigore');

  // The demo goes back to the preset, so what runs after sees the university as seeded.
  await page.getByRole('table').getByRole('link', { name: 'Politecnico di Bari' }).click();
  await waitForPage(page);
  await page.getByRole('button', { name: 'Metti in vigore' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Sì, metti in vigore' }).click();
  await expect(page.getByTestId('profile-status')).toHaveText('In vigore');
});

test('the evaluator reads every profile with its sources and cannot change any', async ({ page }) => {
  await loginAs(page, 'evaluator');
  await page.goto('/profiles');
  await waitForPage(page);
  await expect(page.getByRole('heading', { name: 'Copia un profilo' })).toHaveCount(0);
  await page.getByRole('table').getByRole('link', { name: 'Politecnico di Bari' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Profilo «Politecnico di Bari»' })).toBeVisible();
  await waitForPage(page);
  await expect(page.getByRole('heading', { level: 2, name: 'Griglie di valutazione' })).toBeVisible();
  await expect(page.locator('[data-setting="rankings.appealWindowDays"]')).toContainText('seed 004 art. 7');
  await expect(page.getByRole('button', { name: 'Metti in vigore' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Salva il profilo' })).toHaveCount(0);
  await expectNoAxeViolations(page);
});

import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, loginAs, test, waitForPage } from './support/fixtures.ts';

const FUNDING = 'Fondi di Ateneo E2E 2026';
const PROJECT = 'Tutorato E2E di Analisi I';
const DEI = "Dipartimento di Ingegneria Elettrica e dell'Informazione";
const DMMM = 'Dipartimento di Ingegneria Meccanica, Matematica e Management';

const fundingSection = (page: Page) => page.getByRole('region', { name: FUNDING, exact: true });

test('the office records a funding assignment, splits it by hand and by enrolled students; a supervisor proposes a project, the commission approves it', async ({
  page,
}) => {
  // The office records the assignment, the amount typed the Italian way.
  await loginAs(page, 'tutoring-office');
  await page.goto('/funding');
  await waitForPage(page);
  await expectNoAxeViolations(page);
  await page.getByLabel('Fonte').selectOption({ label: 'Fondi di Ateneo' });
  await page.getByLabel('Descrizione', { exact: true }).fill(FUNDING);
  await page.getByLabel('Anno', { exact: true }).fill('2026');
  await page.getByLabel('Importo (€)').fill('12.000,00');
  await page.getByRole('button', { name: 'Registra il finanziamento' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: `Finanziamento «${FUNDING}» registrato.` }),
  ).toBeVisible();
  const section = fundingSection(page);
  await expect(section).toContainText('12.000,00 €');

  // By hand: the amount left follows what is typed; a split that does not add up is refused on the field.
  await section.getByRole('button', { name: 'Ripartisci tra le strutture' }).click();
  await section.getByLabel('Struttura, riga 1').selectOption({ label: `${DEI} (DEI)` });
  await section.getByLabel('Importo in euro, riga 1').fill('7.000,00');
  await expect(section.getByTestId('funding-left')).toHaveText('Da ripartire: 5.000,00 €');
  await section.getByRole('button', { name: 'Salva la ripartizione' }).click();
  await expect(
    section.getByText('La somma delle quote deve essere uguale all’importo del finanziamento.'),
  ).toBeVisible();
  await expect(section.getByLabel('Importo in euro, riga 1')).toHaveValue('7.000,00');
  await expectNoAxeViolations(page);
  await section.getByRole('button', { name: 'Aggiungi una struttura' }).click();
  await section.getByLabel('Struttura, riga 2').selectOption({ label: `${DMMM} (DMMM)` });
  await section.getByLabel('Importo in euro, riga 2').fill('5000');
  await expect(section.getByTestId('funding-left')).toHaveText('Importo interamente ripartito');
  await section.getByRole('button', { name: 'Salva la ripartizione' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: `Ripartizione di «${FUNDING}» salvata.` }),
  ).toBeVisible();
  const bars = section.getByRole('figure', { name: 'Quote per struttura' });
  await expect(bars.getByRole('listitem')).toHaveCount(2);
  await expect(bars.getByRole('listitem').filter({ hasText: DEI })).toContainText('7.000,00 € (58,3%)');
  await expect(section.getByRole('table')).toContainText('5.000,00 €');

  // In proportion to enrolled students: the server's preview first, then saved as previewed.
  await section.getByRole('button', { name: 'Ripartisci tra le strutture' }).click();
  // Bootstrap Italia draws the radio on its label; the person clicks the label.
  await section.locator('label').filter({ hasText: 'In proporzione agli iscritti' }).click();
  await expect(section.getByLabel('In proporzione agli iscritti')).toBeChecked();
  await section.getByLabel('Anno accademico degli iscritti (anno di inizio)').fill('2025');
  await expect(section.getByRole('button', { name: 'Salva la ripartizione' })).toBeDisabled();
  await section.getByRole('button', { name: 'Calcola l’anteprima' }).click();
  const preview = section.getByRole('region', { name: 'Anteprima: nulla è ancora salvato' });
  // One share per department; the administration spec may have added a department before this one runs.
  await expect(preview.getByRole('figure').getByRole('listitem').filter({ hasText: DEI })).toBeVisible();
  const shares = await preview.getByRole('figure').getByRole('listitem').count();
  expect(shares).toBeGreaterThanOrEqual(4);
  const previewed = await preview
    .getByRole('figure')
    .getByRole('listitem')
    .filter({ hasText: DEI })
    .textContent();
  await expectNoAxeViolations(page);
  await section.getByRole('button', { name: 'Salva la ripartizione' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: `Ripartizione di «${FUNDING}» salvata.` }),
  ).toBeVisible();
  await expect(bars.getByRole('listitem')).toHaveCount(shares);
  await expect(bars.getByRole('listitem').filter({ hasText: DEI })).toHaveText(previewed ?? '');
  await expect(section.getByRole('table')).toContainText('In proporzione agli iscritti');
  await page.context().clearCookies();

  // The supervisor of DEI proposes a project; the form keeps what was typed when something is refused.
  await loginAs(page, 'supervisor');
  await page.goto('/funding');
  await waitForPage(page);
  await expect(fundingSection(page).getByRole('table').getByRole('row')).toHaveCount(2);
  await page.goto('/projects');
  await waitForPage(page);
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Nuovo progetto' }).click();
  await waitForPage(page);
  await expect(page.getByLabel('Responsabile del progetto')).toHaveValue('Paola Amoruso');
  await page.getByLabel('Titolo', { exact: true }).fill(PROJECT);
  await page.getByLabel('Obiettivi da raggiungere').fill('Ridurre gli abbandoni al primo anno');
  await page.getByLabel('Attività previste').fill('Esercitazioni settimanali e ricevimento');
  await page.getByLabel('Tutor richiesti').fill('2');
  await page.getByLabel('Ore richieste').fill('quattrocento');
  await page.getByLabel('Studenti fruitori previsti').fill('120');
  await page.getByLabel('Inizio del servizio').fill('2026-12-31');
  await page.getByLabel('Fine del servizio').fill('2026-03-01');
  await page.getByLabel('Indicatore 1', { exact: true }).fill('Esami superati al primo appello');
  await page.getByLabel('Obiettivo, indicatore 1').fill('62,5');
  await page.getByLabel('Unità di misura, indicatore 1').fill('%');
  const share = page
    .getByLabel('Quota di finanziamento')
    .locator('option', { hasText: `${FUNDING} (2026): DEI` });
  await page.getByLabel('Quota di finanziamento').selectOption((await share.getAttribute('value')) ?? '');
  await page.getByRole('button', { name: 'Salva la bozza' }).click();
  const hours = page.getByLabel('Ore richieste');
  await expect(hours).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#project-hoursRequested-error')).toHaveText('Scrivi un numero intero.');
  await hours.fill('400');
  await page.getByRole('button', { name: 'Salva la bozza' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'correggi i campi indicati' })).toBeVisible();
  await expect(page.getByLabel('Fine del servizio')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#project-periodEnd-error')).toHaveText(
    'La fine del periodo deve seguire l’inizio.',
  );
  await expect(page.getByLabel('Titolo', { exact: true })).toHaveValue(PROJECT);
  await expect(page.getByLabel('Obiettivo, indicatore 1')).toHaveValue('62,5');
  await expectNoAxeViolations(page);
  await page.getByLabel('Inizio del servizio').fill('2026-03-01');
  await page.getByLabel('Fine del servizio').fill('2026-12-31');
  await page.getByRole('button', { name: 'Salva la bozza' }).click();
  await expect(page).toHaveURL(/\/projects\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1, name: `Progetto «${PROJECT}»` })).toBeVisible();
  await expect(page.getByTestId('project-status')).toHaveText('Bozza');
  await expect(page.getByRole('status').filter({ hasText: 'Bozza salvata.' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Presenta alla Commissione di Ateneo' }).click();
  await expect(page.getByTestId('project-status')).toHaveText('Presentato');
  await expect(
    page.getByRole('status').filter({ hasText: 'Progetto presentato alla Commissione di Ateneo.' }),
  ).toBeVisible();
  await page.context().clearCookies();

  // The university commission finds it among the submitted projects and approves it with a reason.
  await loginAs(page, 'university-commission');
  await page.goto('/projects');
  await waitForPage(page);
  await page.getByLabel('Stato').selectOption({ label: 'Presentato' });
  await page.getByRole('button', { name: 'Cerca' }).click();
  await expect(page).toHaveURL(/status=submitted/);
  await expect(page.getByRole('link', { name: 'Scarica in Excel' })).toHaveAttribute(
    'href',
    '/api/projects/export.xlsx?status=submitted',
  );
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: PROJECT }).click();
  await waitForPage(page);
  await expect(page.getByText('Ridurre gli abbandoni al primo anno')).toBeVisible();
  await page.locator('label[for="decision-rejected"]').click();
  await page.getByRole('button', { name: 'Registra la decisione' }).click();
  await expect(page.locator('#decision-note-error')).toHaveText('Indica il motivo del rigetto.');
  await expect(page.getByLabel('Motivazione', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page);
  await page.locator('label[for="decision-approved"]').click();
  await page.getByLabel('Motivazione', { exact: true }).fill('Coerente con il piano di Ateneo');
  await page.getByRole('button', { name: 'Registra la decisione' }).click();
  await expect(page.getByTestId('project-status')).toHaveText('Approvato');
  await expect(page.getByRole('status').filter({ hasText: 'Progetto approvato.' })).toBeVisible();
  await expect(page.getByText('Coerente con il piano di Ateneo')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Registra la decisione' })).toHaveCount(0);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });

  const expectFitsPhone = async (page: Page) =>
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

  test('the split form and the project form fit a 375px screen', async ({ page }) => {
    await loginAs(page, 'tutoring-office');
    await page.goto('/funding');
    await waitForPage(page);
    await page.getByRole('button', { name: 'Ripartisci tra le strutture' }).first().click();
    const form = page.locator('form').filter({ hasText: 'Criterio' }).first();
    await form.locator('label').filter({ hasText: 'Manuale' }).click();
    await expect(form.getByLabel('Importo in euro, riga 1')).toBeVisible();
    await expectFitsPhone(page);
    await form.locator('label').filter({ hasText: 'In proporzione agli iscritti' }).click();
    await expect(form.getByLabel('Anno accademico degli iscritti (anno di inizio)')).toBeVisible();
    await expectFitsPhone(page);
    await page.context().clearCookies();
    await loginAs(page, 'supervisor');
    await page.goto('/projects/new');
    await waitForPage(page);
    await expectFitsPhone(page);
    await expectNoAxeViolations(page);
  });
});

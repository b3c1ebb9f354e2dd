import { readFile } from 'node:fs/promises';
import { expect, expectNoAxeViolations, loginAs, logout, test, waitForPage } from './support/fixtures.ts';

/** Nothing sticks out sideways at 375 px (wide tables scroll inside their own box). */
const fitsPhone = async (page: import('@playwright/test').Page) =>
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

test('a committee member declares no conflict of interest before reading the applications of their call', async ({
  page,
}) => {
  await loginAs(page, 'committee-member');
  await page
    .getByRole('navigation', { name: 'Menu principale' })
    .getByRole('link', { name: 'Le mie commissioni' })
    .click();
  await expect(page).toHaveURL(/\/committee$/);
  await waitForPage(page);
  const row = page.getByRole('table').getByRole('row', { name: /POLIBA-TUT-2025/ });
  await expect(row).toContainText('Componente');
  await expect(row).toContainText('Non ancora resa');
  await expectNoAxeViolations(page);

  await row.getByRole('link').click();
  await expect(page).toHaveURL(/\/committee\/[0-9a-f-]{36}$/);
  await waitForPage(page);
  // Before the declaration the server refuses the applications, and the page says why in its words.
  await expect(
    page.getByText(
      'Prima di vedere le domande dichiara di non trovarti in conflitto di interessi con i candidati.',
    ),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: /^\d{4}\/\d{6}$/ })).toHaveCount(0);
  await expectNoAxeViolations(page);

  const declare = page.getByRole('button', { name: 'Rendi la dichiarazione' });
  await expect(declare).toBeDisabled();
  await page.locator('label', { hasText: 'Dichiaro di non trovarmi in situazioni di conflitto' }).click();
  await expect(page.getByLabel(/Dichiaro di non trovarmi in situazioni di conflitto/)).toBeChecked();
  await page.getByLabel('Dichiarazione (facoltativa)').fill('Nessun rapporto con i candidati.');
  await declare.click();
  await expect(page.getByText(/^Resa il /)).toBeVisible();
  await expect(
    page.getByRole('heading', { level: 2, name: 'Dichiarazione di assenza di conflitto di interessi' }),
  ).toHaveCount(0);

  const applications = page.getByRole('region', { name: 'Domande del bando' });
  const links = applications.getByRole('table').getByRole('link');
  await expect(links.first()).toBeVisible();
  expect(await links.count()).toBeGreaterThanOrEqual(20);
  await expectNoAxeViolations(page);

  // The sittings are there to read; only the secretary records them.
  const sittings = page.getByRole('region', { name: 'Sedute' });
  await expect(sittings).toBeVisible();
  await expect(sittings.getByRole('button', { name: 'Registra la seduta' })).toHaveCount(0);
  await page.setViewportSize({ width: 375, height: 812 });
  await fitsPhone(page);
  await page.setViewportSize({ width: 1280, height: 800 });

  await links.first().click();
  await expect(page).toHaveURL(/\/committee\/[0-9a-f-]{36}\/applications\/[0-9a-f-]{36}$/);
  await waitForPage(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Domanda \d{4}\/\d{6}$/);
  await expect(
    page.getByRole('heading', { level: 2, name: 'Posizioni in ordine di preferenza' }),
  ).toBeVisible();
  await expect(page.getByRole('textbox')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Punteggi della domanda' })).toHaveAttribute(
    'href',
    /\/committee\/calls\/[0-9a-f-]{36}\/applications\/[0-9a-f-]{36}\/scores$/,
  );
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 375, height: 812 });
  await fitsPhone(page);
  await page.setViewportSize({ width: 1280, height: 800 });

  // Back on the list of my calls, the declaration shows as made.
  await page.goto('/committee');
  await waitForPage(page);
  await expect(page.getByRole('table').getByRole('row', { name: /POLIBA-TUT-2025/ })).toContainText(
    'Resa il',
  );
  await logout(page);
});

test('the office sees the committee of the Bari call, who has declared, and records a sitting', async ({
  page,
}) => {
  await loginAs(page, 'tutoring-office');
  await page.goto('/calls');
  await waitForPage(page);
  await page
    .getByRole('table')
    .getByRole('link', { name: /10 assegni/ })
    .click();
  await expect(page).toHaveURL(/\/calls\/[0-9a-f-]{36}$/);
  await waitForPage(page);
  await page.getByRole('link', { name: 'Commissione', exact: true }).click();
  await expect(page).toHaveURL(/\/calls\/[0-9a-f-]{36}\/committee$/);
  await waitForPage(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Commissione giudicatrice' })).toBeVisible();
  const members = page.getByRole('region', { name: 'Componenti' }).getByRole('table');
  await expect(members.locator('tbody tr')).toHaveCount(3);
  await expect(members).toContainText('Vito Capriati');
  await expect(page.getByLabel('Atto di nomina')).toHaveValue('D.R. n. 120 del 10/02/2026');
  await expectNoAxeViolations(page);

  // The person picker finds people by name; a member added here waits for the act to be saved.
  await page.getByLabel('Cerca per nome, cognome o email').fill('Amoruso');
  await page.getByRole('button', { name: 'Cerca', exact: true }).click();
  await page.locator('label', { hasText: 'Paola Amoruso' }).click();
  await page.getByRole('button', { name: 'Aggiungi', exact: true }).click();
  await expect(members.locator('tbody tr')).toHaveCount(4);
  await expect(members).toContainText('Paola Amoruso');
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 375, height: 812 });
  await fitsPhone(page);
  await page.setViewportSize({ width: 1280, height: 800 });

  const sittings = page.getByRole('region', { name: 'Sedute' });
  await sittings.getByLabel('Inizio').fill('2026-03-12T09:00');
  await sittings.getByLabel('Fine').fill('2026-03-12T12:00');
  await sittings.getByLabel('Luogo').fill('Sala del Senato');
  await sittings.getByLabel('Note per il verbale').fill('Insediamento della commissione.');
  await sittings.getByRole('button', { name: 'Registra la seduta' }).click();
  await expect(sittings.getByText('Sala del Senato')).toBeVisible();
  await expect(sittings).toContainText('Vito Capriati');
  await expectNoAxeViolations(page);

  // The minutes are generated from what was recorded: the sitting just saved is in them.
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Scarica il verbale (PDF)' }).click();
  const minutes = await download;
  expect(minutes.suggestedFilename()).toBe('verbale-commissione.pdf');
  const bytes = await readFile((await minutes.path()) as string);
  expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');

  await page.setViewportSize({ width: 375, height: 812 });
  await fitsPhone(page);
});

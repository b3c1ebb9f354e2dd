import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, loginAs, test, waitForPage } from './support/fixtures.ts';

/** Seed 004: the demo Bari call, open at load time; the demo student (LM, DEI) may apply to its six LM positions. */
const CALL_CODE = 'POLIBA-TUT-2025';
const DEI = "Tutorato informativo · Dipartimento di Ingegneria Elettrica e dell'Informazione";
const ORIENT = 'Tutorato informativo per orientamento in ingresso · Ufficio Orientamento';
const ARCOD = 'Tutorato informativo · Dipartimento di Architettura, Costruzione e Design';
const COLLABORATIONS = "Precedenti esperienze di collaborazione con l'Ateneo";

/** Nothing sticks out sideways at 375 px (wide tables scroll inside their own box). */
const expectFitsPhone = async (page: Page) =>
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
/** A Windows executable renamed .pdf: the server reads the bytes, not the name. */
const FAKE_PDF = Buffer.from('MZ\x90\x00\x03\x00\x00\x00this is not a pdf');

test('the student applies to the Bari call from login to receipt, then withdraws before the deadline', async ({
  page,
}) => {
  await loginAs(page, 'student');
  await page
    .getByRole('navigation', { name: 'Menu principale' })
    .getByRole('link', { name: 'Bandi e domande', exact: true })
    .click();
  await expect(page).toHaveURL(/\/applications$/);
  await waitForPage(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Bandi e domande' })).toBeVisible();

  // Each position says whether the student may apply, and why not: the PhD position is not for an LM student.
  const call = page.getByTestId('open-call').filter({ hasText: CALL_CODE });
  await expect(call.getByTestId('call-deadline')).toContainText(/Chiude il \d\d\/\d\d\/\d{4} alle 12:00/);
  await expect(call.getByTestId('open-call-position')).toHaveCount(7);
  await expect(call.getByText('Puoi candidarti', { exact: true })).toHaveCount(6);
  const phd = call.getByTestId('open-call-position').filter({ hasText: 'Tutorato trasversale' });
  await expect(phd).toContainText('Non puoi candidarti');
  await expect(phd).toContainText('non è ammesso');
  // The demo student has an application to another, past call (the DEI's), none to this one yet.
  await expect(page.getByTestId('my-application').filter({ hasText: CALL_CODE })).toHaveCount(0);
  await expectNoAxeViolations(page);

  await call.getByRole('button', { name: /^Presenta domanda/ }).click();
  await expect(page).toHaveURL(/\/applications\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1, name: `Domanda al bando ${CALL_CODE}` })).toBeVisible();
  await waitForPage(page);

  // Two positions at most (seed 004 art. 4); the order of preference is set from the keyboard.
  await page.locator('label', { hasText: DEI }).click();
  await page.locator('label', { hasText: ORIENT }).click();
  await expect(page.getByRole('checkbox', { name: DEI })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: ARCOD })).toBeDisabled();
  await expect(page.getByRole('checkbox', { name: /Tutorato trasversale/ })).toBeDisabled();
  const preferences = page.getByTestId('preferences').getByRole('listitem');
  await expect(preferences).toHaveText([DEI, ORIENT]);
  await page.getByRole('button', { name: `Sposta su: ${ORIENT}` }).focus();
  await page.keyboard.press('Enter');
  await expect(preferences).toHaveText([ORIENT, DEI]);
  // The moved position's other button keeps the focus, so the next key press still acts on it.
  await expect(page.getByRole('button', { name: `Sposta giù: ${ORIENT}` })).toBeFocused();

  const collaborations = page.getByRole('group', { name: COLLABORATIONS });
  await collaborations.getByRole('button', { name: /^Aggiungi una voce/ }).click();
  const firstItem = collaborations.getByRole('textbox', { name: 'Voce 1' });
  await expect(firstItem).toBeFocused();
  await firstItem.fill('Tutor di accoglienza matricole DEI, a.a. 2024/25');

  // A private address is refused on the field, in Italian; nothing typed is lost.
  const email = page.getByLabel('Email istituzionale di contatto');
  await email.fill('giulia.lorusso@gmail.com');
  await page.getByRole('button', { name: 'Salva bozza' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'correggi i campi indicati' })).toBeVisible();
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#application-email-error')).toContainText('indirizzo e-mail istituzionale');
  await expect(firstItem).toHaveValue('Tutor di accoglienza matricole DEI, a.a. 2024/25');
  await expect(preferences).toHaveText([ORIENT, DEI]);
  await expectNoAxeViolations(page);

  await email.fill('giulia.lorusso@studenti.poliba.it');
  await page.getByRole('button', { name: 'Salva bozza' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Bozza salvata' })).toBeVisible();
  await expect(email).not.toHaveAttribute('aria-invalid', 'true');

  // On a phone the form fits the screen.
  await page.setViewportSize({ width: 375, height: 812 });
  await expectFitsPhone(page);
  await page.setViewportSize({ width: 1280, height: 720 });

  // The identity document: a file that lies about its type is refused with the server's words, a PDF is taken.
  const identity = page.getByLabel('Scansione di un valido documento di identità');
  await identity.setInputFiles({ name: 'documento.pdf', mimeType: 'application/pdf', buffer: FAKE_PDF });
  await expect(page.getByRole('alert').filter({ hasText: 'non è di un tipo ammesso' })).toBeVisible();
  await identity.setInputFiles({ name: 'carta-identita.pdf', mimeType: 'application/pdf', buffer: PDF });
  await expect(page.getByTestId('uploaded-file').filter({ hasText: 'carta-identita.pdf' })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'non è di un tipo ammesso' })).toHaveCount(0);

  // Confirming is final: asked in a dialog; a double click makes one request.
  let confirmRequests = 0;
  page.on('request', (request) => {
    if (request.method() === 'POST' && /\/api\/applications\/[^/]+\/confirm$/.test(request.url()))
      confirmRequests += 1;
  });
  await page.getByRole('button', { name: 'Conferma domanda' }).click();
  const dialog = page.getByRole('dialog', { name: 'Confermare la domanda?' });
  await expect(dialog).toContainText('non potranno più essere corretti');
  await dialog.getByRole('button', { name: 'Sì, conferma la domanda' }).dblclick();

  const receipt = page.getByTestId('receipt');
  await expect(receipt.getByRole('heading', { name: 'Domanda confermata' })).toBeVisible();
  const protocol = ((await receipt.getByTestId('protocol-number').textContent()) ?? '').trim();
  expect(protocol).toMatch(/^\d{4}\/\d{6}$/);
  await expect(receipt.getByTestId('confirmed-at')).toContainText(/\d\d\/\d\d\/\d{4} alle \d\d:\d\d:\d\d/);
  await expect(receipt.getByRole('listitem')).toHaveText([ORIENT, DEI]);
  expect(confirmRequests).toBe(1);
  await expectNoAxeViolations(page);

  const href = await receipt.getByRole('link', { name: 'Scarica ricevuta (PDF)' }).getAttribute('href');
  expect(href).toMatch(/\/api\/applications\/[0-9a-f-]{36}\/receipt\.pdf$/);
  const pdf = await page.request.get(href as string);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toContain('application/pdf');
  expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');

  await page.getByRole('link', { name: 'Torna a bandi e domande' }).click();
  await expect(page).toHaveURL(/\/applications$/);
  await waitForPage(page);
  const mine = page.getByTestId('my-application').filter({ hasText: CALL_CODE });
  await expect(mine).toContainText('Confermata');
  await expect(mine).toContainText(protocol);
  await expect(mine.getByRole('link', { name: /^Ricevuta \(PDF\)/ })).toBeVisible();
  await expect(mine.getByRole('button', { name: /^Ritira la domanda/ })).toBeVisible();
  await expect(call.getByText(protocol)).toBeVisible();
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 375, height: 812 });
  await expectFitsPhone(page);
  await page.setViewportSize({ width: 1280, height: 720 });

  // Before the deadline the student may withdraw it, after a dialog, and apply again.
  await mine.getByRole('button', { name: /^Ritira la domanda/ }).click();
  const withdrawDialog = page.getByRole('dialog', { name: 'Ritirare la domanda?' });
  await withdrawDialog.getByRole('button', { name: 'Sì, ritira la domanda' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'ritirata' })).toBeVisible();
  await expect(mine).toContainText('Ritirata');
  await expect(mine.getByRole('button', { name: /^Ritira la domanda/ })).toHaveCount(0);
  await expect(call.getByRole('button', { name: /^Presenta domanda/ })).toBeVisible();
});

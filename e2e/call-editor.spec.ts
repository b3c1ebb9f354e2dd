import type { Locator, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, loginAs, test, waitForPage } from './support/fixtures.ts';

/** A Rome calendar date some days from today, as a date input takes it. */
const daysFromNow = (days: number) => {
  const date = new Date(Date.now() + days * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome' }).format(date);
};

/** Chooses the option whose text contains `text` (units are indented under their parents). */
const chooseOption = async (select: Locator, text: string) => {
  const value = await select.locator('option', { hasText: text }).first().getAttribute('value');
  await select.selectOption(value ?? '');
};

const fillPosition = async (
  page: Page,
  number: number,
  values: { type: string; unit: string; grants: string; hours: string; amount: string },
) => {
  const position = page.getByRole('group', { name: `Posizione ${number}`, exact: true });
  await position.getByLabel('Tipo di tutorato').fill(values.type);
  await chooseOption(position.getByLabel('Struttura'), values.unit);
  await position.getByLabel('Numero di assegni').fill(values.grants);
  await position.getByLabel('Ore per assegno').fill(values.hours);
  await position.getByLabel('Importo lordo per assegno (€)').fill(values.amount);
};

test('the office drafts a call with two positions, fixes a refused window, publishes it, and amends it with a reason', async ({
  page,
  browser,
}) => {
  const code = `E2E-${Date.now()}`;
  const title = `Tutorato E2E ${code}`;
  await loginAs(page, 'tutoring-office');
  await page.goto('/calls');
  await waitForPage(page);
  await page.getByRole('link', { name: 'Nuovo bando' }).click();
  await expect(page).toHaveURL(/\/calls\/new$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Nuovo bando' })).toBeVisible();
  await waitForPage(page);

  // The rules start from the profile in force (Politecnico di Bari: LM, LMCU and PhD, one year beyond).
  const degreeTypes = page.getByRole('group', { name: 'Tipi di corso ammessi' });
  await expect(degreeTypes.getByRole('checkbox', { name: 'Laurea magistrale', exact: true })).toBeChecked();
  await expect(degreeTypes.getByRole('checkbox', { name: 'Laurea', exact: true })).not.toBeChecked();
  await expect(page.getByLabel('Anni fuori corso ammessi')).toHaveValue('1');

  await page.getByLabel('Codice del bando').fill(code);
  await page.getByLabel('Anno accademico (anno di inizio)').fill('2026');
  await page.getByLabel('Titolo', { exact: true }).fill(title);
  await page.getByLabel('Riferimenti normativi').fill('D.M. 773 del 10.06.2024');
  await chooseOption(page.getByLabel('Finanziamento'), 'FFO 2025');
  // Closing before opening: the server refuses it and says so next to the closing date.
  await page.getByLabel('Data di apertura').fill(daysFromNow(20));
  await page.getByLabel('Ora di apertura').fill('09:00');
  await page.getByLabel('Data di chiusura').fill(daysFromNow(10));
  await page.getByLabel('Ora di chiusura').fill('12:00');

  // EUR 15 an hour in both, within every contract size a profile of the demo allows.
  await fillPosition(page, 1, {
    type: 'Tutorato informativo E2E',
    unit: '(DEI)',
    grants: '1',
    hours: '100',
    amount: '1.500,00',
  });
  await page.getByRole('button', { name: 'Aggiungi una posizione' }).click();
  await fillPosition(page, 2, {
    type: 'Tutorato disciplinare E2E',
    unit: '(DMMM)',
    grants: '2',
    hours: '120',
    amount: '1800.00',
  });
  await expect(page.getByTestId('editor-position')).toHaveCount(2);

  await page.getByRole('button', { name: 'Aggiungi un allegato' }).click();
  const attachment = page.getByRole('group', { name: 'Allegato 1' });
  await attachment.getByLabel('Codice dell’allegato').fill('identity-document');
  await attachment.getByLabel('Descrizione in italiano').fill('Documento di identità');
  await attachment.getByLabel('Descrizione in inglese').fill('Identity document');

  await page.getByRole('button', { name: 'Salva la bozza' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'correggi i campi indicati' })).toBeVisible();
  const closes = page.getByLabel('Data di chiusura');
  await expect(closes).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#call-closesDate-error')).toHaveText(
    "La chiusura deve essere successiva all'apertura.",
  );
  // Nothing typed is lost.
  await expect(page.getByLabel('Codice del bando')).toHaveValue(code);
  await expect(
    page.getByRole('group', { name: 'Posizione 2' }).getByLabel('Importo lordo per assegno (€)'),
  ).toHaveValue('1800.00');
  await expectNoAxeViolations(page);

  await closes.fill(daysFromNow(40));
  await page.getByRole('button', { name: 'Salva la bozza' }).click();
  await expect(page).toHaveURL(/\/calls\/[0-9a-f-]{36}$/);
  await waitForPage(page);
  await expect(page.getByRole('status').filter({ hasText: 'Bozza creata.' })).toBeVisible();
  await expect(page.getByTestId('call-position')).toHaveCount(2);
  await expect(page.getByRole('main')).toContainText('Bozza');
  await expect(page.getByRole('main')).toContainText('1.500,00 €');
  await expect(page.getByRole('main')).toContainText('1.800,00 €');

  // The draft opens again in the editor with what was saved.
  await page.getByRole('link', { name: 'Modifica la bozza' }).click();
  await waitForPage(page);
  await expect(
    page.getByRole('group', { name: 'Posizione 2' }).getByLabel('Importo lordo per assegno (€)'),
  ).toHaveValue('1.800,00');
  await expect(page.getByLabel('Data di chiusura')).toHaveValue(daysFromNow(40));
  await page.getByLabel('Riferimenti normativi').fill('D.M. 773 del 10.06.2024; D.M. 595 del 07.08.2025');
  await page.getByRole('button', { name: 'Salva la bozza' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Bozza salvata.' })).toBeVisible();

  await page.getByRole('button', { name: 'Pubblica il bando' }).click();
  const dialog = page.getByRole('dialog', { name: `Pubblicare «${title}»?` });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Sì, pubblica' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Bando pubblicato.' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('Pubblicato');

  // Anyone sees it on the public page, without logging in.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto('/bandi');
  await waitForPage(visitor);
  const published = visitor.getByRole('article').filter({ hasText: title });
  await expect(published.getByTestId('call-position')).toHaveCount(2);
  await expect(published.getByRole('table')).toContainText('Tutorato disciplinare E2E');
  await visitor.context().close();

  // A published call changes only by an amendment with its reason.
  await page.getByRole('link', { name: 'Rettifica' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Rettifica del bando «${title}»` })).toBeVisible();
  await waitForPage(page);
  await expect(page.getByLabel('Codice del bando')).toBeDisabled();
  await page.getByLabel('Data di chiusura').fill(daysFromNow(45));
  await page.getByRole('button', { name: 'Registra la rettifica' }).click();
  await expect(page.locator('#call-reason-error')).toContainText('motivo della rettifica');
  await expectNoAxeViolations(page);
  await page.getByLabel('Motivo della rettifica').fill('Proroga della scadenza di cinque giorni');
  await page.getByRole('button', { name: 'Registra la rettifica' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Rettifica registrata.' })).toBeVisible();
  const amendments = page.getByRole('region', { name: 'Modifiche' });
  await expect(amendments.getByRole('row', { name: /Proroga della scadenza/ })).toContainText('closesAt');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });

  test('the editor fits the screen and its rows are added and removed from the keyboard', async ({
    page,
  }) => {
    await loginAs(page, 'tutoring-office');
    await page.goto('/calls/new');
    await waitForPage(page);
    await expect(page.getByTestId('editor-position')).toHaveCount(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

    await page.getByRole('button', { name: 'Aggiungi una posizione' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('editor-position')).toHaveCount(2);
    await page.getByRole('group', { name: 'Posizione 2' }).getByLabel('Tipo di tutorato').fill('Da togliere');
    await page.getByRole('button', { name: 'Rimuovi la posizione 2' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('editor-position')).toHaveCount(1);
    await expect(page.getByLabel('Tipo di tutorato')).toHaveValue('');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });
});

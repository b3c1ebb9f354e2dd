import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { romeDate } from '../domain/calendar/rome-time.ts';
import { formatEuro } from '../domain/money/cents.ts';
import { pdfText } from '../server/documents/pdf-text.ts';
import { expect, expectNoAxeViolations, loginAs, test, waitForPage } from './support/fixtures.ts';

/** The demo's 2024/25 call (server/demo/call-paid.ts): its one tutor completed the activity and waits to be paid. */
const CALL_CODE = 'POLIBA-DICATECH-TUT-2024';

const dayText = (date: string) => `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
/** An amount as the Italian pages and documents write it (1.500,00 €, with a non-breaking space). */
const euro = (cents: number) => formatEuro(cents, 'it');

/** axe reads colours: only once the dialog has faded in completely. */
const expectDialogAccessible = async (page: import('@playwright/test').Page) => {
  const dialog = page.getByRole('dialog');
  await expect
    .poll(() => dialog.evaluate((element) => getComputedStyle(element.closest('.modal') ?? element).opacity))
    .toBe('1');
  await expectNoAxeViolations(page);
};

test('the office pays a completed appointment from the register: the figures, a date refused at its field, the order recorded, the register and its Excel file say paid', async ({
  page,
}) => {
  await loginAs(page, 'tutoring-office');
  const ended = (await (await page.request.get('/api/appointments?status=ended')).json()) as {
    items: Array<{ id: string; callCode: string; tutorName: string; payout: { status: string } | null }>;
  };
  const appointment = ended.items.find((a) => a.callCode === CALL_CODE);
  if (!appointment) throw new Error('the demo has no 2024/25 appointment to pay');
  expect(appointment.payout?.status).toBe('due');
  const today = romeDate(new Date());
  // What the order pays (domain/payouts), at the INPS Gestione Separata rate of this year (35.03% in 2026): EUR
  // 1,500 gross for 100 of 100 hours; the contribution rounded once, the student's third withheld, two thirds on top.
  const gross = 150_000;
  const contribution = Math.round((gross * 3503) / 10_000);
  const studentShare = Math.round(contribution / 3);
  const universityShare = contribution - studentShare;

  await page
    .getByRole('navigation', { name: 'Menu principale' })
    .getByRole('link', { name: 'Incarichi e tutor', exact: true })
    .click();
  await waitForPage(page);
  const row = page.getByTestId('appointment-row').filter({ hasText: appointment.tutorName });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(`Da liquidare ${euro(gross)}`);

  await row.getByRole('button', { name: 'Liquida' }).click();
  const dialog = page.getByRole('dialog', { name: `Liquidazione di ${appointment.tutorName}` });
  const figures = dialog.getByTestId('payout-figures');
  const figure = (label: string) =>
    figures
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: label, exact: true }) })
      .getByRole('cell');
  await expect(figure('Ore liquidate')).toHaveText('100');
  await expect(figure('Lordo percipiente')).toHaveText(euro(gross));
  await expect(figure('Quota INPS a carico dello studente (trattenuta)')).toHaveText(euro(studentShare));
  await expect(figure('Netto allo studente')).toHaveText(euro(gross - studentShare));
  await expect(figure('Quota INPS a carico dell’Ateneo')).toHaveText(euro(universityShare));
  await expect(figure('Costo per l’Ateneo')).toHaveText(euro(gross + universityShare));
  await expect(dialog.getByLabel('Data del dispositivo')).toHaveValue(today);
  await expectDialogAccessible(page);

  // A date before the ending (31/10/2025) is refused at its field by the server; nothing is recorded.
  await dialog.getByLabel('Numero del dispositivo di liquidazione').fill('DL 2026/123');
  await dialog.getByLabel('Data del dispositivo').fill('2025-10-30');
  await dialog.getByRole('button', { name: 'Registra la liquidazione' }).click();
  const date = dialog.getByLabel('Data del dispositivo');
  await expect(date).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByText(/non può precedere la conclusione dell'incarico/).first()).toBeVisible();
  await expectDialogAccessible(page);

  await date.fill(today);
  await dialog.getByRole('button', { name: 'Registra la liquidazione' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(row).toContainText(`Liquidato il ${dayText(today)} (n. DL 2026/123)`);
  await expect(row.getByRole('button', { name: 'Liquida' })).toHaveCount(0);
  await expectNoAxeViolations(page);

  // The "Dati tutor" file: "Assegno emesso" holds the order's date, with its number, the gross and the net paid.
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Scarica in Excel' }).click();
  const file = await (await download).path();
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await readFile(file)) as unknown as ArrayBuffer);
  const sheet = book.worksheets[0];
  if (!sheet) throw new Error('no sheet');
  const headers = (sheet.getRow(1).values as unknown[]).slice(1);
  const rowOf = sheet
    .getRows(2, sheet.rowCount - 1)
    ?.find((r) => String(r.getCell(1).value) === appointment.tutorName);
  if (!rowOf) throw new Error('the paid tutor is not in the file');
  const cell = (header: string) => rowOf.getCell(headers.indexOf(header) + 1).value;
  expect(cell('Assegno emesso')).toBe(today);
  expect(cell('N. dispositivo di liquidazione')).toBe('DL 2026/123');
  expect(cell('Lordo liquidato (€)')).toBe(gross / 100);
  expect(cell('Netto al percipiente (€)')).toBe((gross - studentShare) / 100);

  // The payout order as a PDF, from the row: its number and date, the tutor and the net paid.
  const pdfDownload = page.waitForEvent('download');
  await row.getByRole('link', { name: 'Dispositivo di liquidazione in italiano (PDF)' }).click();
  const text = pdfText(await readFile(await (await pdfDownload).path())).replace(/\s+/g, ' ');
  expect(text).toContain('Numero DL 2026/123');
  expect(text).toContain(`Data ${dayText(today)}`);
  expect(text).toContain(appointment.tutorName);
  // The order writes amounts with the thousands separator (domain/money formatEuro): 1.324,85 €.
  const net = euro(gross - studentShare).replace(/\s/g, ' ');
  expect(text).toContain(`Netto da corrispondere al percipiente ${net}`);

  // The same order in English, its courtesy translation, amounts written the English way: €1,324.85.
  const englishDownload = page.waitForEvent('download');
  await row.getByRole('link', { name: 'Dispositivo di liquidazione in inglese (PDF)' }).click();
  const english = pdfText(await readFile(await (await englishDownload).path())).replace(/\s+/g, ' ');
  expect(english).toContain('Payout order — tutoring grant');
  expect(english).toContain('Number DL 2026/123');
  expect(english).toContain(appointment.tutorName);
  const netEn = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR' }).format(
    (gross - studentShare) / 100,
  );
  expect(netEn).toMatch(/^€\d,\d{3}\.\d{2}$/);
  expect(english).toContain(`Net amount paid to the tutor ${netEn}`);

  // The appointment's page: the safety training the office never recorded is "non svolto" now the appointment has
  // ended, not "in ritardo" (nobody can do it any more).
  await row.getByRole('link', { name: appointment.tutorName }).click();
  await waitForPage(page);
  const safety = page.getByTestId('checklist-safety-training');
  await expect(safety).toContainText('non svolto');
  await expect(page.getByTestId('checklist')).not.toContainText('in ritardo');
  // The order is there too, in both languages.
  const payout = page.getByTestId('payout');
  await expect(payout).toContainText('Liquidato il');
  await expect(
    payout.getByRole('link', { name: 'Dispositivo di liquidazione in italiano (PDF)' }),
  ).toHaveAttribute('href', `/api/appointments/${appointment.id}/payout.pdf?lang=it`);
  await expect(
    payout.getByRole('link', { name: 'Dispositivo di liquidazione in inglese (PDF)' }),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  // The number was wrong: the office cancels the order with the reason; the appointment is due again, and the new
  // order is recorded with the cancelled one listed in the dialog.
  await payout.getByRole('button', { name: 'Annulla il dispositivo' }).click();
  const cancel = page.getByRole('dialog', { name: 'Annullamento del dispositivo n. DL 2026/123' });
  await cancel.getByRole('button', { name: 'Continua' }).click();
  await expect(cancel.getByText('Scrivi perché il dispositivo viene annullato.').first()).toBeVisible();
  await cancel.getByLabel('Motivo dell’annullamento').fill('Numero errato: il dispositivo è il DL 2026/124');
  await cancel.getByRole('button', { name: 'Continua' }).click();
  await expect(cancel).toContainText('viene annullato e resta agli atti');
  await expectNoAxeViolations(page);
  await cancel.getByRole('button', { name: 'Annulla il dispositivo' }).click();
  await expect(page.getByText('Dispositivo annullato: l’incarico è di nuovo da liquidare.')).toBeVisible();
  await expect(payout).toContainText(`Da liquidare ${euro(gross)}`);
  await payout.getByRole('button', { name: 'Liquida' }).click();
  const again = page.getByRole('dialog', { name: `Liquidazione di ${appointment.tutorName}` });
  await expect(again.getByTestId('cancelled-orders')).toContainText('DL 2026/123 del');
  await expect(again.getByTestId('cancelled-orders')).toContainText('Numero errato');
  await again.getByLabel('Numero del dispositivo di liquidazione').fill('DL 2026/124');
  await again.getByRole('button', { name: 'Registra la liquidazione' }).click();
  await expect(payout).toContainText(`Liquidato il ${dayText(today)} (n. DL 2026/124)`);
});

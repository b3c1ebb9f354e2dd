import { romeDate } from '../domain/calendar/rome-time.ts';
import { nthWorkingDayAfter } from '../domain/calendar/working-days.ts';
import { expect, expectNoAxeViolations, loginAs, logout, test, waitForPage } from './support/fixtures.ts';

/** Bari: Saturdays are not working days, San Nicola (6 December) is the patron day (profile poliba). */
const BARI_CALENDAR = { saturdaysAreWorkingDays: false, patronDay: '12-06' };

const longRomeDay = (date: string) =>
  new Intl.DateTimeFormat('it-IT', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${date}T12:00:00Z`));

/**
 * The demo's past DEI call went through the whole selection when the demo loaded (server/demo/call-past.ts): its
 * definitive ranking is in use and the demo student, a winner, has a real offer due the 5th working day after the
 * load day. She reads it, accepts it after the confirmation dialog; the office then sees it accepted, makes the
 * appointment and records the signed letter's protocol; she acknowledges the letter and downloads its PDF.
 */
test('a winner reads her real offer with its last day in Rome time, accepts it, and the office sees it accepted, appoints her and she acknowledges the signed letter', async ({
  page,
}) => {
  await loginAs(page, 'student');
  await page
    .getByRole('navigation', { name: 'Menu principale' })
    .getByRole('link', { name: 'Le mie offerte', exact: true })
    .click();
  await waitForPage(page);
  // The server starts the offers at load time; the test server starts minutes before this spec, on the same day.
  const lastDay = nthWorkingDayAfter(romeDate(new Date()), 5, BARI_CALENDAR);
  const card = page.getByRole('region', { name: /Tutorato informativo — Dipartimento/ });
  await expect(
    card.getByText(`Rispondi entro le 23:59 di ${longRomeDay(lastDay)} (ora di Roma).`),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  await card.getByRole('button', { name: 'Accetta l’assegno' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByText(/L’accettazione è definitiva/)).toBeVisible();
  await expectNoAxeViolations(page);
  await dialog.getByRole('button', { name: 'Sì, accetto' }).click();
  await expect(page.getByText('Hai accettato l’assegno «Tutorato informativo».')).toBeVisible();
  await expect(card.getByText('Accettata')).toBeVisible();

  await page.setViewportSize({ width: 375, height: 800 });
  await expectNoAxeViolations(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

  // The answer is stored: after a reload it still reads accepted, with no button left to answer.
  await page.reload();
  await waitForPage(page);
  await expect(card.getByText('Accettata')).toBeVisible();
  await expect(card.getByRole('button', { name: 'Accetta l’assegno' })).toHaveCount(0);
  const mine = (await (await page.request.get('/api/offers')).json()) as {
    items: Array<{ callId: string; rankingId: string; status: string }>;
  };
  const offer = mine.items[0];
  expect(offer?.status).toBe('accepted');
  await page.setViewportSize({ width: 1280, height: 800 });
  await logout(page);

  // The office finds the ranking's offers from the call's rankings, and the accepted offer in them.
  await loginAs(page, 'tutoring-office');
  await page.goto(`/calls/${offer?.callId}/rankings`);
  await waitForPage(page);
  await page.getByRole('link', { name: 'Offerte e scorrimento' }).first().click();
  await waitForPage(page);
  await expect(page).toHaveURL(new RegExp(`/rankings/${offer?.rankingId}/offers$`));
  const row = page.getByTestId('office-offer').filter({ hasText: 'Lorusso Giulia' });
  await expect(row).toHaveCount(1);
  await expect(row.getByText('Accettata')).toBeVisible();
  await expectNoAxeViolations(page);

  // The office turns the accepted offer into an appointment, prefilled from the call's position, and records the
  // director's signature with its protocol number.
  await page
    .getByRole('navigation', { name: 'Menu principale' })
    .getByRole('link', { name: 'Incarichi e tutor', exact: true })
    .click();
  await waitForPage(page);
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Conferisci l’incarico a Giulia Lorusso' }).click();
  await waitForPage(page);
  await expectNoAxeViolations(page);
  // The DEI's tutoring supervisor (the demo account `referente`).
  await page.getByLabel('Docente referente').selectOption({ label: 'Amoruso Paola' });
  await page.getByRole('button', { name: 'Conferisci l’incarico', exact: true }).click();
  await expect(page).toHaveURL(/\/appointments$/);
  await waitForPage(page);
  const appointment = page.getByRole('row', { name: /Giulia Lorusso/ });
  await expect(appointment.getByText('Lettera generata')).toBeVisible();
  await appointment.getByRole('button', { name: 'Registra la firma' }).click();
  const sign = page.getByRole('dialog');
  await expect(sign.getByText('Firma e protocollo della lettera di Giulia Lorusso')).toBeVisible();
  await expectNoAxeViolations(page);
  const today = romeDate(new Date());
  await sign.getByLabel('Numero di protocollo').fill('2026/00777');
  await sign.getByLabel('Data di protocollo').fill(today);
  await sign.getByRole('button', { name: 'Registra', exact: true }).click();
  await expect(appointment.getByText(/Firmata e protocollata/)).toBeVisible();
  await logout(page);

  // The student reads her signed letter, acknowledges it, and downloads it as a PDF.
  await loginAs(page, 'student');
  await page
    .getByRole('navigation', { name: 'Menu principale' })
    .getByRole('link', { name: 'I miei incarichi', exact: true })
    .click();
  await waitForPage(page);
  const letter = page.getByRole('region', { name: /Tutorato informativo — Dipartimento/ });
  const [y, m, d] = today.split('-');
  await expect(letter.getByText(`n. 2026/00777 del ${d}/${m}/${y}`)).toBeVisible();
  await letter.getByRole('button', { name: 'Prendo visione della lettera' }).click();
  await expect(page.getByText('Presa visione registrata.')).toBeVisible();
  await expect(letter.getByText('Presa visione del tutor')).toBeVisible();
  await expectNoAxeViolations(page);
  const downloading = page.waitForEvent('download');
  await letter.getByRole('link', { name: 'Scarica la lettera d’incarico (PDF)' }).click();
  const download = await downloading;
  const path = await download.path();
  const { readFile } = await import('node:fs/promises');
  const pdf = await readFile(path);
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
});

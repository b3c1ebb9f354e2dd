import type { Page } from '@playwright/test';
import { romeDate } from '../domain/calendar/rome-time.ts';
import { formatEuro } from '../domain/money/cents.ts';
import { expect, expectNoAxeViolations, loginAs, logout, test, waitForPage } from './support/fixtures.ts';

/** A write through the real API in the signed-in person's session, as the web app sends it (CSRF header). */
const send = async (page: Page, path: string, body: unknown) => {
  const session = (await (await page.request.get('/api/session')).json()) as { csrfToken: string };
  const reply = await page.request.post(path, { data: body, headers: { 'x-csrf-token': session.csrfToken } });
  expect(reply.ok(), `${path}: ${reply.status()} ${await reply.text()}`).toBe(true);
  return reply.json();
};

/**
 * The demo student's appointment from the DEI's past call, as offers.spec leaves it (offer accepted, appointment
 * made and signed, letter acknowledged). Run on its own, this spec walks the missing steps through the real API
 * (no mocks) so that it starts from the same place.
 */
const ensureAppointment = async (page: Page) => {
  await loginAs(page, 'student');
  const offers = (await (await page.request.get('/api/offers')).json()) as {
    items: Array<{ id: string; status: string }>;
  };
  const offer = offers.items[0];
  if (!offer) throw new Error('the demo student has no offer');
  if (offer.status === 'pending') await send(page, `/api/offers/${offer.id}/accept`, {});
  await logout(page);
  await loginAs(page, 'tutoring-office');
  const awaiting = (await (await page.request.get('/api/appointments/awaiting')).json()) as {
    items: Array<{ offerId: string }>;
  };
  if (awaiting.items.some((o) => o.offerId === offer.id)) {
    const people = (await (await page.request.get('/api/people?role=supervisor&pageSize=200')).json()) as {
      items: Array<{ id: string; familyName: string }>;
    };
    const supervisor = people.items.find((p) => p.familyName === 'Amoruso');
    await send(page, `/api/offers/${offer.id}/appointment`, { supervisorId: supervisor?.id });
  }
  const register = (await (await page.request.get('/api/appointments')).json()) as {
    items: Array<{ id: string; offerId: string; status: string }>;
  };
  const appointment = register.items.find((a) => a.offerId === offer.id);
  if (appointment?.status === 'generated')
    await send(page, `/api/appointments/${appointment.id}/sign`, {
      protocolNumber: '2026/00778',
      protocolDate: romeDate(new Date()),
    });
  await logout(page);
};

const dayText = (date: string) => `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;

test('the tutor declares the INPS registration and the code of ethics in I miei incarichi; the office sees them and records the safety training', async ({
  page,
}) => {
  await ensureAppointment(page);
  const today = romeDate(new Date());

  await loginAs(page, 'student');
  await page
    .getByRole('navigation', { name: 'Menu principale' })
    .getByRole('link', { name: 'I miei incarichi', exact: true })
    .click();
  await waitForPage(page);
  const card = page.getByRole('region', { name: /Tutorato informativo — Dipartimento/ });
  const inps = card.getByTestId('checklist-inps-registration');
  // Bari: the INPS registration within 30 days of the start (seed 004 art. 10), the tutor's to declare.
  await expect(inps.getByText('(a cura del tutor)')).toBeVisible();
  await expect(inps.getByText(/entro il \d{2}\/\d{2}\/\d{4}/)).toBeVisible();
  // The office's safety training shows, with nothing for the tutor to fill in.
  const safety = card.getByTestId('checklist-safety-training');
  await expect(safety.getByText('(a cura dell’ufficio)')).toBeVisible();
  await expect(safety.getByRole('button')).toHaveCount(0);
  await expectNoAxeViolations(page);

  await expect(inps.getByLabel('Data: Iscrizione alla Gestione Separata INPS')).toHaveValue(today);
  await inps.getByRole('button', { name: 'Registra: Iscrizione alla Gestione Separata INPS' }).click();
  await expect(page.getByText('Adempimento registrato.')).toBeVisible();
  await expect(inps.getByText(`fatto il ${dayText(today)}`)).toBeVisible();
  const ethics = card.getByTestId('checklist-code-of-ethics');
  await ethics.getByRole('button', { name: 'Registra: Presa visione del Codice etico' }).click();
  await expect(ethics.getByText(`fatto il ${dayText(today)}`)).toBeVisible();
  await expect(ethics.getByRole('button')).toHaveCount(0);
  await expectNoAxeViolations(page);
  // Stored: after a reload both still read done.
  await page.reload();
  await waitForPage(page);
  await expect(inps.getByText('fatto', { exact: true })).toBeVisible();
  await expect(ethics.getByText('fatto', { exact: true })).toBeVisible();
  await logout(page);

  // The office finds the tutor's declarations in the register and records the safety training.
  await loginAs(page, 'tutoring-office');
  await page
    .getByRole('navigation', { name: 'Menu principale' })
    .getByRole('link', { name: 'Incarichi e tutor', exact: true })
    .click();
  await waitForPage(page);
  const row = page.getByRole('row', { name: /Giulia Lorusso/ });
  await row.getByRole('button', { name: /Adempimenti/ }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByText('Adempimenti dell’incarico di Giulia Lorusso')).toBeVisible();
  await expect(
    dialog.getByTestId('checklist-inps-registration').getByText(`fatto il ${dayText(today)}`),
  ).toBeVisible();
  await expect(
    dialog.getByTestId('checklist-code-of-ethics').getByText(`fatto il ${dayText(today)}`),
  ).toBeVisible();
  await expect(dialog.getByTestId('checklist-inps-registration').getByRole('button')).toHaveCount(0);
  await expectNoAxeViolations(page);
  const training = dialog.getByTestId('checklist-safety-training');
  await training.getByRole('button', { name: 'Registra: Formazione sulla sicurezza' }).click();
  await expect(dialog.getByText('Adempimento registrato.')).toBeVisible();
  await expect(training.getByText(`fatto il ${dayText(today)}`)).toBeVisible();
  await expectNoAxeViolations(page);
});

/** The next Rome date after `date` (YYYY-MM-DD). */
const nextDay = (date: string) =>
  new Date(Date.parse(`${date}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

const euro = (cents: number) => formatEuro(cents, 'it');

/** axe reads colours: only once the dialog has faded in completely. */
const expectDialogAccessible = async (page: Page) => {
  const dialog = page.getByRole('dialog');
  await expect
    .poll(() => dialog.evaluate((element) => getComputedStyle(element.closest('.modal') ?? element).opacity))
    .toBe('1');
  await expectNoAxeViolations(page);
};

test("the office runs the appointment's life on its page: starts it, pauses and resumes it, amends the hours with a reason, ends it as a withdrawal, and offers the hours given back to the next candidate", async ({
  page,
}) => {
  await ensureAppointment(page);
  const today = romeDate(new Date());
  const tomorrow = nextDay(today);

  // The tutor acknowledges the signed letter (offers.spec does it in the whole run).
  await loginAs(page, 'student');
  const mine = (await (await page.request.get('/api/me/appointments')).json()) as {
    items: Array<{ id: string; status: string; callTitle: string }>;
  };
  const own = mine.items[0];
  if (!own) throw new Error('the demo student has no appointment');
  if (own.status === 'signed') await send(page, `/api/me/appointments/${own.id}/acknowledge`, {});
  await logout(page);

  await loginAs(page, 'tutoring-office');
  const appointment = (await (await page.request.get(`/api/appointments/${own.id}`)).json()) as {
    id: string;
    callId: string;
    status: string;
    hours: number;
    grossCents: number;
    terms: { items: Array<{ kind: string; hours: number }> };
  };
  expect(appointment.status).toBe('acknowledged');
  // From the register: the tutor's name in its row opens the appointment's page.
  await page
    .getByRole('navigation', { name: 'Menu principale' })
    .getByRole('link', { name: 'Incarichi e tutor', exact: true })
    .click();
  await waitForPage(page);
  await page
    .getByRole('row', { name: /Giulia Lorusso/ })
    .getByRole('link', { name: 'Giulia Lorusso', exact: true })
    .click();
  await expect(page).toHaveURL(new RegExp(`/appointments/${appointment.id}$`));
  await waitForPage(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Incarico di Giulia Lorusso' })).toBeVisible();
  await expect(page.getByTestId('status')).toHaveText('Presa visione del tutor');
  await expect(page.getByRole('link', { name: 'Lettera d’incarico in inglese (PDF)' })).toBeVisible();
  await expect(page.getByText(/non più di 30 giorni in tutto; finora: 0/).first()).toBeVisible();
  await expectNoAxeViolations(page);

  // Start: the checklist the first test completed lets it start today.
  await page.getByRole('button', { name: 'Avvia l’attività' }).click();
  let dialog = page.getByRole('dialog');
  await expect(dialog.getByText(/L’attività inizia oggi/)).toBeVisible();
  await expectDialogAccessible(page);
  await dialog.getByRole('button', { name: 'Conferma l’avvio' }).click();
  await expect(page.getByText('Attività avviata.')).toBeVisible();
  await expect(page.getByTestId('status')).toHaveText('In corso');

  // Pause from today, with its reason; resume tomorrow.
  await page.getByRole('button', { name: 'Interrompi l’attività' }).click();
  dialog = page.getByRole('dialog');
  await expect(dialog.getByLabel('Primo giorno di interruzione')).toHaveValue(today);
  await dialog.getByLabel('Motivo dell’interruzione').fill('Tirocinio curriculare');
  await expectDialogAccessible(page);
  await dialog.getByRole('button', { name: 'Continua' }).click();
  await expect(dialog.getByText(`L’attività si interrompe dal ${dayText(today)}.`)).toBeVisible();
  await dialog.getByRole('button', { name: 'Conferma l’interruzione' }).click();
  await expect(page.getByText('Interruzione registrata.')).toBeVisible();
  await expect(page.getByTestId('status')).toHaveText('Interrotta');
  await expect(page.getByTestId('pauses')).toContainText(`dal ${dayText(today)}, non ancora ripresa`);

  await page.getByRole('button', { name: 'Riprendi l’attività' }).click();
  dialog = page.getByRole('dialog');
  await dialog.getByLabel('Giorno di ripresa').fill(tomorrow);
  await dialog.getByRole('button', { name: 'Continua' }).click();
  await expect(dialog.getByText(/l’interruzione dal .* conta 1 giorno/)).toBeVisible();
  await expectDialogAccessible(page);
  await dialog.getByRole('button', { name: 'Conferma la ripresa' }).click();
  await expect(page.getByText('Ripresa registrata.')).toBeVisible();
  await expect(page.getByTestId('status')).toHaveText('In corso');
  await expect(page.getByTestId('pauses')).toContainText(
    `dal ${dayText(today)}, ripresa il ${dayText(tomorrow)} (1 giorno) — Tirocinio curriculare`,
  );

  // Amend the hours: the signed letter needs a reason, which the server asks for at its field.
  const item = appointment.terms.items[0];
  if (!item) throw new Error('no activity in the appointment');
  const hours = appointment.hours - 20;
  const kind = item.kind === 'tutoring' ? 'Attività di tutorato' : 'Attività didattico-integrative';
  await page.getByRole('button', { name: 'Modifica l’incarico' }).click();
  dialog = page.getByRole('dialog');
  await dialog.getByLabel(`Ore: ${kind}`).fill(String(item.hours - 20));
  await expectDialogAccessible(page);
  await dialog.getByRole('button', { name: 'Continua' }).click();
  await expect(dialog.getByTestId('amend-changes')).toContainText(`Ore: da ${appointment.hours} ore`);
  await expect(dialog.getByTestId('amend-changes')).toContainText(`a ${hours} ore`);
  await dialog.getByRole('button', { name: 'Conferma la modifica' }).click();
  const reason = dialog.getByLabel('Motivazione (obbligatoria)');
  await expect(reason).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByText(/indica la motivazione/).first()).toBeVisible();
  await expectDialogAccessible(page);
  await reason.fill('Riduzione delle ore di ricevimento del corso');
  await dialog.getByRole('button', { name: 'Continua' }).click();
  await dialog.getByRole('button', { name: 'Conferma la modifica' }).click();
  await expect(page.getByText('Modifica registrata.')).toBeVisible();
  await expect(page.getByTestId('total-hours')).toHaveText(String(hours));
  await expect(page.getByTestId('amendment')).toContainText('Riduzione delle ore di ricevimento del corso');

  // End as the tutor's withdrawal with 30 hours done: the rest goes back to the position.
  const done = 30;
  const returned = hours - done;
  await page.getByRole('button', { name: 'Chiudi l’incarico' }).click();
  dialog = page.getByRole('dialog');
  await dialog.getByLabel('Motivo della chiusura').selectOption({ label: 'Rinuncia del tutor' });
  await dialog.getByLabel('Data di chiusura').fill(tomorrow);
  await dialog.getByLabel(`Ore svolte (su ${hours})`).fill(String(done));
  await dialog.getByLabel('Nota').fill('Rinuncia scritta del tutor');
  await dialog.getByRole('button', { name: 'Continua' }).click();
  await expect(dialog.getByTestId('hours-returned')).toHaveText(
    `${returned} ore tornano alla posizione, da offrire al candidato successivo`,
  );
  await expect(dialog.getByTestId('earned')).toHaveText(
    `Importo lordo maturato: ${euro(Math.round((appointment.grossCents * done) / hours))}`,
  );
  await expectDialogAccessible(page);
  await dialog.getByRole('button', { name: 'Conferma la chiusura' }).click();
  await expect(page.getByText('Incarico chiuso.')).toBeVisible();
  await expect(page.getByTestId('status')).toHaveText('Conclusa');
  await expect(page.getByTestId('ending')).toContainText('Rinuncia del tutor');
  await expect(page.getByTestId('ending')).toContainText(String(returned));
  await expectNoAxeViolations(page);

  // The register reads it ended.
  await page
    .getByRole('navigation', { name: 'Menu principale' })
    .getByRole('link', { name: 'Incarichi e tutor', exact: true })
    .click();
  await waitForPage(page);
  await page.getByLabel('Stato').selectOption({ label: 'Conclusa' });
  await expect(page.getByRole('row', { name: /Giulia Lorusso/ })).toContainText('Conclusa');

  // The ranking's offers: the hours given back, offered to the next candidate, with their pro-rata amount.
  await page.goto(`/calls/${appointment.callId}/rankings`);
  await waitForPage(page);
  await page.getByRole('link', { name: 'Offerte e scorrimento' }).first().click();
  await waitForPage(page);
  const section = page.getByRole('region', { name: 'Ore restituite' });
  const row = section.getByRole('row', { name: /Lorusso Giulia/ });
  const amount = euro(Math.round((appointment.grossCents * returned) / hours));
  await expect(row).toContainText(String(returned));
  await expect(row).toContainText(amount);
  const offers = page.getByTestId('office-offer');
  const before = await offers.count();
  await row
    .getByRole('button', {
      name: `Offri le ${returned} ore restituite da Lorusso Giulia al candidato successivo`,
    })
    .click();
  await expect(page.getByText('Ore restituite offerte al candidato successivo.')).toBeVisible();
  await expect(offers).toHaveCount(before + 1);
  const offered = offers.filter({ hasText: `(${returned} ore)` });
  await expect(offered).toHaveCount(1);
  await expect(offered).toContainText('In attesa di risposta');
  await expect(row).toContainText(amount);
  await expectNoAxeViolations(page);
});

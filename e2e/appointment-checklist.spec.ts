import type { Page } from '@playwright/test';
import { romeDate } from '../domain/calendar/rome-time.ts';
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

import { Temporal } from 'temporal-polyfill';
import { romeDate } from '../domain/calendar/rome-time.ts';
import { expect, expectNoAxeViolations, loginAs, logout, test, waitForPage } from './support/fixtures.ts';

/*
 * The demo's tutor, Marco Santoro (server/demo/call-tutor.ts), holds an active 2025/26 appointment that no other spec
 * touches. He gives written notice of withdrawal from "I miei incarichi"; the office reads it on the register and on
 * the appointment's page, where the ending dialog starts from it.
 */

const dayText = (date: string) => `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;

/** axe reads colours: only once the dialog has faded in completely. */
const expectDialogAccessible = async (page: import('@playwright/test').Page) => {
  const dialog = page.getByRole('dialog');
  await expect
    .poll(() => dialog.evaluate((element) => getComputedStyle(element.closest('.modal') ?? element).opacity))
    .toBe('1');
  await expectNoAxeViolations(page);
};

test('the tutor sends his withdrawal (reason required, a day too far back refused at its field) and the office sees it on the register and the appointment, the ending dialog starting from it', async ({
  page,
}) => {
  const today = romeDate(new Date());
  const tooOld = Temporal.PlainDate.from(today).subtract({ days: 40 }).toString();

  await loginAs(page, 'tutor');
  await page
    .getByRole('navigation', { name: 'Menu principale' })
    .getByRole('link', { name: 'I miei incarichi', exact: true })
    .click();
  await waitForPage(page);
  const card = page.getByTestId('appointment-card').filter({ hasText: 'Tutorato alla pari' });
  await expect(card).toHaveCount(1);
  await expect(card.getByTestId('withdrawal-sent')).toHaveCount(0);
  await card.getByRole('button', { name: "Rinuncia all'incarico" }).click();
  const dialog = page.getByRole('dialog', { name: "Rinuncia all'incarico" });
  await expect(dialog).toContainText('Le ore già svolte ti sono retribuite.');
  await expect(dialog).toContainText(
    "lo chiude l'ufficio tutorato con le ore svolte confermate dal docente referente",
  );
  await expectDialogAccessible(page);

  // No reason: refused at its field.
  const lastDay = dialog.getByLabel('Ultimo giorno di attività');
  const reason = dialog.getByLabel('Motivo della rinuncia');
  await lastDay.fill(today);
  await dialog.getByRole('button', { name: 'Invia la rinuncia' }).click();
  await expect(reason).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByText('Indica il motivo della rinuncia.').first()).toBeVisible();

  // A last day more than 30 days back: the server refuses it at the day.
  await reason.fill('Ho ottenuto una borsa Erasmus per il secondo semestre.');
  await lastDay.fill(tooOld);
  await dialog.getByRole('button', { name: 'Invia la rinuncia' }).click();
  await expect(lastDay).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByText(/al massimo a 30 giorni fa/).first()).toBeVisible();
  await expectDialogAccessible(page);

  await lastDay.fill(today);
  await dialog.getByRole('button', { name: 'Invia la rinuncia' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(/^Rinuncia inviata/)).toBeVisible();
  await expect(card.getByTestId('withdrawal-sent')).toContainText(
    `Rinuncia comunicata: ultimo giorno di attività ${dayText(today)}.`,
  );
  await expect(card.getByRole('button', { name: "Rinuncia all'incarico" })).toHaveCount(0);
  await expectNoAxeViolations(page);

  // He changes his mind: the notice is taken back and the activity goes on; then, sure this time, he sends it again.
  await card.getByRole('button', { name: 'Ritira la rinuncia' }).click();
  const retract = page.getByRole('dialog', { name: 'Ritira la rinuncia' });
  await expect(retract).toContainText(`ultimo giorno di attività il ${dayText(today)}`);
  await expectDialogAccessible(page);
  await retract.getByLabel('Perché la ritiri (facoltativo)').fill('La borsa Erasmus è stata rinviata.');
  await retract.getByRole('button', { name: 'Ritira la rinuncia' }).click();
  await expect(retract).toBeHidden();
  await expect(page.getByText(/^Rinuncia ritirata: l’incarico prosegue/)).toBeVisible();
  await expect(card.getByTestId('withdrawal-sent')).toHaveCount(0);
  await card.getByRole('button', { name: "Rinuncia all'incarico" }).click();
  const again = page.getByRole('dialog', { name: "Rinuncia all'incarico" });
  await again.getByLabel('Ultimo giorno di attività').fill(today);
  await again
    .getByLabel('Motivo della rinuncia')
    .fill('Ho ottenuto una borsa Erasmus per il secondo semestre.');
  await again.getByRole('button', { name: 'Invia la rinuncia' }).click();
  await expect(again).toBeHidden();
  await expect(card.getByTestId('withdrawal-sent')).toContainText(
    `Rinuncia comunicata: ultimo giorno di attività ${dayText(today)}.`,
  );
  await logout(page);

  await loginAs(page, 'tutoring-office');
  await page
    .getByRole('navigation', { name: 'Menu principale' })
    .getByRole('link', { name: 'Incarichi e tutor', exact: true })
    .click();
  await waitForPage(page);
  const row = page.getByTestId('appointment-row').filter({ hasText: 'Marco Santoro' });
  await expect(row).toHaveCount(1);
  await expect(row.getByTestId('withdrawal-notice')).toHaveText(
    `Rinuncia comunicata dal tutor: ultimo giorno ${dayText(today)}.`,
  );
  await expectNoAxeViolations(page);
  await row.getByRole('link', { name: 'Marco Santoro' }).click();
  await waitForPage(page);
  const notice = page.getByTestId('withdrawal-notice');
  await expect(notice).toContainText(`Rinuncia comunicata dal tutor: ultimo giorno ${dayText(today)}.`);
  await expect(notice).toContainText('Motivo: Ho ottenuto una borsa Erasmus per il secondo semestre.');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Chiudi l’incarico' }).click();
  const end = page.getByRole('dialog');
  await expect(end.getByLabel('Motivo della chiusura')).toHaveValue('withdrawal');
  await expect(end.getByLabel('Data di chiusura')).toHaveValue(today);
});

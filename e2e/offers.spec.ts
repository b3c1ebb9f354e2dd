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
 * load day. She reads it, accepts it after the confirmation dialog; the office then sees it accepted.
 */
test('a winner reads her real offer with its last day in Rome time, accepts it, and the office sees it accepted', async ({
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
});

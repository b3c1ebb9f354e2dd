import { expect, expectNoAxeViolations, loginAs, test, waitForPage } from './support/fixtures.ts';

/**
 * The demo's DEI call of 2025/26 (server/demo/call-returned.ts): its first tutor withdrew after 30 of 80 hours, giving
 * 50 hours (750 euros) back to the position; the second is still at work.
 */
const CALL_CODE = 'POLIBA-DEI-DID-2025';

interface RegisterRow {
  id: string;
  callCode: string;
  tutorName: string;
  status: string;
}

test('the office gives part of the hours a withdrawn tutor returned to the other tutor of the call, on the supervisor’s indication, and finds the amendment on that tutor’s page', async ({
  page,
}) => {
  await loginAs(page, 'tutoring-office');
  const register = (await (await page.request.get('/api/appointments')).json()) as { items: RegisterRow[] };
  const ofCall = register.items.filter((a) => a.callCode === CALL_CODE);
  const ended = ofCall.find((a) => a.status === 'ended');
  const running = ofCall.find((a) => a.status === 'active');
  if (!ended || !running) throw new Error('the demo has no call with returned hours');

  // From the register to the withdrawn tutor's page.
  await page
    .getByRole('navigation', { name: 'Menu principale' })
    .getByRole('link', { name: 'Incarichi e tutor', exact: true })
    .click();
  await waitForPage(page);
  await page
    .getByTestId('appointment-row')
    .filter({ hasText: ended.tutorName })
    .getByRole('link', { name: ended.tutorName })
    .click();
  await waitForPage(page);
  const section = page.getByRole('region', { name: 'Ore restituite' });
  const summary = section.getByTestId('returned-summary');
  await expect(summary).toContainText('L’incarico ha restituito 50 ore');
  await expect(summary).toContainText('Restano da assegnare 50 ore');
  await expectNoAxeViolations(page);

  await section.getByRole('button', { name: 'Assegna a un altro tutor' }).click();
  const dialog = page.getByRole('dialog', {
    name: `Assegna ad altri tutor le ore restituite da ${ended.tutorName}`,
  });
  await expect(dialog.getByLabel('Tutor', { exact: true })).toHaveValue(running.id);
  await expectNoAxeViolations(page);
  // More hours than came back, and no reason: told at each field, nothing sent.
  const hours = dialog.getByLabel('Ore da assegnare (al massimo 50)');
  await hours.fill('60');
  await dialog.getByRole('button', { name: 'Continua' }).click();
  await expect(hours).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByText('Restano da assegnare 50 ore: indica al massimo 50.').first()).toBeVisible();
  await expect(dialog.getByText(/Scrivi la motivazione/).first()).toBeVisible();

  await hours.fill('20');
  const reason =
    'Su indicazione del referente, sentiti i responsabili del progetto: esercitazioni in più a gennaio.';
  await dialog.getByLabel(/^Motivazione/).fill(reason);
  await dialog.getByRole('button', { name: 'Continua' }).click();
  const plan = dialog.getByTestId('assign-summary');
  await expect(plan).toContainText(`${running.tutorName}: da 80 a 100 ore`);
  await expect(plan).toContainText(/da 1\.200,00\s€ a 1\.500,00\s€/);
  await expect(plan).toContainText('resteranno 30 ore');
  await dialog.getByRole('button', { name: 'Assegna le ore' }).click();
  await expect(page.getByText(`20 ore assegnate a ${running.tutorName}.`)).toBeVisible();
  await expect(summary).toContainText('Restano da assegnare 30 ore');
  const given = section.getByTestId('assignment');
  await expect(given).toHaveCount(1);
  await expect(given).toContainText(reason);
  await expectNoAxeViolations(page);

  // On a phone the page does not scroll sideways.
  await page.setViewportSize({ width: 375, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await page.setViewportSize({ width: 1280, height: 800 });

  // The other tutor's letter is amended: 100 hours, 1.500 euros, the reason and where the hours came from.
  await given.getByRole('link', { name: running.tutorName }).click();
  await waitForPage(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Incarico di ${running.tutorName}`);
  await expect(page.getByTestId('total-hours')).toHaveText('100');
  await expect(page.getByTestId('gross')).toHaveText(/1\.500,00\s€/);
  const amendment = page.getByTestId('amendment');
  await expect(amendment).toHaveCount(1);
  await expect(amendment).toContainText(reason);
  await amendment.getByRole('link', { name: 'Ore restituite da un altro incarico' }).click();
  await waitForPage(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Incarico di ${ended.tutorName}`);

  // Stored: the API reads the same after a reload.
  const reply = (await (await page.request.get(`/api/appointments/${ended.id}/returned-hours`)).json()) as {
    left: { hours: number; amountCents: number };
  };
  expect(reply.left).toEqual({ hours: 30, amountCents: 45_000 });
});

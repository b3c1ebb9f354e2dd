import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, loginAs, logout, test, waitForPage } from './support/fixtures.ts';

/**
 * Issue 4, "the committee answers each appeal", on the demo call whose provisional ranking is in its appeal window
 * when the demo loads (server/demo/call-appeal.ts): the demo committee member reads the demo student's pending
 * appeal, downloads its PDF, accepts it with the reasons and is pointed to the application's scores; the student
 * reads the answer in her application. It answers the demo's appeal, so it runs in the `stateful` project.
 */
const CALL_CODE = 'POLIBA-DEI-SEM2-2025';
const ANSWER =
  'Accolta: la collaborazione con il DEI (a.a. 2024/25) è documentata dall’attestato; la commissione ne corregge il punteggio.';

/** Nothing sticks out sideways at 375 px (wide tables scroll inside their own box). */
const fitsPhone = async (page: Page) => {
  await page.setViewportSize({ width: 375, height: 812 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await page.setViewportSize({ width: 1280, height: 800 });
};

test.setTimeout(180_000);

test('the committee member answers the pending appeal of their call and the candidate reads the answer', async ({
  page,
}) => {
  await loginAs(page, 'committee-member');
  await page
    .getByRole('navigation', { name: 'Menu principale' })
    .getByRole('link', { name: 'Le mie commissioni' })
    .click();
  await waitForPage(page);
  const row = page.getByRole('table').getByRole('row', { name: new RegExp(CALL_CODE) });
  await expect(row).toContainText('Componente');
  await row.getByRole('link').click();
  await expect(page).toHaveURL(/\/committee\/[0-9a-f-]{36}$/);
  await waitForPage(page);

  const appeals = page.getByRole('region', { name: 'Segnalazioni (ricorsi)' });
  await expect(
    appeals.getByText(/^Segnalazioni aperte fino alle \d\d\/\d\d\/\d{4}, 23:59 \(ora di Roma\)\.$/),
  ).toBeVisible();
  const appeal = appeals.getByTestId('committee-appeal').filter({ hasText: 'Lorusso Giulia' });
  await expect(appeal).toHaveCount(1);
  await expect(appeal).toContainText('Da esaminare');
  await expect(appeal).toContainText('La commissione non ha valutato la mia precedente collaborazione');
  const protocol = ((await appeal.textContent()) ?? '').match(/Domanda (\d{4}\/\d{6})/)?.[1] ?? '';
  expect(protocol).toMatch(/^\d{4}\/\d{6}$/);
  // The same candidate, by the same protocol number, in the call's applications.
  await expect(
    page
      .getByRole('region', { name: 'Domande del bando' })
      .getByRole('link', { name: protocol, exact: true }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await fitsPhone(page);

  // The appeal's PDF downloads as the candidate sent it.
  const downloading = page.waitForEvent('download');
  await appeal
    .getByRole('link', {
      name: `Scarica l’allegato attestato-collaborazione.pdf della segnalazione della domanda ${protocol}`,
    })
    .click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('attestato-collaborazione.pdf');
  const bytes = await readFile((await download.path()) as string);
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');

  // The answer: outcome and reasons are both required, each said at its field; then confirmed.
  await appeal.getByRole('button', { name: `Rispondi alla segnalazione della domanda ${protocol}` }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByText(`Risposta alla segnalazione della domanda ${protocol}`)).toBeVisible();
  await dialog.getByRole('button', { name: 'Conferma la risposta' }).click();
  await expect(dialog.getByText('Indica se la segnalazione è accolta o respinta.')).toBeVisible();
  await expect(dialog.getByLabel('Risposta motivata')).toHaveAttribute('aria-invalid', 'true');
  // axe reads colours: only once the dialog has faded in completely.
  await expect
    .poll(() => dialog.evaluate((element) => getComputedStyle(element.closest('.modal') ?? element).opacity))
    .toBe('1');
  await expectNoAxeViolations(page);
  await dialog.locator('label', { hasText: 'Accolta' }).click();
  await expect(dialog.getByLabel('Accolta')).toBeChecked();
  await dialog.getByLabel('Risposta motivata').fill(ANSWER);
  await dialog.getByRole('button', { name: 'Conferma la risposta' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);

  const notice = appeals.getByRole('status');
  await expect(notice).toContainText(`Segnalazione della domanda ${protocol} accolta.`);
  await expect(appeal).toContainText('Accolta');
  await expect(appeal).toContainText(ANSWER);
  await expect(appeal.getByRole('button', { name: /Rispondi/ })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await fitsPhone(page);

  // The accepted appeal changes the scores through the normal path: the member is taken to them.
  await notice.getByRole('link', { name: `Correggi i punteggi della domanda ${protocol}` }).click();
  await expect(page).toHaveURL(/\/committee\/calls\/[0-9a-f-]{36}\/applications\/[0-9a-f-]{36}\/scores$/);
  await waitForPage(page);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(protocol);
  await logout(page);

  // The candidate reads the committee's answer in her application.
  await loginAs(page, 'student');
  await page
    .getByRole('navigation', { name: 'Menu principale' })
    .getByRole('link', { name: 'Bandi e domande', exact: true })
    .click();
  await waitForPage(page);
  await page.getByTestId('my-application').filter({ hasText: CALL_CODE }).getByRole('link').first().click();
  await expect(page).toHaveURL(/\/applications\/[0-9a-f-]{36}$/);
  await waitForPage(page);
  const own = page.getByTestId('own-appeal');
  await expect(own).toHaveCount(1);
  await expect(own).toContainText('Accolta');
  await expect(own).toContainText(ANSWER);
  await expectNoAxeViolations(page);
});

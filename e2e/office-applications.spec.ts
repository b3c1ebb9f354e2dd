import { expect, expectNoAxeViolations, loginAs, test, waitForPage } from './support/fixtures.ts';

test('the office follows the Bari call’s applications: counts, chart, filter by position, Excel, one application read-only', async ({
  page,
}) => {
  await loginAs(page, 'tutoring-office');
  await page.goto('/calls');
  await waitForPage(page);
  await page
    .getByRole('table')
    .getByRole('link', { name: /10 assegni/ })
    .click();
  await expect(page).toHaveURL(/\/calls\/[0-9a-f-]{36}$/);
  await waitForPage(page);
  await page.getByRole('link', { name: 'Domande presentate' }).click();
  await expect(page).toHaveURL(/\/calls\/[0-9a-f-]{36}\/applications$/);
  await waitForPage(page);

  // The demo call carries about 40 confirmed applications, two withdrawn and a few drafts (only counted).
  const confirmed = Number(await page.getByTestId('count-confirmed').locator('dd').textContent());
  expect(confirmed).toBeGreaterThanOrEqual(20);
  await expect(page.getByTestId('count-withdrawn').locator('dd')).toHaveText('2');
  await expect(page.getByText(/^Dati aggiornati alle /)).toBeVisible();
  const chart = page.getByTestId('applications-chart');
  await expect(chart.getByRole('listitem')).toHaveCount(7);
  await expect(chart).toContainText('Tutorato trasversale');
  await expect(chart.getByRole('listitem').first()).toContainText(
    /\d+ domande \(\d+ come prima scelta\), 1 assegni/,
  );
  const list = page.getByRole('region', { name: 'Elenco delle domande' });
  await expect(list.getByRole('table').locator('caption')).toHaveText(`${confirmed + 2} risultati`);
  await expectNoAxeViolations(page);

  // Filter by the first position: fewer rows, each choosing it.
  await page.getByLabel('Posizione', { exact: true }).selectOption({ index: 1 });
  await list.getByRole('button', { name: 'Cerca' }).click();
  await expect(page).toHaveURL(/positionId=[0-9a-f-]{36}/);
  await waitForPage(page);
  // The filtered list replaces the whole one: wait for its caption to change before counting rows.
  const caption = list.getByRole('table').locator('caption');
  await expect(caption).not.toHaveText(`${confirmed + 2} risultati`);
  await expect(caption).toHaveText(/^\d+ risultat[oi]$/);
  const rows = list.getByRole('table').locator('tbody tr');
  const filtered = Number((await caption.textContent())?.split(' ')[0]);
  await expect(rows).toHaveCount(filtered);
  expect(filtered).toBeGreaterThan(0);
  expect(filtered).toBeLessThan(confirmed + 2);
  for (let index = 0; index < filtered; index++) await expect(rows.nth(index)).toContainText('(pos. 1)');

  const exportLink = page.getByRole('link', { name: 'Scarica in Excel' });
  await expect(exportLink).toHaveAttribute('href', /\/applications\/export\.xlsx\?positionId=/);
  const downloading = page.waitForEvent('download');
  await exportLink.click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^domande-POLIBA-TUT-2025-\d{4}-\d{2}-\d{2}\.xlsx$/);

  // One application, read-only: declared positions, titles and an identity document to download; nothing to edit.
  await rows.first().getByRole('link').click();
  await expect(page).toHaveURL(/\/applications\/[0-9a-f-]{36}$/);
  await waitForPage(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Domanda \d{4}\/\d{6}$/);
  await expect(page.getByText('Sola lettura: una domanda confermata non si modifica.')).toBeVisible();
  await expect(
    page.getByRole('heading', { level: 2, name: 'Posizioni in ordine di preferenza' }),
  ).toBeVisible();
  const document = page.getByRole('link', { name: /^Scarica documento-identita\.pdf$/ });
  await expect(document).toBeVisible();
  const file = await page.request.get((await document.getAttribute('href')) ?? '');
  expect(file.status()).toBe(200);
  expect(file.headers()['content-type']).toBe('application/pdf');
  const main = page.getByRole('main');
  await expect(
    main.getByRole('button', { name: /Salva|Conferma|Ritira|Modifica|Elimina|Rimuovi/ }),
  ).toHaveCount(0);
  await expect(main.locator('input, textarea, select')).toHaveCount(0);
  await expectNoAxeViolations(page);
});

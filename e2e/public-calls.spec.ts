import { expect, expectNoAxeViolations, loginAs, test, waitForPage } from './support/fixtures.ts';

test('an anonymous visitor finds the open calls from the login page, reads the Bari call and downloads its PDF', async ({
  page,
}) => {
  await page.goto('/login');
  await waitForPage(page);
  await page.getByRole('main').getByRole('link', { name: 'Bandi aperti' }).click();
  await expect(page).toHaveURL(/\/bandi$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Bandi aperti' })).toBeVisible();
  await waitForPage(page);

  const call = page.getByRole('article').filter({ hasText: 'A.A. 2025/26' }).first();
  await expect(call.getByTestId('call-position')).toHaveCount(7);
  await expect(call.getByText('Aperto', { exact: true })).toBeVisible();
  await expect(call.getByTestId('call-window')).toHaveText(
    /^Domande dal \d{2}\/\d{2}\/\d{4}( ore \d{2}:\d{2})? al \d{2}\/\d{2}\/\d{4} ore \d{2}:\d{2}$/,
  );
  const table = call.getByRole('table');
  await expect(table).toContainText('10 assegni');
  await expect(table).toContainText('3.000,00 €');
  await expect(table).toContainText('3.750,00 €');
  await expect(table).toContainText('Tutorato trasversale');
  await expect(table).toContainText('Dottorato di ricerca');
  await expectNoAxeViolations(page);

  const pdf = call.getByRole('link', { name: /Scarica il bando in PDF/ });
  const href = await pdf.getAttribute('href');
  expect(href).toMatch(/^\/api\/public\/calls\/[0-9a-f-]{36}\/pdf$/);
  const response = await page.request.get(href ?? '');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('application/pdf');
  expect((await response.body()).subarray(0, 5).toString()).toBe('%PDF-');
});

test('the office lists the calls with an Excel export and opens the Bari call with its positions and rules', async ({
  page,
}) => {
  await loginAs(page, 'tutoring-office');
  await page.goto('/calls');
  await waitForPage(page);
  await expect(page.getByRole('link', { name: 'Scarica in Excel' })).toHaveAttribute(
    'href',
    '/api/calls/export.xlsx',
  );
  await page
    .getByRole('table')
    .getByRole('link', { name: /10 assegni/ })
    .click();
  await expect(page).toHaveURL(/\/calls\/[0-9a-f-]{36}$/);
  await waitForPage(page);
  await expect(page.getByTestId('call-position')).toHaveCount(7);
  await expect(page.getByRole('heading', { level: 2, name: 'Regole del bando' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('poliba');
  await expectNoAxeViolations(page);
});

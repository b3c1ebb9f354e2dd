import { expect, expectNoAxeViolations, test } from './support/fixtures.ts';

/** Files as the office's student information system exports them (semicolon-separated, Italian dates). */
const csv = (rows: string[][]) => Buffer.from(`${rows.map((row) => row.join(';')).join('\r\n')}\r\n`, 'utf8');

const PROGRAMMES = csv([
  ['CDS_COD', 'CDS_DES', 'TIPO_CORSO', 'DURATA_ANNI', 'DIP_COD'],
  ['E2E-LM', 'Ingegneria dei sistemi di prova', 'LM', '2', 'DEI'],
]);

const studentRow = (n: number) => [
  `9${String(n).padStart(5, '0')}`,
  'Rossi',
  `Studente${n}`,
  `e2e.${n}@studenti.poliba.it`,
  '14/03/2001',
  'E2E-LM',
  '2025/2026',
  '1',
];
const STUDENT_HEADER = [
  'MATRICOLA',
  'COGNOME',
  'NOME',
  'EMAIL',
  'DATA_NASCITA',
  'CDS_COD',
  'AA_ISCR',
  'ANNO_CORSO',
];
const STUDENTS = csv([STUDENT_HEADER, ...Array.from({ length: 30 }, (_, i) => studentRow(i + 1))]);

/** Faults a hand-edited export typically has: a date that does not exist, a student number twice. */
const BAD_STUDENTS = csv([
  STUDENT_HEADER,
  studentRow(101),
  [...studentRow(102).slice(0, 4), '31/02/2001', ...studentRow(102).slice(5)],
  studentRow(103),
  studentRow(101),
]);

const upload = async (page: import('@playwright/test').Page, kind: string, name: string, buffer: Buffer) => {
  await page.getByLabel('Che cosa importi').selectOption({ label: kind });
  await page.getByLabel('File (CSV o XLSX)').setInputFiles({ name, mimeType: 'text/csv', buffer });
  await page.getByRole('button', { name: 'Importa', exact: true }).click();
};

test.describe('the office imports careers', () => {
  test('a good file: upload and processing progress, then the rows written', async ({ page, loginAs }) => {
    await loginAs('tutoring-office');
    await page
      .getByRole('navigation', { name: 'Menu principale' })
      .getByRole('link', { name: 'Importazioni' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Importazioni' })).toBeVisible();
    await expectNoAxeViolations(page);

    await upload(page, 'Corsi di studio', 'corsi.csv', PROGRAMMES);
    const status = page.getByTestId('import-status');
    await expect(status).toContainText('Importazione completata: 1 riga scritta.');

    await upload(page, 'Studenti e iscrizioni', 'studenti.csv', STUDENTS);
    await expect(page.getByRole('progressbar', { name: 'Caricamento del file' })).toBeVisible();
    await expect(status.getByRole('heading')).toContainText('studenti.csv');
    await expect(status.getByRole('progressbar', { name: 'Avanzamento dell’importazione' })).toBeVisible();
    await expect(status).toContainText('Importazione completata: 30 righe scritte.');
    await expect(status.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '100');
    await expect(page.getByRole('table').filter({ hasText: 'studenti.csv' })).toContainText('Completata');
    await expectNoAxeViolations(page);

    await page.goto('/students?q=Studente7');
    await expect(page.getByRole('link', { name: 'Studente7 Rossi' })).toBeVisible();
  });

  test('a bad file is rejected whole, with an error per row and column', async ({ page, loginAs }) => {
    await loginAs('tutoring-office');
    await page.goto('/imports');
    await upload(page, 'Studenti e iscrizioni', 'studenti-errati.csv', BAD_STUDENTS);
    const status = page.getByTestId('import-status');
    await expect(status).toContainText('Importazione respinta: nessun dato è stato modificato.');
    const errors = page.getByTestId('import-errors');
    await expect(errors).toBeVisible();
    // Rows as the office sees them in its spreadsheet: the header is row 1.
    await expect(errors.getByRole('row').filter({ hasText: '31/02/2001' })).toContainText(
      /^3\s*DATA_NASCITA/,
    );
    await expect(errors.getByRole('row').filter({ hasText: 'MATRICOLA' })).toContainText(/^5\s*MATRICOLA/);
    await expectNoAxeViolations(page);

    await page.goto('/students?q=Studente101');
    await expect(page.getByText('Nessuno studente corrisponde ai filtri.')).toBeVisible();
  });

  test('a file that is not a spreadsheet is refused with a message', async ({ page, loginAs }) => {
    await loginAs('tutoring-office');
    await page.goto('/imports');
    await upload(
      page,
      'Esami',
      'foto.csv',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]),
    );
    await expect(page.getByRole('alert')).toBeVisible();
    await expect(page.getByTestId('import-status')).toHaveCount(0);
  });
});

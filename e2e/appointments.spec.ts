import { expect, expectNoAxeViolations, test, waitForPage } from './support/fixtures.ts';

const ID = '00000000-0000-4000-8000-0000000000a1';

const appointment = (status: string) => ({
  id: ID,
  offerId: '00000000-0000-4000-8000-0000000000b1',
  tutorId: '00000000-0000-4000-8000-000000000002',
  tutorName: 'Giulia Lorusso',
  studentNumber: '578123',
  fiscalCode: 'LRSGLI00A41A662X',
  email: 'g.lorusso@studenti.poliba.it',
  callId: '00000000-0000-4000-8000-0000000000c1',
  callTitle: 'Assegni di tutorato 2025/26',
  callCode: 'POLIBA-TUT-2025',
  positionId: '00000000-0000-4000-8000-0000000000e1',
  activityType: 'Tutorato informativo',
  supervisorId: '00000000-0000-4000-8000-0000000000f1',
  supervisorName: 'Marco Rossi',
  unitId: '00000000-0000-4000-8000-0000000000d1',
  unitName: 'Dipartimento di Meccanica, Matematica e Management',
  academicYear: '2025/26',
  complexProject: false,
  status,
  terms: {
    startDate: '2026-03-02',
    endDate: '2026-12-31',
    items: [{ kind: 'tutoring', hours: 200, costCents: 300_000 }],
    trainingHours: 10,
  },
  hours: 200,
  grossCents: 300_000,
  duties: 'Tutorato informativo',
  protocol: status === 'generated' ? null : { number: '2026/00123', date: '2026-02-19' },
  acknowledgedAt: status === 'acknowledged' ? '2026-02-20T10:00:00.000Z' : null,
  startedOn: null,
  hoursDone: 0,
  pauses: [],
  amendments: [],
  checklist: [
    {
      item: 'code-of-ethics',
      owner: 'tutor',
      dueDate: '2026-03-02',
      blocksStart: true,
      status: 'pending',
      completedOn: null,
    },
  ],
  ending: null,
  capOverride: null,
  createdAt: '2026-02-18T10:00:00.000Z',
});

/**
 * The demo data holds no accepted offer (its rankings come from the committee), so the appointment is the one the
 * server returns (server/features/appointments/appointments.test.ts makes it for real); login, pages, dialog and axe
 * are real.
 */
test('the office records the signature of a letter and the tutor acknowledges it, accessible', async ({
  page,
  loginAs,
}) => {
  let current = appointment('generated');
  let signedWith: unknown = null;
  await page.route('**/api/appointments/awaiting', (route) => route.fulfill({ json: { items: [] } }));
  await page.route('**/api/appointments?**', (route) => route.fulfill({ json: { items: [current] } }));
  await page.route('**/api/appointments', (route) => route.fulfill({ json: { items: [current] } }));
  await page.route(`**/api/appointments/${ID}/sign`, (route) => {
    signedWith = route.request().postDataJSON();
    current = appointment('signed');
    return route.fulfill({ json: current });
  });
  await loginAs('tutoring-office');
  await page
    .getByRole('navigation', { name: 'Menu principale' })
    .getByRole('link', { name: 'Incarichi e tutor', exact: true })
    .click();
  await waitForPage(page);
  const row = page.getByRole('row', { name: /Giulia Lorusso/ });
  await expect(row.getByText('Lettera generata')).toBeVisible();
  await expectNoAxeViolations(page);
  await row.getByRole('button', { name: 'Registra la firma' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByText('Firma e protocollo della lettera di Giulia Lorusso')).toBeVisible();
  // The dialog fades in: axe reads the colours once it is fully opaque.
  await expect(dialog.locator('xpath=ancestor-or-self::*[contains(@class,"modal")][1]')).toHaveCSS(
    'opacity',
    '1',
  );
  await expectNoAxeViolations(page);
  await dialog.getByLabel('Numero di protocollo').fill('2026/00123');
  await dialog.getByLabel('Data di protocollo').fill('2026-02-19');
  await dialog.getByRole('button', { name: 'Registra', exact: true }).click();
  await expect(row.getByText(/Firmata e protocollata/)).toBeVisible();
  expect(signedWith).toEqual({ protocolNumber: '2026/00123', protocolDate: '2026-02-19' });

  let mine = appointment('signed');
  await page.route('**/api/me/appointments', (route) => route.fulfill({ json: { items: [mine] } }));
  await page.route(`**/api/me/appointments/${ID}/acknowledge`, (route) => {
    mine = appointment('acknowledged');
    return route.fulfill({ json: mine });
  });
  await page.getByRole('button', { name: /^(Esci|Log out)$/ }).click();
  await loginAs('student');
  await page
    .getByRole('navigation', { name: 'Menu principale' })
    .getByRole('link', { name: 'I miei incarichi', exact: true })
    .click();
  await waitForPage(page);
  const card = page.getByRole('region', { name: /Tutorato informativo — Dipartimento/ });
  await expect(card.getByText('n. 2026/00123 del 19/02/2026')).toBeVisible();
  await expectNoAxeViolations(page);
  await card.getByRole('button', { name: 'Prendo visione della lettera' }).click();
  await expect(page.getByText('Presa visione registrata.')).toBeVisible();
  await expect(card.getByText('Presa visione del tutor')).toBeVisible();
  await expectNoAxeViolations(page);
});

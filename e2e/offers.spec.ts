import { expect, expectNoAxeViolations, test, waitForPage } from './support/fixtures.ts';

const OFFER_ID = '00000000-0000-4000-8000-0000000000a1';

const offer = (status: string) => ({
  id: OFFER_ID,
  rankingId: '00000000-0000-4000-8000-0000000000b1',
  rankingTitle: 'Tutorato informativo — DEI (LM)',
  callId: '00000000-0000-4000-8000-0000000000c1',
  callTitle: 'Assegni di tutorato 2025/26',
  applicationId: '00000000-0000-4000-8000-0000000000d1',
  protocolNumber: '2026/000901',
  positionId: '00000000-0000-4000-8000-0000000000e1',
  activityType: 'Tutorato informativo',
  unitName: 'Dipartimento di Ingegneria Elettrica e dell’Informazione',
  hours: 200,
  amountCents: 300_000,
  status,
  offeredAt: '2026-04-03T16:00:00.000Z',
  expiresAt: '2026-04-13T22:00:00.000Z',
  lastDay: '2026-04-13',
  closedAt: status === 'pending' ? null : '2026-04-07T08:00:00.000Z',
});

/**
 * The candidate's offer card. The demo data holds no definitive ranking (its scores come from the committee), so the
 * offer is the one the server returns for a winner (server/features/offers/offers.test.ts builds it for real); the
 * login, page, dialog and axe are real.
 */
test('a candidate reads an offer with its last day in Rome time and accepts it after confirming, accessible', async ({
  page,
  loginAs,
}) => {
  let current = offer('pending');
  let accepted = false;
  await page.route('**/api/offers', (route) => route.fulfill({ json: { items: [current] } }));
  await page.route(`**/api/offers/${OFFER_ID}/accept`, (route) => {
    accepted = true;
    current = offer('accepted');
    return route.fulfill({ json: current });
  });
  await loginAs('student');
  await page
    .getByRole('navigation', { name: 'Menu principale' })
    .getByRole('link', { name: 'Le mie offerte', exact: true })
    .click();
  await waitForPage(page);
  const card = page.getByRole('region', { name: /Tutorato informativo — Dipartimento/ });
  await expect(
    card.getByText('Rispondi entro le 23:59 di lunedì 13 aprile 2026 (ora di Roma).'),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  await card.getByRole('button', { name: 'Accetta l’assegno' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByText(/L’accettazione è definitiva/)).toBeVisible();
  await expectNoAxeViolations(page);
  expect(accepted).toBe(false);
  await dialog.getByRole('button', { name: 'Sì, accetto' }).click();
  await expect(page.getByText('Hai accettato l’assegno «Tutorato informativo».')).toBeVisible();
  await expect(card.getByText('Accettata')).toBeVisible();
  expect(accepted).toBe(true);

  await page.setViewportSize({ width: 375, height: 800 });
  await expectNoAxeViolations(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
});

import { expect, expectNoAxeViolations, loginAs, test, waitForPage } from './support/fixtures.ts';

/** The demo's past DEI call (server/demo/call-past.ts): its definitive ranking is in use, its two winners offered. */
const PAST_CALL_CODE = 'POLIBA-DEI-TUT-2025-I';

/**
 * The office withdraws, on the real demo data, the pending offer of the winner who is not the demo student (offers.spec
 * answers hers): a reason in a dialog that says the candidate keeps their place; the grant goes at once to the next
 * candidate of the ranking (draw-down), and the withdrawn candidate stays where the ranking put them.
 */
test('the office withdraws a pending offer with a reason and the grant is drawn down to the next candidate', async ({
  page,
}) => {
  await loginAs(page, 'tutoring-office');
  const calls = (await (await page.request.get('/api/calls')).json()) as {
    items: Array<{ id: string; code: string }>;
  };
  const call = calls.items.find((c) => c.code === PAST_CALL_CODE);
  expect(call, 'the demo past call').toBeTruthy();
  await page.goto(`/calls/${call?.id}/rankings`);
  await waitForPage(page);
  await page.getByRole('link', { name: 'Offerte e scorrimento' }).first().click();
  await waitForPage(page);
  await expect(page).toHaveURL(/\/rankings\/[^/]+\/offers$/);

  const rows = page.getByTestId('office-offer');
  await expect(rows.first()).toBeVisible();
  const before = await rows.count();
  const target = rows
    .filter({ hasNotText: 'Lorusso Giulia' })
    .filter({ hasText: 'In attesa di risposta' })
    .first();
  const name = (await target.getByRole('rowheader').innerText()).replace(/\s*\(.*\)$/, '');
  const order = page.getByRole('region', { name: 'La graduatoria per lo scorrimento' }).getByRole('listitem');
  const orderBefore = await order.allInnerTexts();
  await expectNoAxeViolations(page);

  await target.getByRole('button', { name: `Ritira l’offerta a ${name}` }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByText(/conserva la sua posizione in graduatoria/)).toBeVisible();
  await expectNoAxeViolations(page);
  // The reason is required: nothing is sent without it.
  await dialog.getByRole('button', { name: 'Sì, ritira l’offerta' }).click();
  await expect(dialog.getByText('Scrivi la motivazione del ritiro.').first()).toBeVisible();
  await dialog
    .getByLabel('Motivazione (obbligatoria)')
    .fill('Il candidato ha comunicato di aver perso i requisiti');
  await dialog.getByRole('button', { name: 'Sì, ritira l’offerta' }).click();
  await expect(page.getByText(`Offerta a ${name} ritirata.`)).toBeVisible();

  const withdrawn = rows.filter({ hasText: name }).filter({ hasText: 'Ritirata' });
  await expect(withdrawn).toHaveCount(1);
  // The grant went at once to the next candidate: one more offer, a draw-down, waiting for its answer.
  await expect(rows).toHaveCount(before + 1);
  await expect(rows.last().getByText('Scorrimento')).toBeVisible();
  await expect(rows.last().getByText('In attesa di risposta')).toBeVisible();
  // Not a refusal: the withdrawn candidate keeps their place in the ranking.
  expect(await order.allInnerTexts()).toEqual(orderBefore);
  await expectNoAxeViolations(page);

  // Stored: after a reload the offer still reads withdrawn and cannot be withdrawn again.
  await page.reload();
  await waitForPage(page);
  await expect(withdrawn).toHaveCount(1);
  await expect(withdrawn.getByRole('button', { name: /^Ritira/ })).toHaveCount(0);
});

import type { Locator, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, loginAs, test, waitForPage } from './support/fixtures.ts';

/**
 * The demo's DMMM call (server/demo/call-exhausted.ts): two definitive rankings in use. Position A's (tutorato
 * didattico) is exhausted, its one candidate having refused; position B's (tutorato informativo) has offered its
 * one grant to its winner, and two candidates are left whom their own ranking does not place.
 */
const CALL_CODE = 'POLIBA-DMMM-TUT-2025';
const RANKING_A = /^Tutorato didattico — /;
const RANKING_B = /^Tutorato informativo — /;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A candidate's row in a ranking's table of the office's rankings page: place, name, outcome. */
const entryOf = async (row: Locator) => ({
  place: ((await row.locator('td').first().textContent()) ?? '').trim(),
  name: ((await row.getByRole('rowheader').textContent()) ?? '').trim(),
  outcome: ((await row.locator('td').nth(3).textContent()) ?? '').trim(),
});

/** The draw-down order of a ranking's offers page, as names, and the excluded line if any. */
const drawDownOrder = async (page: Page) => {
  const order = page.getByRole('region', { name: 'La graduatoria per lo scorrimento' }).getByRole('listitem');
  await expect(order.first()).toBeVisible();
  return (await order.allInnerTexts()).map((text) => text.replace(/\s*\(.*\)$/, ''));
};

const openRankings = async (page: Page, callId: string) => {
  await page.goto(`/calls/${callId}/rankings`);
  await waitForPage(page);
  return {
    a: page.getByRole('region', { name: RANKING_A }),
    b: page.getByRole('region', { name: RANKING_B }),
  };
};

test('the office offers the grant of an exhausted ranking to a candidate of another ranking, who keeps their own place', async ({
  page,
}) => {
  await loginAs(page, 'tutoring-office');
  const calls = (await (await page.request.get('/api/calls')).json()) as {
    items: Array<{ id: string; code: string }>;
  };
  const call = calls.items.find((c) => c.code === CALL_CODE);
  expect(call, 'the demo DMMM call').toBeTruthy();
  const callId = call?.id ?? '';

  // Position B's ranking: a winner and two candidates placed by nobody; the spec picks the lower of them by name.
  let rankings = await openRankings(page, callId);
  const heading = (await rankings.b.getByRole('heading', { level: 2 }).textContent()) ?? '';
  const bTitle = heading.replace(/\s*In uso\s*$/, '').trim();
  const bRows = rankings.b.getByTestId('office-entry');
  await expect(bRows).toHaveCount(3);
  const idonei = bRows.filter({ hasText: 'Idoneo' });
  await expect(idonei).toHaveCount(2);
  const chosen = await entryOf(idonei.last());
  expect(chosen.place).toMatch(/^\d+$/);
  await rankings.b.getByRole('link', { name: 'Offerte e scorrimento' }).click();
  await waitForPage(page);
  const bOrderBefore = await drawDownOrder(page);
  expect(bOrderBefore).toContain(chosen.name);

  // Position A's offers page, reached from the call's rankings: exhausted, its one offer refused.
  rankings = await openRankings(page, callId);
  await rankings.a.getByRole('link', { name: 'Offerte e scorrimento' }).click();
  await waitForPage(page);
  await expect(page).toHaveURL(/\/rankings\/[^/]+\/offers$/);
  await expect(page.getByText(/La graduatoria è esaurita: nessun candidato può ricevere/)).toBeVisible();
  await expect(page.getByText('Resta 1 assegno senza offerta.', { exact: false })).toBeVisible();
  const rows = page.getByTestId('office-offer');
  await expect(rows).toHaveCount(1);
  await expect(rows.filter({ hasText: 'Rifiutata' })).toHaveCount(1);
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Scegli un candidato da un’altra graduatoria' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('heading', { name: /candidato di un’altra graduatoria/ })).toBeVisible();
  await expect(
    dialog.getByText(
      /l’accettazione vale come consenso, il rifiuto non cambia la sua posizione nella sua graduatoria/,
    ),
  ).toBeVisible();
  const group = dialog.getByRole('group', { name: 'Candidato (migliore punteggio per primo)' });
  const items = group.getByTestId('other-candidate');
  await expect(items.first()).toBeVisible();
  // Grouped by ranking: each group's legend names the ranking and its call once; inside, best score first, each
  // line with the candidate's place and score and a link to their ranking (no call title repeated on each line).
  const rankingGroups = group.getByTestId('other-ranking-group');
  for (const rankingGroup of await rankingGroups.all()) {
    const texts = await rankingGroup.getByTestId('other-candidate').allInnerTexts();
    const scores = texts.map((text) => Number(/punti ([\d.,]+)/.exec(text)?.[1]?.replace(',', '.')));
    expect(scores.every((s) => Number.isFinite(s))).toBe(true);
    expect(scores).toEqual([...scores].sort((x, y) => y - x));
  }
  const bGroup = group.getByRole('group', { name: new RegExp(`^${escapeRegExp(bTitle)} Bando: `) });
  await expect(bGroup).toHaveCount(1);
  const callTitle = ((await bGroup.locator('legend span').textContent()) ?? '').replace(/^Bando: /, '');
  expect(callTitle.length).toBeGreaterThan(0);
  const item = bGroup
    .getByTestId('other-candidate')
    .filter({ hasText: new RegExp(`^${escapeRegExp(chosen.name)} \\(`) });
  await expect(item).toHaveCount(1);
  await expect(item).toContainText(`${chosen.place}° posto`);
  await expect(item).not.toContainText(callTitle);
  await expect(item).not.toContainText(bTitle);
  await expect(item.getByRole('link', { name: 'Vedi la graduatoria' })).toHaveAttribute(
    'href',
    `/calls/${callId}/rankings`,
  );
  // Nothing is offered before a candidate is chosen.
  const confirm = dialog.getByRole('button', { name: 'Offri l’assegno' });
  await expect(confirm).toBeDisabled();
  await expectNoAxeViolations(page);

  // On a phone the list wraps inside the dialog: neither the ranking's legend nor the chosen candidate's line is cut.
  const desktop = page.viewportSize();
  await page.setViewportSize({ width: 375, height: 812 });
  for (const shown of [item, bGroup.locator('legend')]) {
    const box = await shown.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 375).toBe(true);
  }
  // From the keyboard: Tab reaches the candidates' radio group, the arrows move the choice.
  const radios = group.getByRole('radio');
  await radios.first().focus();
  await page.keyboard.press('ArrowDown');
  await expect(radios.nth(1)).toBeChecked();
  await expect(radios.nth(1)).toBeFocused();
  if (desktop) await page.setViewportSize(desktop);

  // The radio is drawn by its label (bootstrap-italia), which is what a person clicks.
  await item.locator('label').click();
  await expect(item.getByRole('radio')).toBeChecked();
  await confirm.click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Offerta fatta al candidato dell’altra graduatoria.')).toBeVisible();
  const offer = rows.filter({ hasText: chosen.name });
  await expect(rows).toHaveCount(2);
  await expect(offer).toHaveCount(1);
  await expect(offer).toContainText(`Da altra graduatoria da «${bTitle}»`);
  await expect(offer).toContainText('In attesa di risposta');
  await expect(page.getByRole('button', { name: 'Scegli un candidato da un’altra graduatoria' })).toHaveCount(
    0,
  );
  await expectNoAxeViolations(page);

  // Position B's ranking, as the office sees it: the candidate's place and outcome are as they were, and B's own
  // draw-down still has them where it had them (not excluded: this was not an offer of their ranking).
  await page.getByRole('link', { name: 'Torna alle graduatorie del bando' }).click();
  await waitForPage(page);
  const after = page.getByRole('region', { name: RANKING_B });
  const row = after.getByTestId('office-entry').filter({ hasText: chosen.name });
  expect(await entryOf(row)).toEqual(chosen);
  await after.getByRole('link', { name: 'Offerte e scorrimento' }).click();
  await waitForPage(page);
  expect(await drawDownOrder(page)).toEqual(bOrderBefore);
  await expect(page.getByText(/^Esclusi/)).toHaveCount(0);
});

import type { Page } from '@playwright/test';
import { DEMO_TIE_ACTIVITY } from '../server/demo/applications.ts';
import { pdfText } from '../server/documents/pdf-text.ts';
import { setServerClock } from './support/clock.ts';
import { expect, expectNoAxeViolations, loginAs, test, waitForPage } from './support/fixtures.ts';

/**
 * Issue 4 end to end on the Bari demo call: the call closes, the committee computes the career scores and scores
 * the committee criteria of one ranking group's candidates, the office computes the rankings, finds the group's
 * tie (two demo candidates with the same career and birth date, given the same committee scores) and orders it
 * through the tie dialog with the keyboard, publishes (the public order follows the office's), the public page and PDF show no names or birth dates, the appeal window passes, the decree makes the
 * ranking definitive. It moves the server's clock (decision 009), so it runs in the `time-travel` project.
 */

interface Reply<T> {
  status: number;
  body: T;
}

/** The API from the page, with the session's cookie and CSRF token, as the web app calls it. */
const api = async <T>(page: Page, method: string, path: string, body?: unknown): Promise<Reply<T>> =>
  page.evaluate(
    async ({ method, path, body }) => {
      const session = await (await fetch('/api/session', { credentials: 'same-origin' })).json();
      const response = await fetch(path, {
        method,
        credentials: 'same-origin',
        headers: {
          accept: 'application/json',
          'x-csrf-token': session.csrfToken,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: response.status, body: await response.json().catch(() => null) };
    },
    { method, path, body },
  );

interface Row {
  id: string;
  protocolNumber: string;
  studentId: string;
  givenName: string;
  familyName: string;
  programmeType: string | null;
  positions: Array<{ positionId: string; activityType: string; unitName: string; preference: number }>;
}
interface Scores {
  criteria: Array<{ criterionId: string; assessedBy: string; status: string }>;
  exclusion: { excluded: boolean } | null;
}

/** Nothing sticks out sideways at 375 px (wide tables scroll inside their own box). */
const fitsPhone = async (page: Page) => {
  await page.setViewportSize({ width: 375, height: 812 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await page.setViewportSize({ width: 1280, height: 800 });
};

/** Another person on the same browser: the previous session is dropped first (or it has expired with the clock). */
const switchTo = async (page: Page, role: Parameters<typeof loginAs>[1]) => {
  await page.context().clearCookies();
  await loginAs(page, role);
};

const romeDate = (at: Date) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome', dateStyle: 'short' }).format(at);
const italianDate = (iso: string) => iso.slice(0, 10).split('-').reverse().join('/');
const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test.setTimeout(300_000);
const started = Date.now();
const step = (what: string) => {
  if (process.env.E2E_TIMING) console.log(`${Math.round((Date.now() - started) / 1000)} s ${what}`);
};

test('a committee session on the Bari call up to the definitive ranking, published without personal data', async ({
  page,
}) => {
  try {
    // The office finds the demo call and when it closes.
    await loginAs(page, 'tutoring-office');
    await page.goto('/calls');
    await waitForPage(page);
    await page
      .getByRole('table')
      .getByRole('link', { name: /10 assegni/ })
      .click();
    await expect(page).toHaveURL(/\/calls\/[0-9a-f-]{36}$/);
    const callId = page.url().split('/').pop() as string;
    const call = await api<{ closesAt: string }>(page, 'GET', `/api/calls/${callId}`);
    expect(call.status).toBe(200);

    // The demo's tie: among the confirmed candidates of the position scored below, two born the same day (the
    // demo gave them the same career too). Birth dates are the office's to read, so they are found now.
    const confirmed = await api<{
      items: Array<{
        id: string;
        studentId: string;
        status: string;
        positions: Array<{ activityType: string }>;
      }>;
    }>(page, 'GET', `/api/calls/${callId}/applications?pageSize=100`);
    expect(confirmed.status).toBe(200);
    const birthDateOf = new Map<string, string>();
    for (const application of confirmed.body.items) {
      if (application.status !== 'confirmed') continue;
      if (!application.positions.some((p) => p.activityType === DEMO_TIE_ACTIVITY)) continue;
      const student = await api<{ birthDate: string | null }>(
        page,
        'GET',
        `/api/students/${application.studentId}`,
      );
      expect(student.status).toBe(200);
      if (student.body.birthDate) birthDateOf.set(application.id, student.body.birthDate);
    }
    const sameDay = [...birthDateOf].filter(
      ([id, date]) => [...birthDateOf].filter(([other, d]) => other !== id && d === date).length > 0,
    );
    expect(sameDay, 'the demo holds two candidates born the same day in the tie position').toHaveLength(2);
    const twinIds = sameDay.map(([id]) => id);

    step('0');
    // The day after the closing at 10:00 Rome time: applications are closed, the committee can score.
    const afterClosing = new Date(Date.parse(call.body.closesAt) + 22 * 3_600_000);
    await setServerClock(page, afterClosing.toISOString());

    step('1');
    // A committee member declares no conflict (unless an earlier spec did) and computes the career scores.
    await switchTo(page, 'committee-member');
    await page.goto(`/committee/${callId}`);
    await waitForPage(page);
    const declare = page.getByRole('button', { name: 'Rendi la dichiarazione' });
    if (await declare.isVisible()) {
      await page.locator('label', { hasText: 'Dichiaro di non trovarmi in situazioni di conflitto' }).click();
      await declare.click();
      await expect(page.getByText(/^Resa il /)).toBeVisible();
    }
    step('2');
    await page.getByRole('button', { name: 'Calcola i punteggi dalla carriera' }).click();
    const computed = page.getByRole('status').filter({ hasText: 'Domande esaminate' });
    await expect(computed).toContainText(/Domande esaminate: \d+\. Punteggi calcolati: \d+/);
    await expectNoAxeViolations(page);
    await fitsPhone(page);

    step('3');
    // The ranking group scored in the UI: the position of the demo's tie.
    const rows = (
      await api<{ items: Row[] }>(page, 'GET', `/api/committee/calls/${callId}/applications?pageSize=200`)
    ).body.items;
    const byPosition = new Map<string, { activityType: string; unitName: string; rows: Row[] }>();
    for (const row of rows)
      for (const p of row.positions) {
        const group = byPosition.get(p.positionId) ?? {
          activityType: p.activityType,
          unitName: p.unitName,
          rows: [],
        };
        group.rows.push(row);
        byPosition.set(p.positionId, group);
      }
    const group = [...byPosition.values()].find((g) => g.activityType === DEMO_TIE_ACTIVITY);
    if (!group) throw new Error(`no ranking group for ${DEMO_TIE_ACTIVITY} in the demo data`);
    const twins = twinIds.map((id) => group.rows.find((r) => r.id === id) as Row);
    expect(twins.every(Boolean)).toBe(true);
    // Each candidate gets its own committee scores, but the twins share the first twin's.
    const scoreIndex = (row: Row, k: number) =>
      twinIds.includes(row.id) ? group.rows.findIndex((r) => twinIds.includes(r.id)) : k;

    step('4');
    for (const [k, row] of group.rows.entries()) {
      const scores = await api<Scores>(
        page,
        'GET',
        `/api/committee/calls/${callId}/applications/${row.id}/scores`,
      );
      if (scores.body.exclusion?.excluded) continue;
      // A career the rules cannot compute would leave the candidate awaiting scores: the committee excludes them.
      if (scores.body.criteria.some((c) => c.status === 'not-computable')) {
        const excluded = await api(
          page,
          'POST',
          `/api/committee/calls/${callId}/applications/${row.id}/exclusion`,
          {
            excluded: true,
            reasonText: 'Carriera non verificabile alla data di riferimento.',
          },
        );
        expect(excluded.status).toBe(200);
        continue;
      }
      await page.goto(`/committee/${callId}`);
      await waitForPage(page);
      await page.getByRole('link', { name: `Punteggi della domanda ${row.protocolNumber}` }).click();
      await waitForPage(page);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(
        `Punteggi della domanda ${row.protocolNumber}`,
      );
      const forms = page.getByRole('form', { name: /^Punteggio per / });
      const count = await forms.count();
      expect(count).toBeGreaterThanOrEqual(4);
      for (let i = 0; i < count; i++) {
        const form = forms.nth(i);
        // Different totals per candidate, a decimal comma as the committee writes it.
        const n = scoreIndex(row, k);
        await form
          .getByLabel(/^Punti \(massimo/)
          .fill(i === 0 ? `${1 + Math.floor(n / 2)},${n % 2 === 0 ? '5' : '0'}` : '1');
        await form.getByLabel('Motivazione').fill(`Titoli dichiarati, valutazione ${i + 1}.`);
        await form.getByRole('button', { name: 'Salva punteggio' }).click();
        await expect(form.getByRole('status')).toHaveText('Punteggio salvato.');
      }
      await expect(page.getByText('tutti i criteri valutati')).toBeVisible();
      if (k === 0) await expectNoAxeViolations(page);
    }

    step('5');
    // The office computes the rankings, orders any tie, publishes the group's provisional ranking.
    await switchTo(page, 'tutoring-office');
    await page.goto(`/calls/${callId}`);
    await waitForPage(page);
    await page.getByRole('link', { name: 'Graduatorie', exact: true }).click();
    await expect(page).toHaveURL(/\/calls\/[0-9a-f-]{36}\/rankings$/);
    await waitForPage(page);
    await page.getByRole('button', { name: /^(Calcola|Ricalcola) le graduatorie$/ }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Graduatorie calcolate' })).toContainText(
      /Graduatorie calcolate: [1-9]\d*\./,
    );
    const card = page.getByRole('region', {
      name: new RegExp(`^${literal(`${group.activityType} — ${group.unitName}`)} \\(`),
    });
    await expect(card).toBeVisible();
    await expect(card.getByText('Bozza', { exact: true })).toBeVisible();
    const names = await card.getByRole('rowheader').allInnerTexts();
    expect(names).toHaveLength(group.rows.length);
    for (const row of group.rows) expect(names).toContain(`${row.familyName} ${row.givenName}`);
    await expectNoAxeViolations(page);
    await fitsPhone(page);

    step('6');
    // The twins stay equal after the total, younger-first and career merit: the office sees the tie, never broken.
    const computedRankings = await api<{
      items: Array<{
        id: string;
        tieGroups: Array<{ place: number; applicationIds: string[] }>;
        entries: Array<{ applicationId: string }>;
      }>;
    }>(page, 'GET', `/api/calls/${callId}/rankings`);
    const tie = computedRankings.body.items
      .flatMap((r) => r.tieGroups)
      .find((g) => g.applicationIds.length === 2 && twinIds.every((id) => g.applicationIds.includes(id)));
    if (!tie) throw new Error('the twins are not shown as a tie');
    await expect(
      card.getByText(`Posizione ${tie.place}: 2 candidati a pari merito dopo ogni criterio di precedenza.`),
    ).toBeVisible();
    const dialogName = (id: string) => {
      const row = twins.find((r) => r.id === id) as Row;
      return `${row.familyName} ${row.givenName} (${row.protocolNumber})`;
    };
    const [listedFirst, listedSecond] = tie.applicationIds as [string, string];
    // With the keyboard: open the dialog, move the first listed twin down, refuse to save without a note, save.
    await card.getByRole('button', { name: `Stabilisci l’ordine (posizione ${tie.place})` }).focus();
    await page.keyboard.press('Enter');
    const tieDialog = page.getByRole('dialog');
    await expect(tieDialog.getByText(`Ex aequo alla posizione ${tie.place}`)).toBeVisible();
    await expect(tieDialog.getByRole('listitem')).toHaveText([
      new RegExp(`^${tie.place}\\. ${literal(dialogName(listedFirst))}`),
      new RegExp(`^${tie.place + 1}\\. ${literal(dialogName(listedSecond))}`),
    ]);
    await expectNoAxeViolations(page);
    await tieDialog.getByRole('button', { name: `Sposta giù ${dialogName(listedFirst)}` }).focus();
    await page.keyboard.press('Enter');
    await expect(tieDialog.getByRole('listitem')).toHaveText([
      new RegExp(`^${tie.place}\\. ${literal(dialogName(listedSecond))}`),
      new RegExp(`^${tie.place + 1}\\. ${literal(dialogName(listedFirst))}`),
    ]);
    // The keyboard stays on the moved candidate, now last: on its other button.
    await expect(
      tieDialog.getByRole('button', { name: `Sposta su ${dialogName(listedFirst)}` }),
    ).toBeFocused();
    await expect(tieDialog.getByText(`${dialogName(listedFirst)} ora in posizione 2.`)).toBeAttached();
    const note = tieDialog.getByLabel('Motivazione');
    await note.focus();
    await page.keyboard.press('Enter');
    await expect(tieDialog.getByText('Scrivi la motivazione dell’ordine.').first()).toBeVisible();
    await expect(note).toBeFocused();
    await page.keyboard.type('Sorteggio pubblico del giorno, verbale n. 2.');
    await page.keyboard.press('Enter');
    await expect(
      page
        .getByRole('status')
        .filter({ hasText: `Ordine dell’ex aequo alla posizione ${tie.place} registrato` }),
    ).toBeVisible();
    await expect(tieDialog).toHaveCount(0);
    // The office's table follows the chosen order.
    const officeOrder = await card.getByRole('rowheader').allInnerTexts();
    const nameOf = (id: string) => {
      const row = twins.find((r) => r.id === id) as Row;
      return `${row.familyName} ${row.givenName}`;
    };
    expect(officeOrder.indexOf(nameOf(listedSecond))).toBe(officeOrder.indexOf(nameOf(listedFirst)) - 1);

    // Any other tie the scores happened to make is ordered the same way.
    const resolve = card.getByRole('button', { name: /^Stabilisci l’ordine/ });
    while ((await resolve.count()) > 0) {
      await resolve.first().click();
      const dialog = page.getByRole('dialog');
      await dialog
        .getByRole('button', { name: /^Sposta giù/ })
        .first()
        .click();
      await dialog.getByLabel('Motivazione').fill('Sorteggio pubblico, verbale n. 2.');
      await dialog.getByRole('button', { name: 'Registra l’ordine' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'registrato' })).toBeVisible();
      await expect(dialog).toHaveCount(0);
    }

    await card.getByRole('button', { name: 'Pubblica la graduatoria provvisoria' }).click();
    const confirm = page.getByRole('dialog');
    await expect(confirm).toContainText('senza nomi né date di nascita');
    await confirm.getByRole('button', { name: 'Pubblica', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Graduatoria pubblicata' })).toContainText(
      /Segnalazioni fino al \d{2}\/\d{2}\/\d{4}, 23:59 \(ora di Roma\)/,
    );
    await expect(card.getByText('Provvisoria', { exact: true })).toBeVisible();
    await expect(card.getByText('Nessuna segnalazione.')).toBeVisible();
    await expectNoAxeViolations(page);
    const publicHref = (await card
      .getByRole('link', { name: 'Pagina pubblica' })
      .getAttribute('href')) as string;
    const rankingId = publicHref.split('/').pop() as string;
    const ranking = await api<{ appealsCloseAt: string; entries: unknown[] }>(
      page,
      'GET',
      `/api/rankings/${rankingId}`,
    );
    const birthDates: string[] = [];
    for (const row of group.rows) {
      const student = await api<{ birthDate: string | null }>(page, 'GET', `/api/students/${row.studentId}`);
      expect(student.status).toBe(200);
      if (student.body.birthDate) birthDates.push(student.body.birthDate);
    }
    expect(birthDates.length).toBeGreaterThan(0);
    const twinProtocols = [listedSecond, listedFirst].map(
      (id) => (twins.find((r) => r.id === id) as Row).protocolNumber,
    );

    /** What the public sees must hold none of the names the office saw, nor their birth dates. */
    const expectNoPersonalData = (text: string) => {
      for (const row of group.rows) {
        expect(text).not.toContain(row.familyName);
        expect(text).not.toContain(`${row.familyName} ${row.givenName}`);
      }
      for (const date of birthDates) {
        expect(text).not.toContain(date);
        expect(text).not.toContain(italianDate(date));
      }
    };

    step('7');
    // The public page and the PDF, without login.
    await page.context().clearCookies();
    await page.goto(publicHref);
    await waitForPage(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Graduatoria provvisoria' })).toBeVisible();
    await expect(page.getByTestId('ranking-entry')).toHaveCount(ranking.body.entries.length);
    await expect(page.getByTestId('ranking-entry').first()).toContainText(/\d{4}\/\d{6}/);
    // The published order is the office's: the twin moved up comes right before the other.
    const published = await page.getByTestId('ranking-entry').allInnerTexts();
    const at = (protocol: string) => published.findIndex((text) => text.includes(protocol));
    expect(at(twinProtocols[0] as string)).toBeGreaterThanOrEqual(0);
    expect(at(twinProtocols[1] as string)).toBe(at(twinProtocols[0] as string) + 1);
    expectNoPersonalData((await page.locator('body').textContent()) ?? '');
    const pdf = await page.request.get(`/api/public/rankings/${rankingId}/pdf`);
    expect(pdf.headers()['content-type']).toContain('application/pdf');
    const pdfBody = pdfText(await pdf.body());
    expect(pdfBody).toContain(group.rows[0]?.protocolNumber);
    expectNoPersonalData(pdfBody);

    step('8');
    // Past the appeal window (it ends at the Rome midnight stored as appealsCloseAt), the decree.
    const afterAppeals = new Date(Date.parse(ranking.body.appealsCloseAt) + 10 * 3_600_000);
    await setServerClock(page, afterAppeals.toISOString());
    await switchTo(page, 'tutoring-office');
    await page.goto(`/calls/${callId}/rankings`);
    await waitForPage(page);
    const approve = card.getByRole('form', { name: 'Approvazione della graduatoria definitiva' });
    const decreeDate = romeDate(afterAppeals);
    await approve.getByLabel('Numero del decreto').fill('345/2026');
    await approve.getByLabel('Data del decreto').fill(decreeDate);
    await approve.getByRole('button', { name: 'Approva come definitiva' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Graduatoria approvata' })).toHaveText(
      `Graduatoria approvata come definitiva con decreto n. 345/2026 del ${italianDate(decreeDate)}.`,
    );
    await expect(card.getByText('Definitiva', { exact: true })).toBeVisible();
    await expect(card.getByText(`n. 345/2026 del ${italianDate(decreeDate)}`)).toBeVisible();
    await expectNoAxeViolations(page);

    await page.context().clearCookies();
    await page.goto(publicHref);
    await waitForPage(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Graduatoria definitiva' })).toBeVisible();
    await expect(
      page.getByText(`Approvata con decreto n. 345/2026 del ${italianDate(decreeDate)}.`),
    ).toBeVisible();
    expectNoPersonalData((await page.locator('body').textContent()) ?? '');
    step('9');
  } finally {
    await setServerClock(page, null);
  }
});

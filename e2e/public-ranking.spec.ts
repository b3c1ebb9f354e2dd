import type { Browser } from '@playwright/test';
import { DEMO_PAST_CALL_CODE } from '../server/demo/call-past.ts';
import { pdfText } from '../server/documents/pdf-text.ts';
import { expect, expectNoAxeViolations, loginAs, test, waitForPage } from './support/fixtures.ts';

/**
 * The public ranking on real data: the demo's DEI call of the first semester went through the whole selection when
 * the demo loaded, so its ranking is published, approved by decree and in use. An anonymous visitor finds the call
 * among the public calls, reaches its ranking (its address from the public API, as any site linking it would), and
 * reads candidates by protocol number only: none of the names the office sees for the same ranking.
 */

interface OfficeEntry {
  protocolNumber: string;
  familyName: string;
  givenName: string;
}

/** What the office sees of the ranking, names included, from its own session. */
const officeView = async (browser: Browser, rankingId: string) => {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await loginAs(page, 'tutoring-office');
    const reply = await page.request.get(`/api/rankings/${rankingId}`);
    expect(reply.status()).toBe(200);
    return (await reply.json()) as { decreeNumber: string; entries: OfficeEntry[] };
  } finally {
    await context.close();
  }
};

test('an anonymous visitor finds and reads the definitive ranking of a past call, pseudonymised, and its PDF', async ({
  page,
  browser,
}) => {
  const calls = await page.request.get('/api/public/calls');
  expect(calls.status()).toBe(200);
  const call = ((await calls.json()).items as Array<{ id: string; code: string; title: string }>).find(
    (c) => c.code === DEMO_PAST_CALL_CODE,
  );
  if (!call) throw new Error(`the demo call ${DEMO_PAST_CALL_CODE} is not public`);

  // The call is among the public calls a visitor browses, without logging in.
  await page.goto('/bandi');
  await waitForPage(page);
  await expect(page.getByText(call.title, { exact: true }).first()).toBeVisible();

  const listed = await page.request.get(`/api/public/rankings?callId=${call.id}`);
  expect(listed.status()).toBe(200);
  const [summary] = (await listed.json()).items as Array<{ id: string; status: string }>;
  if (!summary) throw new Error('the demo past call has no published ranking');
  expect(summary.status).toBe('in-use');
  const office = await officeView(browser, summary.id);
  expect(office.entries.length).toBeGreaterThanOrEqual(2);

  await page.goto(`/graduatorie/${summary.id}`);
  await waitForPage(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Graduatoria definitiva' })).toBeVisible();
  await expect(page.getByText(call.title, { exact: true })).toBeVisible();
  await expect(page.getByText(/^Approvata con decreto .* del \d{2}\/\d{2}\/\d{4}\.$/)).toContainText(
    office.decreeNumber,
  );
  await expect(page.getByRole('columnheader', { name: 'Protocollo della domanda' })).toBeVisible();

  // One line per candidate the office ranks, each identified by its application's protocol number.
  const rows = page.getByTestId('ranking-entry');
  await expect(rows).toHaveCount(office.entries.length);
  const candidates = await rows.locator('td:nth-child(2)').allInnerTexts();
  for (const candidate of candidates) expect(candidate).toMatch(/^\d{4}\/\d{6}$/);
  expect([...candidates].sort()).toEqual(office.entries.map((e) => e.protocolNumber).sort());
  await expect(rows.filter({ hasText: 'Vincitore' })).not.toHaveCount(0);

  /** None of the names the office sees for this ranking. */
  const expectNoNames = (text: string) => {
    for (const entry of office.entries) {
      expect(text).not.toContain(entry.familyName);
      expect(text).not.toContain(`${entry.givenName} ${entry.familyName}`);
    }
  };
  expectNoNames((await page.locator('body').textContent()) ?? '');
  await expectNoAxeViolations(page);

  // The PDF behind the page's link: the same protocol numbers, no names.
  const link = page.getByRole('link', { name: /Scarica la graduatoria in PDF/ });
  const href = (await link.getAttribute('href')) as string;
  expect(href).toBe(`/api/public/rankings/${summary.id}/pdf`);
  const pdf = await page.request.get(href);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toContain('application/pdf');
  const text = pdfText(await pdf.body());
  for (const entry of office.entries) expect(text).toContain(entry.protocolNumber);
  expectNoNames(text);

  // On a phone: accessible, nothing sticking out sideways.
  await page.setViewportSize({ width: 375, height: 800 });
  await expectNoAxeViolations(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
});

import { expect, expectNoAxeViolations, test, waitForPage } from './support/fixtures.ts';

const ID = '00000000-0000-4000-8000-0000000000a1';

/**
 * The public ranking page as an anonymous visitor reads it. The demo data holds no published ranking (scores come
 * from the committee), so the API's answer is the one the server gives for a provisional ranking (see
 * server/features/rankings/rankings.test.ts for how it is built); the page, its table and axe are real.
 */
test('an anonymous visitor reads a provisional ranking by protocol number, with no names, accessible', async ({
  page,
}) => {
  await page.route(`**/api/public/rankings/${ID}`, (route) =>
    route.fulfill({
      json: {
        id: ID,
        callId: '00000000-0000-4000-8000-0000000000c1',
        callCode: 'TUT-2025',
        callTitle: 'Assegni di tutorato 2025/26',
        title: 'Tutorato informativo — DEI (LM)',
        status: 'provisional',
        publishedAt: '2026-05-04T08:00:00.000Z',
        appealsCloseAt: '2026-05-14T22:00:00.000Z',
        decreeNumber: null,
        decreeDate: null,
        identifiedBy: 'protocol-number',
        entries: [
          { place: 1, candidate: '2026/000901', total: '30,00', outcome: 'winner', tieGroup: null },
          { place: 2, candidate: '2026/000903', total: '29,00', outcome: 'eligible', tieGroup: 1 },
          { place: 2, candidate: '2026/000902', total: '29,00', outcome: 'eligible', tieGroup: 1 },
          { place: null, candidate: '2026/000904', total: null, outcome: 'excluded', tieGroup: null },
        ],
      },
    }),
  );
  await page.goto(`/graduatorie/${ID}`);
  await waitForPage(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Graduatoria provvisoria' })).toBeVisible();
  await expect(page.getByTestId('ranking-entry')).toHaveCount(4);
  await expect(page.getByTestId('appeals-close')).toContainText('14/05/2026, 23:59');
  await expect(page.getByRole('link', { name: /Scarica la graduatoria in PDF/ })).toHaveAttribute(
    'href',
    `/api/public/rankings/${ID}/pdf`,
  );
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 375, height: 800 });
  await expectNoAxeViolations(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
});

import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RankingOffers } from '../../../../api/offers.ts';
import type { RankingView } from '../../../../api/rankings.ts';
import { officeSession, renderApp } from '../../test/render-app.tsx';

const CALL_ID = '00000000-0000-4000-8000-0000000000c1';
const RANKING_ID = '00000000-0000-4000-8000-0000000000e1';
const POSITION_ID = '00000000-0000-4000-8000-0000000000f1';
const ids = ['a1', 'a2'].map((n) => `00000000-0000-4000-8000-0000000000${n}`);

const office = officeSession();

const ranking: RankingView = {
  id: RANKING_ID,
  callId: CALL_ID,
  groupKey: 'g1',
  title: 'Tutorato informativo — DEI (LM)',
  status: 'definitive',
  publishedAt: '2026-03-10T09:00:00.000Z',
  appealsCloseAt: '2026-03-20T23:00:00.000Z',
  decreeNumber: 'D.R. 1/2026',
  decreeDate: '2026-03-25',
  approvedAt: '2026-03-25T09:00:00.000Z',
  validUntil: '2027-03-24',
  version: 1,
  computedAt: '2026-03-09T09:00:00.000Z',
  positionIds: [POSITION_ID],
  entries: ['Lorusso Anna', 'Deluca Bruno'].map((name, n) => ({
    applicationId: ids[n] as string,
    protocolNumber: `2026/00000${n + 1}`,
    studentNumber: null,
    givenName: name.split(' ')[1] as string,
    familyName: name.split(' ')[0] as string,
    place: n + 1,
    totalHundredths: 3000 - n * 100,
    total: '30,00',
    outcome: n === 0 ? ('winner' as const) : ('eligible' as const),
    positionId: n === 0 ? POSITION_ID : null,
    tieGroup: null,
    awaitingScores: false,
    detail: {},
  })),
  tieGroups: [],
};

const before: RankingOffers = {
  rankingId: RANKING_ID,
  state: 'not-started',
  vacant: [],
  ties: [],
  order: ids,
  excluded: [],
  items: [],
  canDrawFromOtherRankings: false,
  returnedHours: [],
};

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("the office's offers of a ranking", () => {
  it('starts the offers after a confirmation and lists them with the last day to answer', async () => {
    let view = before;
    let current = ranking;
    const { fetchMock } = renderApp(`/calls/${CALL_ID}/rankings/${RANKING_ID}/offers`, {
      'GET /api/session': () => ({ status: 200, body: office }),
      [`GET /api/rankings/${RANKING_ID}`]: () => ({ status: 200, body: current }),
      [`GET /api/rankings/${RANKING_ID}/offers`]: () => ({ status: 200, body: view }),
      [`POST /api/rankings/${RANKING_ID}/offers`]: () => {
        current = { ...ranking, status: 'in-use' };
        view = {
          ...before,
          state: 'waiting',
          items: [
            {
              id: '00000000-0000-4000-8000-000000000101',
              sequence: 1,
              applicationId: ids[0] as string,
              protocolNumber: '2026/000001',
              givenName: 'Anna',
              familyName: 'Lorusso',
              positionId: POSITION_ID,
              activityType: 'Tutorato informativo',
              grantNumber: 1,
              hours: 200,
              reason: 'winner',
              sourceRankingTitle: null,
              caps: null,
              status: 'pending',
              offeredAt: '2026-04-03T16:00:00.000Z',
              expiresAt: '2026-04-13T22:00:00.000Z',
              lastDay: '2026-04-13',
              reminderSentAt: null,
              closedAt: null,
            },
          ],
        };
        return { status: 200, body: view };
      },
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: /Offerte — Tutorato informativo/ }),
    ).toBeTruthy();
    expect(
      await screen.findByText('Nessuna offerta è stata ancora fatta da questa graduatoria.'),
    ).toBeTruthy();
    expect(screen.getByText('Le offerte di questa graduatoria non sono ancora state avviate.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Avvia le offerte' }));
    const dialog = await screen.findByRole('dialog');
    expect(fetchMock.mock.calls.some(([, init]) => init?.method === 'POST')).toBe(false);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Sì, invia le offerte' }));
    expect(await screen.findByText('È stata fatta 1 offerta.')).toBeTruthy();
    const row = await screen.findByRole('rowheader', { name: 'Lorusso Anna (2026/000001)' });
    const cells = within(row.closest('tr') as HTMLElement).getAllByRole('cell');
    expect(cells.map((c) => c.textContent)).toEqual([
      '1',
      'Tutorato informativo, assegno n. 1',
      'Vincitore',
      'In attesa di risposta',
      'lunedì 13 aprile 2026',
      'Ritira',
    ]);
    expect(screen.getByRole('link', { name: 'Scarica in Excel' }).getAttribute('href')).toBe(
      `/api/rankings/${RANKING_ID}/offers/export.xlsx`,
    );
    expect(await screen.findByRole('button', { name: 'Fai le offerte dovute' })).toBeTruthy();
  });

  it('says when the ranking is exhausted', async () => {
    renderApp(`/calls/${CALL_ID}/rankings/${RANKING_ID}/offers`, {
      'GET /api/session': () => ({ status: 200, body: office }),
      [`GET /api/rankings/${RANKING_ID}`]: () => ({ status: 200, body: { ...ranking, status: 'in-use' } }),
      [`GET /api/rankings/${RANKING_ID}/offers`]: () => ({
        status: 200,
        body: { ...before, state: 'exhausted', vacant: [{ positionId: POSITION_ID, vacant: 1 }], order: [] },
      }),
    });
    expect(
      await screen.findByText(/La graduatoria è esaurita.*Resta 1 assegno senza offerta\./),
    ).toBeTruthy();
  });
});

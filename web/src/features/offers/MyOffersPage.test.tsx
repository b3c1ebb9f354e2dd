import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { OwnOffer } from '../../../../api/offers.ts';
import type { Session } from '../../../../api/session.ts';
import { anonymousSession, renderApp } from '../../test/render-app.tsx';

const OFFER_ID = '00000000-0000-4000-8000-0000000000a1';

const student: Session = {
  ...anonymousSession,
  authenticated: true,
  csrfToken: 'session-token',
  person: {
    id: '00000000-0000-4000-8000-000000000002',
    displayName: 'Giulia Lorusso',
    locale: 'it',
    roles: [{ role: 'student', unitId: null, unitName: null, callId: null }],
  },
};

const pending: OwnOffer = {
  id: OFFER_ID,
  rankingId: '00000000-0000-4000-8000-0000000000b1',
  rankingTitle: 'Tutorato informativo — DEI (LM)',
  callId: '00000000-0000-4000-8000-0000000000c1',
  callTitle: 'Bando tutorato 2025/26',
  applicationId: '00000000-0000-4000-8000-0000000000d1',
  protocolNumber: '2026/000012',
  positionId: '00000000-0000-4000-8000-0000000000e1',
  activityType: 'Tutorato informativo',
  unitName: 'Dipartimento di Ingegneria Elettrica e dell’Informazione',
  hours: 200,
  amountCents: 300_000,
  reason: 'winner',
  sourceRankingTitle: null,
  caps: null,
  status: 'pending',
  offeredAt: '2026-04-03T16:00:00.000Z',
  expiresAt: '2026-04-13T22:00:00.000Z',
  lastDay: '2026-04-13',
  closedAt: null,
};

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("a candidate's offers", () => {
  it('shows the last day in Rome time and accepts only after the confirmation', async () => {
    let offer = pending;
    const { fetchMock } = renderApp('/offerte', {
      'GET /api/session': () => ({ status: 200, body: student }),
      'GET /api/offers': () => ({ status: 200, body: { items: [offer] } }),
      [`POST /api/offers/${OFFER_ID}/accept`]: () => {
        offer = { ...pending, status: 'accepted', closedAt: '2026-04-07T08:00:00.000Z' };
        return { status: 200, body: offer };
      },
    });
    const card = await screen.findByRole('region', { name: /Tutorato informativo — Dipartimento/ });
    expect(
      within(card).getByText('Rispondi entro le 23:59 di lunedì 13 aprile 2026 (ora di Roma).'),
    ).toBeTruthy();
    expect(within(card).getByText('In attesa di risposta')).toBeTruthy();
    expect(within(card).getByText(/3000,00\s€|3\.000,00\s€/)).toBeTruthy();

    fireEvent.click(within(card).getByRole('button', { name: 'Accetta l’assegno' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/L’accettazione è definitiva/)).toBeTruthy();
    // Nothing is sent until the candidate confirms.
    expect(fetchMock.mock.calls.some(([, init]) => init?.method === 'POST')).toBe(false);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Sì, accetto' }));
    expect(await screen.findByText('Hai accettato l’assegno «Tutorato informativo».')).toBeTruthy();
    expect(await screen.findByText('Accettata')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Accetta l’assegno' })).toBeNull();
  });

  it('shows the server’s refusal of a late answer in the dialog, and the offer as it now is', async () => {
    let offer = pending;
    renderApp('/offerte', {
      'GET /api/session': () => ({ status: 200, body: student }),
      'GET /api/offers': () => ({ status: 200, body: { items: [offer] } }),
      [`POST /api/offers/${OFFER_ID}/refuse`]: () => {
        offer = { ...pending, status: 'expired', closedAt: '2026-04-13T22:00:00.000Z' };
        return {
          status: 409,
          body: {
            type: 'urn:affianco:problem:offer-expired',
            title:
              "Il termine per rispondere all'offerta è scaduto alle 23:59 del lunedì 13 aprile 2026 (ora di Roma): l'offerta non può più essere accettata né rifiutata.",
            status: 409,
            kind: 'offer-expired',
          },
        };
      },
    });
    const card = await screen.findByRole('region', { name: /Tutorato informativo/ });
    fireEvent.click(within(card).getByRole('button', { name: 'Rifiuta' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/in fondo alla graduatoria o escluso/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Sì, rifiuto' }));
    expect(await screen.findByText('Scaduta')).toBeTruthy();
    // The server's words stay on the page once the card shows the offer as expired.
    expect(screen.getByRole('alert').textContent).toMatch(/Il termine per rispondere all'offerta è scaduto/);
    expect(
      screen.getByText(/L’offerta è scaduta senza risposta alle 23:59 di lunedì 13 aprile 2026/),
    ).toBeTruthy();
  });

  it('says so when there is no offer', async () => {
    renderApp('/offerte', {
      'GET /api/session': () => ({ status: 200, body: student }),
      'GET /api/offers': () => ({ status: 200, body: { items: [] } }),
    });
    expect(await screen.findByText('Non hai offerte di assegni.')).toBeTruthy();
  });
});

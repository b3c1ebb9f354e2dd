import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Application, OpenCall } from '../../../../../api/applications.ts';
import type { OwnRanking } from '../../../../../api/rankings.ts';
import type { OwnApplicationScores } from '../../../../../api/scoring.ts';
import type { Session } from '../../../../../api/session.ts';
import { anonymousSession, renderApp } from '../../../test/render-app.tsx';

const student: Session = {
  ...anonymousSession,
  authenticated: true,
  csrfToken: 'session-token',
  person: {
    id: '00000000-0000-4000-8000-000000000001',
    displayName: 'Giulia Lorusso',
    locale: 'it',
    roles: [{ role: 'student', unitId: null, unitName: null, callId: null }],
  },
};

const CALL_ID = '00000000-0000-4000-8000-0000000000c1';
const APP_ID = '00000000-0000-4000-8000-0000000000a1';
const RANKING_ID = '00000000-0000-4000-8000-0000000000d1';

const confirmed: Application = {
  id: APP_ID,
  callId: CALL_ID,
  status: 'confirmed',
  positionIds: [],
  declaredTitles: {},
  contactEmail: null,
  protocolNumber: '2026/000007',
  confirmedAt: '2026-02-27T10:59:59.000Z',
  withdrawnAt: null,
  attachments: [],
};

const provisional: OwnRanking = {
  id: RANKING_ID,
  callId: CALL_ID,
  title: 'Tutorato informativo — DEI (LM)',
  status: 'provisional',
  publishedAt: '2026-05-04T08:00:00.000Z',
  // Exclusive end: midnight Rome at the start of 15 May, so the last day is 14 May.
  appealsCloseAt: '2026-05-14T22:00:00.000Z',
  appealWindowOpen: true,
  decreeNumber: null,
  decreeDate: null,
  validUntil: null,
  place: 3,
  total: '29,00',
  outcome: 'eligible',
  tied: false,
  awaitingScores: false,
};

const scores: OwnApplicationScores = {
  available: true,
  scores: {
    applicationId: APP_ID,
    callId: CALL_ID,
    protocolNumber: '2026/000007',
    candidateKind: 'master',
    hasRubric: true,
    criteria: [
      {
        criterionId: 'bachelor-grade',
        label: 'Voto di laurea triennale',
        assessedBy: 'computed',
        maxPoints: '20,00',
        status: 'scored',
        points: '18,00',
        source: 'computed',
        note: '',
        explanation: 'Voto 105/110: fascia 101-110, 18 punti.',
        scoredAt: '2026-04-20T08:00:00.000Z',
      },
      {
        criterionId: 'collaborations',
        label: 'Collaborazioni',
        assessedBy: 'committee',
        maxPoints: '8,00',
        status: 'scored',
        points: '2,50',
        source: 'committee',
        note: 'Rappresentante nel consiglio di dipartimento',
        explanation: null,
        scoredAt: '2026-04-20T08:00:00.000Z',
      },
    ],
    total: '20,50',
    rubricTotal: '60,00',
    complete: true,
    exclusion: null,
    final: false,
  },
};

const base = (overrides: Record<string, unknown> = {}) => ({
  'GET /api/session': () => ({ status: 200, body: student }),
  'GET /api/applications/calls': () => ({ status: 200, body: [] as OpenCall[] }),
  [`GET /api/applications/${APP_ID}`]: () => ({ status: 200, body: confirmed }),
  [`GET /api/applications/${APP_ID}/rankings`]: () => ({ status: 200, body: { items: [provisional] } }),
  [`GET /api/applications/${APP_ID}/scores`]: () => ({ status: 200, body: scores }),
  [`GET /api/applications/${APP_ID}/appeals`]: () => ({ status: 200, body: { items: [] } }),
  ...overrides,
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const panel = async () => screen.findByRole('region', { name: 'Esito della selezione' });

describe("the candidate's selection panel", () => {
  it('says the ranking is not published yet and asks for nothing else', async () => {
    const { fetchMock } = renderApp(
      `/applications/${APP_ID}`,
      base({ [`GET /api/applications/${APP_ID}/rankings`]: () => ({ status: 200, body: { items: [] } }) }),
    );
    expect(await within(await panel()).findByText(/La graduatoria non è ancora pubblicata/)).toBeTruthy();
    expect(fetchMock.mock.calls.some(([input]) => String(input).endsWith('/scores'))).toBe(false);
    expect(screen.queryByRole('button', { name: 'Invia segnalazione' })).toBeNull();
  });

  it('shows the place, outcome, appeal window in Rome time and every score with how it was obtained', async () => {
    renderApp(`/applications/${APP_ID}`, base());
    const region = await panel();
    const ranking = await within(region).findByRole('article', { name: provisional.title });
    expect(within(ranking).getByTestId('own-place').textContent).toBe('3');
    expect(within(ranking).getByTestId('own-outcome').textContent).toBe('Idoneo');
    expect(ranking.textContent).toContain('provvisoria');
    expect(within(ranking).getByTestId('appeal-window').textContent).toBe(
      'Si possono presentare fino alle 23:59 del 14/05/2026 (ora di Roma).',
    );
    const table = await within(region).findByRole('table');
    const rows = within(table).getAllByRole('row');
    expect(rows[1]?.textContent).toContain('Voto di laurea triennale');
    expect(rows[1]?.textContent).toContain('Voto 105/110: fascia 101-110, 18 punti.');
    expect(rows[2]?.textContent).toContain(
      'Valutazione della commissione: Rappresentante nel consiglio di dipartimento',
    );
    expect(within(table).getByTestId('own-total').textContent).toBe('20,50');
  });

  it('shows the decree once definitive and no appeal form after the window', async () => {
    renderApp(
      `/applications/${APP_ID}`,
      base({
        [`GET /api/applications/${APP_ID}/rankings`]: () => ({
          status: 200,
          body: {
            items: [
              {
                ...provisional,
                status: 'definitive',
                appealWindowOpen: false,
                outcome: 'winner',
                place: 2,
                decreeNumber: 'D.R. n. 123/2026',
                decreeDate: '2026-05-19',
              },
            ],
          },
        }),
        [`GET /api/applications/${APP_ID}/appeals`]: () => ({
          status: 200,
          body: {
            items: [
              {
                id: '00000000-0000-4000-8000-0000000000e1',
                rankingId: RANKING_ID,
                applicationId: APP_ID,
                protocolNumber: '2026/000007',
                reason: 'Manca la collaborazione 2024.',
                attachmentName: null,
                attachmentType: null,
                submittedAt: '2026-05-10T08:00:00.000Z',
                status: 'accepted',
                answer: 'Accolta: la collaborazione vale 1 punto.',
                answeredAt: '2026-05-16T08:00:00.000Z',
              },
            ],
          },
        }),
      }),
    );
    const region = await panel();
    expect((await within(region).findByTestId('decree')).textContent).toBe('D.R. n. 123/2026 del 19/05/2026');
    expect(within(region).getByTestId('own-outcome').textContent).toBe('Vincitore');
    const appeal = await within(region).findByTestId('own-appeal');
    expect(appeal.textContent).toContain('Accolta');
    expect(appeal.textContent).toContain(
      'Risposta della commissione: Accolta: la collaborazione vale 1 punto.',
    );
    expect(within(region).queryByRole('button', { name: 'Invia segnalazione' })).toBeNull();
  });

  it('asks for a reason, confirms, and shows the server’s refusal at the field', async () => {
    const bodies: unknown[] = [];
    let attempts = 0;
    const { fetchMock } = renderApp(
      `/applications/${APP_ID}`,
      base({
        [`POST /api/applications/${APP_ID}/appeals`]: (init?: RequestInit) => {
          attempts += 1;
          bodies.push(JSON.parse(String(init?.body)));
          return attempts === 1
            ? {
                status: 400,
                body: {
                  type: 'urn:affianco:problem:invalid-input',
                  title: 'Alcuni dati non sono validi',
                  status: 400,
                  kind: 'invalid-input',
                  issues: [{ field: 'reason', code: 'required', message: 'La motivazione è troppo lunga.' }],
                },
              }
            : {
                status: 409,
                body: {
                  type: 'urn:affianco:problem:ranking-transition-refused',
                  title: 'Il termine per le segnalazioni è scaduto il 14/05/2026.',
                  status: 409,
                  kind: 'ranking-transition-refused',
                },
              };
        },
      }),
    );
    const submit = await screen.findByRole('button', { name: 'Invia segnalazione' });
    fireEvent.click(submit);
    const reason = screen.getByLabelText('Motivazione della segnalazione');
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Scrivi la motivazione della segnalazione.')).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();

    fireEvent.change(reason, {
      target: { value: 'Il punteggio dei titoli non considera la collaborazione.' },
    });
    fireEvent.click(submit);
    const dialog = await screen.findByRole('dialog');
    expect(dialog.textContent).toContain('non si può modificare né ritirare');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Sì, invia la segnalazione' }));
    expect(await screen.findByText('La motivazione è troppo lunga.')).toBeTruthy();
    expect(bodies[0]).toEqual({
      reason: 'Il punteggio dei titoli non considera la collaborazione.',
      rankingId: RANKING_ID,
    });
    expect(reason).toHaveProperty('value', 'Il punteggio dei titoli non considera la collaborazione.');

    fireEvent.click(submit);
    fireEvent.click(
      within(await screen.findByRole('dialog')).getByRole('button', { name: 'Sì, invia la segnalazione' }),
    );
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Il termine per le segnalazioni è scaduto il 14/05/2026.',
    );
    const csrf = fetchMock.mock.calls
      .filter(([input, init]) => String(input).endsWith('/appeals') && init?.method === 'POST')
      .map(([, init]) => new Headers(init?.headers).get('x-csrf-token'));
    expect(csrf).toEqual(['session-token', 'session-token']);
  });
});

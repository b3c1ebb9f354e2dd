import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ApplicationScores } from '../../../../api/scoring.ts';
import type { Session } from '../../../../api/session.ts';
import { anonymousSession, renderApp } from '../../test/render-app.tsx';

const member: Session = {
  ...anonymousSession,
  authenticated: true,
  csrfToken: 'session-token',
  person: {
    id: '00000000-0000-4000-8000-000000000002',
    displayName: 'Anna Commissaria',
    locale: 'it',
    roles: [{ role: 'committee-member', unitId: null, unitName: null, callId: null }],
  },
};

const CALL_ID = '00000000-0000-4000-8000-0000000000c1';
const APP_ID = '00000000-0000-4000-8000-0000000000a1';
const PAGE = `/committee/calls/${CALL_ID}/applications/${APP_ID}/scores`;
const API = `/api/committee/calls/${CALL_ID}/applications/${APP_ID}`;

const scores: ApplicationScores = {
  applicationId: APP_ID,
  callId: CALL_ID,
  protocolNumber: '2026/000007',
  candidateKind: 'master',
  hasRubric: true,
  criteria: [
    {
      criterionId: 'weighted-average',
      label: 'Media ponderata',
      assessedBy: 'computed',
      maxPoints: '10,00',
      status: 'scored',
      points: '4,44',
      source: 'computed',
      note: '',
      explanation: 'Media ponderata 26,67 × (CFU acquisiti 30 al 31/12/2025 / CFU acquisibili 60) / 3 = 4,44',
      scoredAt: '2026-02-20T10:00:00.000Z',
    },
    {
      criterionId: 'collaborations',
      label: 'Collaborazioni con l’Ateneo',
      assessedBy: 'committee',
      maxPoints: '8,00',
      status: 'awaiting-committee',
      points: null,
      source: null,
      note: '',
      explanation: null,
      scoredAt: null,
    },
  ],
  total: '4,44',
  rubricTotal: '50,00',
  complete: false,
  exclusion: null,
  final: false,
};

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const base = {
  'GET /api/session': () => ({ status: 200, body: member }),
  [`GET ${API}/scores`]: () => ({ status: 200, body: scores }),
};

describe('the committee scoring page', () => {
  it('shows each criterion with its maximum and how the computed one was obtained', async () => {
    renderApp(PAGE, base);
    expect(await screen.findByRole('heading', { name: 'Punteggi della domanda 2026/000007' })).toBeTruthy();
    expect(screen.getByText(/CFU acquisiti 30 al 31\/12\/2025/)).toBeTruthy();
    expect(screen.getByText('10,00')).toBeTruthy();
    expect(screen.getByLabelText('Punti (massimo 8,00)')).toBeTruthy();
    expect(screen.queryByLabelText('Punti (massimo 10,00)')).toBeNull();
  });

  it('asks for a note before sending, then sends the points as typed with a comma', async () => {
    const { fetchMock } = renderApp(PAGE, {
      ...base,
      [`PUT ${API}/scores/collaborations`]: () => ({
        status: 200,
        body: {
          ...scores,
          criteria: [
            scores.criteria[0],
            {
              ...scores.criteria[1],
              status: 'scored',
              points: '6,50',
              source: 'committee',
              note: 'Tutor 2024',
            },
          ],
          total: '10,94',
        },
      }),
    });
    const points = await screen.findByLabelText('Punti (massimo 8,00)');
    fireEvent.change(points, { target: { value: '6,5' } });
    fireEvent.click(screen.getByRole('button', { name: 'Salva punteggio' }));
    expect(document.getElementById('score-collaborations-note-error')?.textContent).toBe(
      'Scrivi una motivazione per il punteggio.',
    );
    expect(fetchMock.mock.calls.some(([, init]) => init?.method === 'PUT')).toBe(false);

    fireEvent.change(screen.getByLabelText('Motivazione'), { target: { value: 'Tutor 2024' } });
    fireEvent.click(screen.getByRole('button', { name: 'Salva punteggio' }));
    expect(await screen.findByText('Punteggio salvato.')).toBeTruthy();
    const sent = fetchMock.mock.calls.find(([, init]) => init?.method === 'PUT');
    expect(JSON.parse(String(sent?.[1]?.body))).toEqual({ points: '6,5', note: 'Tutor 2024' });
    expect(screen.getByText(/10,94/)).toBeTruthy();
  });

  it('shows the server’s refusal under the points field and keeps what was typed', async () => {
    renderApp(PAGE, {
      ...base,
      [`PUT ${API}/scores/collaborations`]: () => ({
        status: 422,
        body: {
          type: 'urn:affianco:problem:invalid-score',
          title: 'Punteggio non valido: il punteggio supera il massimo del criterio (8).',
          status: 422,
          kind: 'invalid-score',
        },
      }),
    });
    const points = await screen.findByLabelText('Punti (massimo 8,00)');
    fireEvent.change(points, { target: { value: '9' } });
    fireEvent.change(screen.getByLabelText('Motivazione'), { target: { value: 'Molte collaborazioni' } });
    fireEvent.click(screen.getByRole('button', { name: 'Salva punteggio' }));
    await screen.findAllByText('Punteggio non valido: il punteggio supera il massimo del criterio (8).');
    expect(points.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById('score-collaborations-points-error')?.textContent).toContain(
      'supera il massimo',
    );
    expect(points).toHaveProperty('value', '9');
  });
});

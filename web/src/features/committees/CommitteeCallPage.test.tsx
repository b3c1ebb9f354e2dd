import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MyCommitteeCall } from '../../../../api/committees.ts';
import type { Session } from '../../../../api/session.ts';
import { anonymousSession, renderApp } from '../../test/render-app.tsx';

const CALL_ID = '00000000-0000-4000-8000-0000000000c1';
const APP_ID = '00000000-0000-4000-8000-0000000000a1';

const member: Session = {
  ...anonymousSession,
  authenticated: true,
  csrfToken: 'session-token',
  person: {
    id: '00000000-0000-4000-8000-000000000002',
    displayName: 'Vito Capriati',
    locale: 'it',
    roles: [{ role: 'committee-member', unitId: null, unitName: null, callId: CALL_ID }],
  },
};

const notDeclared: MyCommitteeCall = {
  callId: CALL_ID,
  callCode: 'POLIBA-TUT-2025',
  callTitle: 'Bando tutorato 2025/26',
  academicYear: 2025,
  role: 'member',
  declared: false,
  conflictDeclaredAt: null,
};
const declared: MyCommitteeCall = {
  ...notDeclared,
  declared: true,
  conflictDeclaredAt: '2026-03-10T09:00:00.000Z',
};

const row = {
  id: APP_ID,
  protocolNumber: '2026/000007',
  status: 'confirmed',
  confirmedAt: '2026-02-01T10:00:00.000Z',
  withdrawnAt: null,
  studentId: '00000000-0000-4000-8000-0000000000b1',
  givenName: 'Giulia',
  familyName: 'Lorusso',
  studentNumber: '600001',
  programmeType: 'LM',
  programmeName: 'Ingegneria',
  yearOfCourse: 1,
  positions: [],
  attachmentCount: 1,
};

const REFUSAL =
  'Prima di vedere le domande dichiara di non trovarti in conflitto di interessi con i candidati.';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("a committee member's call", () => {
  it('shows the server refusal before the declaration, sends it, then lists the applications', async () => {
    let mine = notDeclared;
    const { fetchMock } = renderApp(`/committee/${CALL_ID}`, {
      'GET /api/session': () => ({ status: 200, body: member }),
      [`GET /api/committee/calls/${CALL_ID}`]: () => ({ status: 200, body: mine }),
      [`GET /api/committee/calls/${CALL_ID}/applications`]: () =>
        mine.declared
          ? { status: 200, body: { items: [row], total: 1, page: 1, pageSize: 200 } }
          : {
              status: 403,
              body: {
                type: 'urn:affianco:problem:conflict-not-declared',
                title: REFUSAL,
                status: 403,
                kind: 'conflict-not-declared',
              },
            },
      [`GET /api/committee/calls/${CALL_ID}/committee`]: () => ({
        status: 200,
        body: {
          callId: CALL_ID,
          callCode: 'POLIBA-TUT-2025',
          callTitle: 'Bando tutorato 2025/26',
          minMembers: 3,
          committee: null,
          scoringStarted: false,
        },
      }),
      [`GET /api/committee/calls/${CALL_ID}/sessions`]: () => ({ status: 200, body: [] }),
      [`GET /api/committee/calls/${CALL_ID}/appeals`]: () => ({ status: 200, body: { items: [] } }),
      [`POST /api/committee/calls/${CALL_ID}/declaration`]: () => {
        mine = declared;
        return { status: 200, body: declared };
      },
    });
    expect(await screen.findByText(REFUSAL)).toBeTruthy();
    const button = screen.getByRole('button', { name: 'Rendi la dichiarazione' }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    fireEvent.click(screen.getByLabelText(/Dichiaro di non trovarmi/));
    fireEvent.change(screen.getByLabelText('Dichiarazione (facoltativa)'), {
      target: { value: 'Nessun rapporto.' },
    });
    fireEvent.click(button);
    expect(await screen.findByRole('link', { name: '2026/000007' })).toBeTruthy();
    const sent = fetchMock.mock.calls.find(([, init]) => init?.method === 'POST');
    expect(JSON.parse(String(sent?.[1]?.body))).toEqual({ noConflict: true, statement: 'Nessun rapporto.' });
    expect(screen.queryByText(REFUSAL)).toBeNull();
    expect(screen.queryByRole('button', { name: 'Rendi la dichiarazione' })).toBeNull();
    // A member who is not the secretary reads the sittings but records none.
    expect(await screen.findByText('Nessuna seduta registrata.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Registra la seduta' })).toBeNull();
  });

  it('lets a declared member compute the career scores of every application and says how many', async () => {
    let computed = 0;
    const { fetchMock } = renderApp(`/committee/${CALL_ID}`, {
      'GET /api/session': () => ({ status: 200, body: member }),
      [`GET /api/committee/calls/${CALL_ID}`]: () => ({ status: 200, body: declared }),
      [`GET /api/committee/calls/${CALL_ID}/applications`]: () => ({
        status: 200,
        body: { items: [row], total: 1, page: 1, pageSize: 200 },
      }),
      [`GET /api/committee/calls/${CALL_ID}/committee`]: () => ({
        status: 200,
        body: {
          callId: CALL_ID,
          callCode: 'POLIBA-TUT-2025',
          callTitle: 'Bando tutorato 2025/26',
          minMembers: 3,
          committee: null,
          scoringStarted: false,
        },
      }),
      [`GET /api/committee/calls/${CALL_ID}/sessions`]: () => ({ status: 200, body: [] }),
      [`GET /api/committee/calls/${CALL_ID}/appeals`]: () => ({ status: 200, body: { items: [] } }),
      [`POST /api/committee/calls/${CALL_ID}/scores/compute`]: () => {
        computed += 1;
        return {
          status: 200,
          body: {
            applications: 42,
            scoresWritten: 80,
            notComputable: 2,
            withoutRubric: 1,
            excluded: 3,
            frozen: 0,
          },
        };
      },
    });
    // Each application leads to its scores, for the committee criteria.
    const scores = await screen.findByRole('link', { name: 'Punteggi della domanda 2026/000007' });
    expect(scores.getAttribute('href')).toBe(`/committee/calls/${CALL_ID}/applications/${APP_ID}/scores`);
    fireEvent.click(screen.getByRole('button', { name: 'Calcola i punteggi dalla carriera' }));
    expect(
      await screen.findByText(
        'Domande esaminate: 42. Punteggi calcolati: 80; non calcolabili: 2; senza griglia: 1; escluse: 3; già definitive: 0.',
      ),
    ).toBeTruthy();
    expect(computed).toBe(1);
    const sent = fetchMock.mock.calls.find(([, init]) => init?.method === 'POST');
    const headers = (sent?.[1]?.headers ?? {}) as Record<string, string>;
    expect(headers['x-csrf-token']).toBe('session-token');
  });

  it('offers no computation before the declaration', async () => {
    renderApp(`/committee/${CALL_ID}`, {
      'GET /api/session': () => ({ status: 200, body: member }),
      [`GET /api/committee/calls/${CALL_ID}`]: () => ({ status: 200, body: notDeclared }),
      [`GET /api/committee/calls/${CALL_ID}/applications`]: () => ({
        status: 403,
        body: {
          type: 'urn:affianco:problem:conflict-not-declared',
          title: REFUSAL,
          status: 403,
          kind: 'conflict-not-declared',
        },
      }),
    });
    expect(await screen.findByText(REFUSAL)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Calcola i punteggi dalla carriera' })).toBeNull();
  });
});

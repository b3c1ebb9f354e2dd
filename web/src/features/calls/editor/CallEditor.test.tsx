import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { POLIBA } from '../../../../../profiles/poliba.ts';
import { officeSession, renderApp } from '../../../test/render-app.tsx';

const office = officeSession({ id: '00000000-0000-4000-8000-000000000002', csrfToken: 'office-token' });

const UNIT = '00000000-0000-4000-8000-0000000000d1';
const FUNDING = '00000000-0000-4000-8000-0000000000f1';

const handlers = (onPost: (body: unknown) => { status: number; body?: unknown }) => ({
  'GET /api/session': () => ({ status: 200, body: office }),
  'GET /api/profiles': () => ({
    status: 200,
    body: {
      activeCode: 'poliba',
      items: [
        {
          code: 'poliba',
          name: 'Politecnico di Bari',
          kind: 'preset',
          basedOn: null,
          active: true,
          updatedAt: null,
          updatedByName: null,
        },
      ],
    },
  }),
  'GET /api/profiles/poliba': () => ({
    status: 200,
    body: {
      code: 'poliba',
      name: 'Politecnico di Bari',
      kind: 'preset',
      basedOn: null,
      active: true,
      updatedAt: null,
      updatedByName: null,
      profile: POLIBA.profile,
    },
  }),
  'GET /api/funding': () => ({
    status: 200,
    body: {
      items: [
        {
          id: FUNDING,
          source: 'ministry',
          title: 'FFO 2025',
          year: 2025,
          amountCents: 5_932_800,
          reference: null,
          reservedCents: 3_075_000,
          committedCents: 0,
          remainingCents: 2_857_800,
          allocations: [],
        },
      ],
    },
  }),
  'GET /api/units': () => ({
    status: 200,
    body: [
      {
        id: '00000000-0000-4000-8000-0000000000d0',
        code: 'POLIBA',
        name: 'Politecnico di Bari',
        kind: 'university',
        parentId: null,
        peopleCount: 0,
      },
      {
        id: UNIT,
        code: 'DEI',
        name: 'Dipartimento di Ingegneria Elettrica e dell’Informazione',
        kind: 'department',
        parentId: '00000000-0000-4000-8000-0000000000d0',
        peopleCount: 0,
      },
    ],
  }),
  'POST /api/calls': (init: RequestInit | undefined) => onPost(JSON.parse(String(init?.body))),
});

const type = (label: string, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('the new call form', () => {
  it('starts from the profile in force, sends cents, and shows the server’s refusal under the field, keeping what was typed', async () => {
    const sent: unknown[] = [];
    const { fetchMock } = renderApp(
      '/calls/new',
      handlers((body) => {
        sent.push(body);
        return {
          status: 400,
          body: {
            type: 'urn:affianco:problem:invalid-input',
            title: 'Dati non validi.',
            status: 400,
            kind: 'invalid-input',
            issues: [
              {
                field: 'closesAt',
                code: 'window-order',
                message: "La chiusura deve essere successiva all'apertura.",
              },
              { field: 'positions', code: 'above-funding', message: 'Il totale supera la disponibilità.' },
            ],
          },
        };
      }),
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Nuovo bando' })).toBeDefined();
    // The profile's rules are the starting point: Bari admits LM, LMCU and PhD, one year beyond the duration.
    const degreeTypes = await screen.findByRole('group', { name: 'Tipi di corso ammessi' });
    expect(within(degreeTypes).getByLabelText('Laurea magistrale')).toHaveProperty('checked', true);
    expect(within(degreeTypes).getByLabelText('Laurea')).toHaveProperty('checked', false);
    expect(screen.getByLabelText('Anni fuori corso ammessi')).toHaveProperty('value', '1');

    type('Codice del bando', 'TUT-2026');
    type('Titolo', 'Tutorato 2026/27');
    fireEvent.change(screen.getByLabelText('Finanziamento'), { target: { value: FUNDING } });
    type('Data di apertura', '2026-12-20');
    type('Data di chiusura', '2026-12-01');
    type('Tipo di tutorato', 'Tutorato informativo');
    fireEvent.change(screen.getByLabelText('Struttura'), { target: { value: UNIT } });
    type('Ore per assegno', '200');
    type('Importo lordo per assegno (€)', '3.000,00');
    fireEvent.click(screen.getByRole('button', { name: 'Salva la bozza' }));

    const closes = screen.getByLabelText('Data di chiusura');
    await vi.waitFor(() => expect(closes.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById(String(closes.getAttribute('aria-describedby')))?.textContent).toBe(
      "La chiusura deve essere successiva all'apertura.",
    );
    expect(screen.getByText('Il totale supera la disponibilità.')).toBeDefined();
    expect(screen.getByRole('alert').textContent).toContain('correggi i campi indicati');
    // Nothing typed is lost.
    expect(screen.getByLabelText('Importo lordo per assegno (€)')).toHaveProperty('value', '3.000,00');
    expect(screen.getByLabelText('Codice del bando')).toHaveProperty('value', 'TUT-2026');

    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      code: 'TUT-2026',
      fundingAssignmentId: FUNDING,
      opensAt: { date: '2026-12-20', time: '09:00' },
      closesAt: { date: '2026-12-01', time: '12:00' },
      rules: { eligibility: { degreeTypes: ['LM', 'LMCU', 'PHD'], maxYearsBeyond: 1 } },
      positions: [
        {
          activityType: 'Tutorato informativo',
          unitId: UNIT,
          grants: 1,
          hoursPerGrant: 200,
          amountPerGrantCents: 300_000,
          admittedProgrammeTypes: ['LM', 'LMCU', 'PHD'],
        },
      ],
    });
    const post = fetchMock.mock.calls.find(([, init]) => init?.method === 'POST');
    expect(new Headers(post?.[1]?.headers).get('x-csrf-token')).toBe('office-token');
  });

  it('does not send an amount it cannot read, and says so under the field', async () => {
    const sent: unknown[] = [];
    renderApp(
      '/calls/new',
      handlers((body) => {
        sent.push(body);
        return { status: 500 };
      }),
    );
    await screen.findByRole('group', { name: 'Tipi di corso ammessi' });
    type('Importo lordo per assegno (€)', 'tremila');
    type('Data di apertura', '2026-12-01');
    type('Data di chiusura', '2026-12-20');
    fireEvent.click(screen.getByRole('button', { name: 'Salva la bozza' }));
    const amount = screen.getByLabelText('Importo lordo per assegno (€)');
    await vi.waitFor(() => expect(amount.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById(String(amount.getAttribute('aria-describedby')))?.textContent).toContain(
      'Importo non valido',
    );
    expect(sent).toHaveLength(0);
  });
});

import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Application, OpenCall } from '../../../../api/applications.ts';
import type { Session } from '../../../../api/session.ts';
import { anonymousSession, renderApp } from '../../test/render-app.tsx';

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
const DEI = '00000000-0000-4000-8000-0000000000b1';
const PHD = '00000000-0000-4000-8000-0000000000b2';

const position = (id: string, unitName: string, eligible: boolean): OpenCall['positions'][number] => ({
  id,
  ordinal: 1,
  activityType: 'Tutorato informativo',
  activityKind: 'tutoring',
  unitName,
  grants: 1,
  hoursPerGrant: 200,
  amountPerGrantCents: 300_000,
  admittedProgrammeTypes: eligible ? ['LM'] : ['PHD'],
  eligible,
  reasons: eligible ? [] : [{ code: 'programme-type-not-admitted', message: 'tipo di corso non ammesso' }],
});

const call: OpenCall = {
  id: CALL_ID,
  code: 'POLIBA-TUT-2025',
  title: 'Selezione per titoli',
  academicYear: 2025,
  opensAt: '2026-02-04T00:00:00.000Z',
  closesAt: '2099-02-27T11:00:00.000Z',
  maxPositionsPerCandidate: 2,
  positions: [position(DEI, 'DEI', true), position(PHD, 'Ufficio Orientamento', false)],
  titleCriteria: [
    {
      id: 'collaborations',
      label: { it: 'Collaborazioni', en: 'Collaborations' },
      maxPoints: 8,
      maxItems: 2,
    },
  ],
  requiredAttachments: [
    {
      code: 'identity-document',
      label: { it: 'Documento di identità', en: 'Identity document' },
      required: 'always',
    },
  ],
  myApplication: { id: APP_ID, status: 'draft', protocolNumber: null },
};

const draft: Application = {
  id: APP_ID,
  callId: CALL_ID,
  status: 'draft',
  positionIds: [DEI],
  declaredTitles: {},
  contactEmail: null,
  protocolNumber: null,
  confirmedAt: null,
  withdrawnAt: null,
  attachments: [],
};

const confirmed: Application = {
  ...draft,
  status: 'confirmed',
  protocolNumber: '2026/000007',
  confirmedAt: '2026-02-27T10:59:59.000Z',
};

const base = {
  'GET /api/session': () => ({ status: 200, body: student }),
  'GET /api/applications/calls': () => ({ status: 200, body: [call] }),
  [`GET /api/applications/${APP_ID}`]: () => ({ status: 200, body: draft }),
  'GET /api/applications': () => ({ status: 200, body: { items: [] } }),
  [`GET /api/applications/${APP_ID}/rankings`]: () => ({ status: 200, body: { items: [] } }),
};

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const confirmOnce = async () => {
  fireEvent.click(screen.getByRole('button', { name: 'Conferma domanda' }));
  const dialog = await screen.findByRole('dialog');
  expect(dialog.textContent).toContain('non potranno più essere corretti');
  fireEvent.click(within(dialog).getByRole('button', { name: 'Sì, conferma la domanda' }));
};

describe('the application form', () => {
  it('shows the server’s field messages next to the fields and keeps what was typed', async () => {
    renderApp(`/applications/${APP_ID}`, {
      ...base,
      [`PUT /api/applications/${APP_ID}`]: () => ({
        status: 400,
        body: {
          type: 'urn:affianco:problem:invalid-input',
          title: 'Alcuni dati non sono validi',
          status: 400,
          kind: 'invalid-input',
          issues: [
            { field: 'contactEmail', code: 'x', message: 'Indica il tuo indirizzo istituzionale.' },
            { field: 'declaredTitles.collaborations', code: 'x', message: 'Al massimo 2 voci.' },
          ],
        },
      }),
    });
    const email = await screen.findByLabelText('Email istituzionale di contatto');
    fireEvent.change(email, { target: { value: 'giulia@gmail.com' } });
    fireEvent.click(screen.getByRole('button', { name: /^Aggiungi una voce/ }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Voce 1' }), { target: { value: 'Orientamento' } });
    fireEvent.click(screen.getByRole('button', { name: 'Salva bozza' }));

    expect((await screen.findByRole('alert')).textContent).toContain('correggi i campi indicati');
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById('application-email-error')?.textContent).toBe(
      'Indica il tuo indirizzo istituzionale.',
    );
    expect(document.getElementById('title-collaborations-error')?.textContent).toBe('Al massimo 2 voci.');
    expect(email).toHaveProperty('value', 'giulia@gmail.com');
    expect(screen.getByRole('textbox', { name: 'Voce 1' })).toHaveProperty('value', 'Orientamento');
  });

  it('reuses the Idempotency-Key after a confirmation that got no answer, and shows the receipt', async () => {
    let attempts = 0;
    const { fetchMock } = renderApp(`/applications/${APP_ID}`, {
      ...base,
      [`POST /api/applications/${APP_ID}/confirm`]: () => {
        attempts += 1;
        if (attempts === 1) throw new TypeError('Failed to fetch');
        return { status: 200, body: confirmed };
      },
    });
    await screen.findByRole('button', { name: 'Conferma domanda' });
    await confirmOnce();
    expect((await screen.findByRole('alert')).textContent).toContain('Il server non risponde');
    await confirmOnce();

    expect(await screen.findByTestId('protocol-number')).toHaveProperty('textContent', '2026/000007');
    expect(screen.getByTestId('confirmed-at').textContent).toContain('27/02/2026 alle 11:59:59');
    expect(screen.getByRole('link', { name: 'Scarica ricevuta (PDF)' }).getAttribute('href')).toBe(
      `/api/applications/${APP_ID}/receipt.pdf`,
    );
    const keys = fetchMock.mock.calls
      .filter(([input]) => String(input).endsWith('/confirm'))
      .map(([, init]) => new Headers(init?.headers).get('idempotency-key'));
    expect(keys).toHaveLength(2);
    expect(keys[0]).toBeTruthy();
    expect(keys[1]).toBe(keys[0]);
    // Nothing was changed, so nothing was saved before confirming.
    expect(fetchMock.mock.calls.some(([, init]) => init?.method === 'PUT')).toBe(false);
  });

  it('takes a new key for a new attempt after a refusal, and shows the server’s title', async () => {
    let attempts = 0;
    const { fetchMock } = renderApp(`/applications/${APP_ID}`, {
      ...base,
      [`POST /api/applications/${APP_ID}/confirm`]: () => {
        attempts += 1;
        return attempts === 1
          ? {
              status: 422,
              body: {
                type: 'urn:affianco:problem:missing-attachment',
                title: 'Manca l’allegato obbligatorio «Documento di identità».',
                status: 422,
                kind: 'missing-attachment',
              },
            }
          : { status: 200, body: confirmed };
      },
    });
    await screen.findByRole('button', { name: 'Conferma domanda' });
    await confirmOnce();
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Manca l’allegato obbligatorio «Documento di identità».',
    );
    await confirmOnce();
    await screen.findByTestId('protocol-number');
    const keys = fetchMock.mock.calls
      .filter(([input]) => String(input).endsWith('/confirm'))
      .map(([, init]) => new Headers(init?.headers).get('idempotency-key'));
    expect(keys).toHaveLength(2);
    expect(keys[1]).not.toBe(keys[0]);
  });

  it('saves unsaved changes before confirming, so what is confirmed is what is on screen', async () => {
    const order: string[] = [];
    renderApp(`/applications/${APP_ID}`, {
      ...base,
      [`PUT /api/applications/${APP_ID}`]: (init) => {
        order.push(`PUT ${JSON.parse(String(init?.body)).contactEmail}`);
        return { status: 200, body: { ...draft, contactEmail: 'g.l@studenti.poliba.it' } };
      },
      [`POST /api/applications/${APP_ID}/confirm`]: () => {
        order.push('confirm');
        return { status: 200, body: confirmed };
      },
    });
    fireEvent.change(await screen.findByLabelText('Email istituzionale di contatto'), {
      target: { value: 'g.l@studenti.poliba.it' },
    });
    await confirmOnce();
    await screen.findByTestId('protocol-number');
    expect(order).toEqual(['PUT g.l@studenti.poliba.it', 'confirm']);
  });
});

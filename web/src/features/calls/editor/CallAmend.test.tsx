import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CallDetail } from '../../../../../api/calls.ts';
import { rulesFromProfile } from '../../../../../domain/calls/types.ts';
import { POLIBA } from '../../../../../profiles/poliba.ts';
import { officeSession, renderApp } from '../../../test/render-app.tsx';

const office = officeSession({ id: '00000000-0000-4000-8000-000000000002', csrfToken: 'office-token' });

const CALL = '00000000-0000-4000-8000-0000000000c1';
const UNIT = '00000000-0000-4000-8000-0000000000d1';

const callOf = (status: CallDetail['status']): CallDetail => ({
  id: CALL,
  code: 'TUT-2026',
  title: 'Tutorato 2026/27',
  academicYear: 2026,
  status,
  opensAt: '2026-12-01T08:00:00.000Z',
  closesAt: '2026-12-20T11:00:00.000Z',
  open: false,
  grants: 1,
  totalCents: 300_000,
  version: 1,
  publishedAt: status === 'published' ? '2026-11-23T10:00:00.000Z' : null,
  legalReferences: '',
  profileCode: 'poliba',
  activitiesEndDate: '2027-12-31',
  fundingAssignmentId: null,
  rules: rulesFromProfile(POLIBA.profile),
  requiredAttachments: [],
  articles: [],
  positions: [
    {
      id: '00000000-0000-4000-8000-0000000000e1',
      ordinal: 1,
      unitCode: 'DEI',
      unitName: 'Dipartimento',
      activityType: 'Tutorato informativo',
      activityKind: 'tutoring',
      unitId: UNIT,
      grants: 1,
      hoursPerGrant: 200,
      amountPerGrantCents: 300_000,
      admittedProgrammeTypes: ['LM'],
    },
  ],
  amendments: [],
});

const common = (status: CallDetail['status']) => ({
  'GET /api/session': () => ({ status: 200, body: office }),
  [`GET /api/calls/${CALL}`]: () => ({ status: 200, body: callOf(status) }),
  'GET /api/funding': () => ({ status: 200, body: { items: [] } }),
  'GET /api/units': () => ({
    status: 200,
    body: [
      { id: UNIT, code: 'DEI', name: 'Dipartimento', kind: 'department', parentId: null, peopleCount: 0 },
    ],
  }),
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('the amendment of a published call', () => {
  it('sends the reason and only what changed, and shows the refusal of a harmful change', async () => {
    const sent: unknown[] = [];
    renderApp(`/calls/${CALL}/amend`, {
      ...common('published'),
      [`POST /api/calls/${CALL}/amendments`]: (init) => {
        sent.push(JSON.parse(String(init?.body)));
        return {
          status: 409,
          body: {
            type: 'urn:affianco:problem:conflict',
            title:
              'Conflitto: La rettifica peggiora le condizioni per i candidati e il bando ha già domande confermate: non è ammessa.',
            status: 409,
            kind: 'conflict',
          },
        };
      },
    });
    const closes = await screen.findByLabelText('Data di chiusura');
    expect(closes).toHaveProperty('value', '2026-12-20');
    expect(screen.getByLabelText('Codice del bando')).toHaveProperty('disabled', true);
    fireEvent.change(closes, { target: { value: '2026-12-10' } });

    // No reason, no request.
    fireEvent.click(screen.getByRole('button', { name: 'Registra la rettifica' }));
    const reason = screen.getByLabelText('Motivo della rettifica');
    await vi.waitFor(() => expect(reason.getAttribute('aria-invalid')).toBe('true'));
    expect(sent).toHaveLength(0);

    fireEvent.change(reason, { target: { value: 'Scadenza anticipata' } });
    fireEvent.click(screen.getByRole('button', { name: 'Registra la rettifica' }));
    const alert = await screen.findByText(/ha già domande confermate/);
    expect(alert.closest('[role="alert"]')).not.toBeNull();
    expect(sent).toEqual([
      { reason: 'Scadenza anticipata', changes: { closesAt: { date: '2026-12-10', time: '12:00' } } },
    ]);
    // What was typed stays.
    expect(screen.getByLabelText('Data di chiusura')).toHaveProperty('value', '2026-12-10');
    expect(screen.getByLabelText('Motivo della rettifica')).toHaveProperty('value', 'Scadenza anticipata');
  });
});

describe('publishing a draft', () => {
  it('asks for confirmation and shows the server’s reasons when it refuses', async () => {
    const published: string[] = [];
    renderApp(`/calls/${CALL}`, {
      ...common('draft'),
      [`POST /api/calls/${CALL}/publish`]: (init) => {
        published.push(String(init?.body));
        return {
          status: 400,
          body: {
            type: 'urn:affianco:problem:invalid-input',
            title: 'Alcuni dati non sono validi: correggi i campi indicati.',
            status: 400,
            kind: 'invalid-input',
            issues: [
              {
                field: 'closesAt',
                code: 'closes-in-past',
                message: 'La scadenza è già passata: un bando si pubblica con la scadenza nel futuro.',
              },
            ],
          },
        };
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Pubblica il bando' }));
    const dialog = await screen.findByRole('dialog');
    expect(published).toHaveLength(0);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Sì, pubblica' }));
    expect(await within(dialog).findByText(/La scadenza è già passata/)).toBeDefined();
    expect(published).toEqual(['{}']);
    expect(screen.getByRole('link', { name: 'Modifica la bozza' }).getAttribute('href')).toBe(
      `/calls/${CALL}/edit`,
    );
  });
});

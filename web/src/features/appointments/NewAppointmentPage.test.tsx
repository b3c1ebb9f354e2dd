import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AppointmentDefaults } from '../../../../api/appointments.ts';
import type { Session } from '../../../../api/session.ts';
import { anonymousSession, renderApp } from '../../test/render-app.tsx';
import { signed } from './test-appointment.ts';

const OFFER = '00000000-0000-4000-8000-0000000000b1';
const SUPERVISOR = '00000000-0000-4000-8000-0000000000f1';

const office: Session = {
  ...anonymousSession,
  authenticated: true,
  csrfToken: 'session-token',
  person: {
    id: '00000000-0000-4000-8000-000000000009',
    displayName: 'Ufficio Tutorato',
    locale: 'it',
    roles: [{ role: 'tutoring-office', unitId: null, unitName: null, callId: null }],
  },
};

const defaults: AppointmentDefaults = {
  offerId: OFFER,
  tutorName: 'Anna Bianchi',
  callTitle: 'Bando tutorato 2025/26',
  activityType: 'Tutorato specialistico',
  supervisorId: SUPERVISOR,
  unitId: '00000000-0000-4000-8000-0000000000d1',
  terms: {
    startDate: '2026-03-02',
    endDate: '2026-12-31',
    items: [{ kind: 'tutoring', hours: 20, costCents: 40_000 }],
    trainingHours: 0,
  },
  duties: 'Tutorato specialistico: attività di tutorato',
  appointmentId: null,
};

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('the appointment form', () => {
  it('sends the prefilled terms; after an overridable caps refusal it asks for a reason and sends it', async () => {
    const bodies: Array<Record<string, unknown>> = [];
    renderApp(`/appointments/new/${OFFER}`, {
      'GET /api/session': () => ({ status: 200, body: office }),
      [`GET /api/offers/${OFFER}/appointment`]: () => ({ status: 200, body: defaults }),
      'GET /api/people': () => ({
        status: 200,
        body: {
          items: [
            {
              id: SUPERVISOR,
              givenName: 'Marco',
              familyName: 'Rossi',
              email: 'marco.rossi@poliba.it',
              unitId: null,
              unitName: null,
              isStaff: true,
              roles: [],
            },
          ],
          total: 1,
          page: 1,
          pageSize: 200,
        },
      }),
      [`POST /api/offers/${OFFER}/appointment`]: (init) => {
        const body = JSON.parse(String(init?.body));
        bodies.push(body);
        if (!body.overrideReason)
          return {
            status: 409,
            body: {
              type: 'urn:affianco:problem:caps-exceeded',
              title:
                "L'incarico non può essere conferito: un incarico di 20 ore è sotto il minimo di 30 ore per incarico di 10 ore. L'ufficio può procedere indicando una motivazione, che resta nel registro delle operazioni.",
              status: 409,
              kind: 'caps-exceeded',
              overridable: true,
            },
          };
        return { status: 201, body: { ...signed, status: 'generated', protocol: null } };
      },
      'GET /api/appointments': () => ({ status: 200, body: { items: [] } }),
      'GET /api/appointments/awaiting': () => ({ status: 200, body: { items: [] } }),
    });
    expect(
      await screen.findByText('Anna Bianchi — Bando tutorato 2025/26, Tutorato specialistico'),
    ).toBeTruthy();
    expect((screen.getByLabelText('Ore') as HTMLInputElement).value).toBe('20');
    expect(screen.queryByLabelText(/Motivazione per procedere comunque/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Conferisci l’incarico' }));
    expect(await screen.findByText(/sotto il minimo di 30 ore per incarico di 10 ore/)).toBeTruthy();
    expect(bodies[0]).toMatchObject({
      supervisorId: SUPERVISOR,
      terms: { startDate: '2026-03-02', items: [{ kind: 'tutoring', hours: 20, costCents: 40_000 }] },
    });
    fireEvent.change(await screen.findByLabelText(/Motivazione per procedere comunque/), {
      target: { value: 'Ore residue di un altro tutor' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Conferisci l’incarico' }));
    expect(await screen.findByRole('heading', { name: 'Incarichi e tutor' })).toBeTruthy();
    expect(bodies[1]).toMatchObject({ overrideReason: 'Ore residue di un altro tutor' });
  });
});

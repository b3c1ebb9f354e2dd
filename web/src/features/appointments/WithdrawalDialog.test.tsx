import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Appointment } from '../../../../api/appointments.ts';
import type { Session } from '../../../../api/session.ts';
import { anonymousSession, officeSession, renderApp } from '../../test/render-app.tsx';
import { ID, signed } from './test-appointment.ts';

const office = officeSession({ id: '00000000-0000-4000-8000-000000000009' });

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

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("the tutor's withdrawal", () => {
  it('takes a notice back before the office ends the appointment, the reason optional', async () => {
    let appointment: Appointment = {
      ...signed,
      status: 'active',
      startedOn: '2026-03-02',
      withdrawalNotice: { lastDay: '2026-03-20', reason: 'Erasmus', notifiedAt: '2026-03-10T10:00:00.000Z' },
    };
    const bodies: unknown[] = [];
    renderApp('/incarichi', {
      'GET /api/session': () => ({ status: 200, body: student }),
      'GET /api/me/appointments': () => ({ status: 200, body: { items: [appointment] } }),
      [`POST /api/me/appointments/${ID}/withdrawal/retract`]: (init) => {
        bodies.push(JSON.parse(String(init?.body)));
        appointment = { ...appointment, withdrawalNotice: null };
        return { status: 200, body: appointment };
      },
    });
    const card = await screen.findByTestId('appointment-card');
    expect(within(card).getByTestId('withdrawal-sent')).toBeTruthy();
    expect(within(card).queryByRole('button', { name: "Rinuncia all'incarico" })).toBeNull();
    fireEvent.click(within(card).getByRole('button', { name: 'Ritira la rinuncia' }));
    const dialog = await screen.findByRole('dialog', { name: 'Ritira la rinuncia' });
    expect(dialog.textContent).toContain('ultimo giorno di attività il 20/03/2026');
    fireEvent.change(within(dialog).getByLabelText('Perché la ritiri (facoltativo)'), {
      target: { value: 'Rinviato' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Ritira la rinuncia' }));
    expect(await screen.findByText(/^Rinuncia ritirata: l’incarico prosegue/)).toBeTruthy();
    expect(bodies).toEqual([{ reason: 'Rinviato' }]);
    expect(await within(card).findByRole('button', { name: "Rinuncia all'incarico" })).toBeTruthy();
    expect(within(card).queryByTestId('withdrawal-sent')).toBeNull();
  });

  it('asks the last day and the reason, says what follows, shows refusals at their field, then the notice sent', async () => {
    let appointment: Appointment = { ...signed, status: 'active', startedOn: '2026-03-02' };
    const bodies: unknown[] = [];
    const { fetchMock } = renderApp('/incarichi', {
      'GET /api/session': () => ({ status: 200, body: student }),
      'GET /api/me/appointments': () => ({ status: 200, body: { items: [appointment] } }),
      [`POST /api/me/appointments/${ID}/withdrawal`]: (init) => {
        const body = JSON.parse(String(init?.body)) as { lastDay: string; reason: string };
        bodies.push(body);
        if (body.lastDay < '2026-03-02')
          return {
            status: 400,
            body: {
              type: 'urn:affianco:problem:invalid-input',
              title: 'Dati non validi',
              status: 400,
              kind: 'invalid-input',
              issues: [
                {
                  field: 'lastDay',
                  code: 'appointment.withdrawal-before-start',
                  message:
                    "L'ultimo giorno di attività non può precedere l'avvio dell'attività (02/03/2026).",
                },
              ],
            },
          };
        appointment = {
          ...appointment,
          withdrawalNotice: { ...body, notifiedAt: '2026-03-20T10:00:00.000Z' },
        };
        return { status: 200, body: appointment };
      },
    });
    const card = await screen.findByRole('region', { name: /Tutorato informativo/ });
    fireEvent.click(within(card).getByRole('button', { name: "Rinuncia all'incarico" }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/Le ore già svolte ti sono retribuite/)).toBeTruthy();
    expect(within(dialog).getByText(/lo chiude l'ufficio tutorato con le ore svolte/)).toBeTruthy();

    // No reason: refused at its field, nothing sent.
    fireEvent.change(within(dialog).getByLabelText('Ultimo giorno di attività'), {
      target: { value: '2026-03-01' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Invia la rinuncia' }));
    const reason = within(dialog).getByLabelText('Motivo della rinuncia');
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    expect(within(dialog).getAllByText('Indica il motivo della rinuncia.').length).toBeGreaterThan(0);
    expect(bodies).toHaveLength(0);

    // The server's refusal of the day shows at the day.
    fireEvent.change(reason, { target: { value: 'Ho vinto una borsa Erasmus' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Invia la rinuncia' }));
    expect((await within(dialog).findAllByText(/non può precedere l'avvio/)).length).toBeGreaterThan(0);
    expect(within(dialog).getByLabelText('Ultimo giorno di attività').getAttribute('aria-invalid')).toBe(
      'true',
    );

    fireEvent.change(within(dialog).getByLabelText('Ultimo giorno di attività'), {
      target: { value: '2026-03-20' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Invia la rinuncia' }));
    expect(await screen.findByText(/Rinuncia inviata/)).toBeTruthy();
    expect(bodies.at(-1)).toEqual({ lastDay: '2026-03-20', reason: 'Ho vinto una borsa Erasmus' });
    const sent = await screen.findByTestId('withdrawal-sent');
    expect(sent.textContent).toContain('ultimo giorno di attività 20/03/2026');
    expect(screen.queryByRole('button', { name: "Rinuncia all'incarico" })).toBeNull();
    expect(fetchMock.mock.calls.filter(([, init]) => init?.method === 'POST')).toHaveLength(2);
  });
});

describe("the office and the tutor's notice", () => {
  it('the page shows the notice and the ending starts from it: a withdrawal on its last day', async () => {
    const appointment: Appointment = {
      ...signed,
      status: 'active',
      startedOn: '2026-03-02',
      withdrawalNotice: {
        lastDay: '2026-03-20',
        reason: 'Ho vinto una borsa Erasmus',
        notifiedAt: '2026-03-18T10:00:00.000Z',
      },
    };
    renderApp(`/appointments/${ID}`, {
      'GET /api/session': () => ({ status: 200, body: office }),
      [`GET /api/appointments/${ID}`]: () => ({ status: 200, body: appointment }),
    });
    const notice = await screen.findByTestId('withdrawal-notice');
    expect(notice.textContent).toContain('Rinuncia comunicata dal tutor: ultimo giorno 20/03/2026.');
    expect(notice.textContent).toContain('Motivo: Ho vinto una borsa Erasmus');
    fireEvent.click(screen.getByRole('button', { name: 'Chiudi l’incarico' }));
    const dialog = await screen.findByRole('dialog');
    expect((within(dialog).getByLabelText('Motivo della chiusura') as HTMLSelectElement).value).toBe(
      'withdrawal',
    );
    expect((within(dialog).getByLabelText('Data di chiusura') as HTMLInputElement).value).toBe('2026-03-20');
  });
});

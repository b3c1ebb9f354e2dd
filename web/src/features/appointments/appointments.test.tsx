import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Appointment } from '../../../../api/appointments.ts';
import type { Session } from '../../../../api/session.ts';
import { anonymousSession, renderApp } from '../../test/render-app.tsx';
import { ID, signed } from './test-appointment.ts';

const sessionOf = (role: 'student' | 'tutoring-office'): Session => ({
  ...anonymousSession,
  authenticated: true,
  csrfToken: 'session-token',
  person: {
    id: '00000000-0000-4000-8000-000000000002',
    displayName: role === 'student' ? 'Giulia Lorusso' : 'Ufficio Tutorato',
    locale: 'it',
    roles: [{ role, unitId: null, unitName: null, callId: null }],
  },
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("the tutor's appointments", () => {
  it('shows the signed letter with its protocol and acknowledges it', async () => {
    let appointment = signed;
    const { fetchMock } = renderApp('/incarichi', {
      'GET /api/session': () => ({ status: 200, body: sessionOf('student') }),
      'GET /api/me/appointments': () => ({ status: 200, body: { items: [appointment] } }),
      [`POST /api/me/appointments/${ID}/acknowledge`]: () => {
        appointment = { ...signed, status: 'acknowledged', acknowledgedAt: '2026-02-20T10:00:00.000Z' };
        return { status: 200, body: appointment };
      },
    });
    const card = await screen.findByRole('region', {
      name: /Tutorato informativo — Dipartimento di Meccanica/,
    });
    expect(within(card).getByText('n. 2026/00123 del 19/02/2026')).toBeTruthy();
    expect(within(card).getByText('dal 02/03/2026 al 31/12/2026')).toBeTruthy();
    expect(within(card).getByText(/Presa visione del Codice etico: da fare/)).toBeTruthy();
    expect(
      within(card).getByRole('link', { name: 'Scarica la lettera d’incarico (PDF)' }).getAttribute('href'),
    ).toBe(`/api/me/appointments/${ID}/letter.pdf`);
    fireEvent.click(within(card).getByRole('button', { name: 'Prendo visione della lettera' }));
    expect(await screen.findByText('Presa visione registrata.')).toBeTruthy();
    expect(await screen.findByText('Presa visione del tutor')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Prendo visione della lettera' })).toBeNull();
    expect(fetchMock.mock.calls.filter(([, init]) => init?.method === 'POST')).toHaveLength(1);
  });
});

describe("the office's register", () => {
  it('lists the offers awaiting an appointment and the appointments, and records a signature', async () => {
    let appointment: Appointment = { ...signed, status: 'generated', protocol: null };
    let sent: unknown = null;
    renderApp('/appointments', {
      'GET /api/session': () => ({ status: 200, body: sessionOf('tutoring-office') }),
      'GET /api/appointments/awaiting': () => ({
        status: 200,
        body: {
          items: [
            {
              offerId: '00000000-0000-4000-8000-0000000000b2',
              tutorName: 'Anna Bianchi',
              callId: signed.callId,
              callTitle: signed.callTitle,
              activityType: 'Tutorato trasversale',
              acceptedAt: '2026-02-16T10:00:00.000Z',
            },
          ],
        },
      }),
      'GET /api/appointments': () => ({ status: 200, body: { items: [appointment] } }),
      [`POST /api/appointments/${ID}/sign`]: (init) => {
        sent = JSON.parse(String(init?.body));
        appointment = { ...signed };
        return { status: 200, body: appointment };
      },
    });
    const link = await screen.findByRole('link', { name: 'Conferisci l’incarico a Anna Bianchi' });
    expect(link.getAttribute('href')).toBe('/appointments/new/00000000-0000-4000-8000-0000000000b2');
    const row = await screen.findByRole('row', { name: /Giulia Lorusso/ });
    expect(within(row).getByText('Lettera generata')).toBeTruthy();
    fireEvent.click(within(row).getByRole('button', { name: 'Registra la firma' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('Numero di protocollo'), {
      target: { value: '2026/00123' },
    });
    fireEvent.change(within(dialog).getByLabelText('Data di protocollo'), {
      target: { value: '2026-02-19' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Registra' }));
    expect(await screen.findByText(/Firmata e protocollata/)).toBeTruthy();
    expect(sent).toEqual({ protocolNumber: '2026/00123', protocolDate: '2026-02-19' });
  });
});

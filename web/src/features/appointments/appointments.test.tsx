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
    expect(within(within(card).getByTestId('checklist-code-of-ethics')).getByText('da fare')).toBeTruthy();
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

describe('the checklist before the start', () => {
  it('once the appointment has ended, what it left undone reads "non svolto", in no warning colour, with no form', async () => {
    // As the server sends an ended appointment: its open items not-done (domain/appointments/checklist.ts).
    const ended: Appointment = {
      ...signed,
      status: 'ended',
      startedOn: '2026-03-02',
      hoursDone: 200,
      ending: { kind: 'completed', date: '2026-12-31', hoursDone: 200, hoursReturned: 0, note: '' },
      checklist: signed.checklist.map((e) =>
        e.item === 'code-of-ethics'
          ? { ...e, status: 'done', completedOn: '2026-02-25' }
          : { ...e, status: 'not-done' },
      ),
    };
    renderApp('/incarichi', {
      'GET /api/session': () => ({ status: 200, body: sessionOf('student') }),
      'GET /api/me/appointments': () => ({ status: 200, body: { items: [ended] } }),
    });
    const safety = await screen.findByTestId('checklist-safety-training');
    const badge = within(safety).getByText('non svolto');
    expect(badge.className).toContain('secondary');
    expect(badge.className).not.toContain('danger');
    const inps = screen.getByTestId('checklist-inps-registration');
    expect(within(inps).getByText('non svolto')).toBeTruthy();
    // Nobody can record it any more: no form, not even for the tutor's own item.
    expect(within(inps).queryByRole('button')).toBeNull();
    expect(within(screen.getByTestId('checklist')).queryByText('in ritardo')).toBeNull();
    cleanup();

    // The office's register: no "in ritardo" on the checklist button; the dialog says "non svolto".
    renderApp('/appointments', {
      'GET /api/session': () => ({ status: 200, body: sessionOf('tutoring-office') }),
      'GET /api/appointments/awaiting': () => ({ status: 200, body: { items: [] } }),
      'GET /api/appointments': () => ({ status: 200, body: { items: [ended] } }),
    });
    const row = await screen.findByRole('row', { name: /Giulia Lorusso/ });
    const open = within(row).getByRole('button', { name: /Adempimenti/ });
    expect(within(open).queryByText('in ritardo')).toBeNull();
    fireEvent.click(open);
    const dialog = await screen.findByRole('dialog');
    expect(
      within(within(dialog).getByTestId('checklist-safety-training')).getByText('non svolto'),
    ).toBeTruthy();
    expect(within(dialog).queryByText('in ritardo')).toBeNull();
  });

  it("the tutor declares the INPS registration with its date; the office's items show but are not theirs to record", async () => {
    let appointment: Appointment = { ...signed, status: 'acknowledged' };
    const bodies: unknown[] = [];
    renderApp('/incarichi', {
      'GET /api/session': () => ({ status: 200, body: sessionOf('student') }),
      'GET /api/me/appointments': () => ({ status: 200, body: { items: [appointment] } }),
      [`POST /api/me/appointments/${ID}/checklist`]: (init) => {
        const body = JSON.parse(String(init?.body));
        bodies.push(body);
        appointment = {
          ...appointment,
          checklist: appointment.checklist.map((e) =>
            e.item === body.item ? { ...e, status: 'done', completedOn: body.on } : e,
          ),
        };
        return { status: 200, body: appointment };
      },
    });
    const inps = await screen.findByTestId('checklist-inps-registration');
    expect(within(inps).getByText('(a cura del tutor)')).toBeTruthy();
    expect(within(inps).getByText(/entro il 01\/04\/2026/)).toBeTruthy();
    // Safety training is the office's: marked overdue, with no form for the tutor.
    const safety = screen.getByTestId('checklist-safety-training');
    expect(within(safety).getByText('in ritardo')).toBeTruthy();
    expect(within(safety).queryByRole('button')).toBeNull();
    fireEvent.change(within(inps).getByLabelText('Data: Iscrizione alla Gestione Separata INPS'), {
      target: { value: '2026-02-18' },
    });
    fireEvent.click(
      within(inps).getByRole('button', { name: 'Registra: Iscrizione alla Gestione Separata INPS' }),
    );
    expect(await screen.findByText('Adempimento registrato.')).toBeTruthy();
    expect(bodies).toEqual([{ item: 'inps-registration', on: '2026-02-18' }]);
    const after = await screen.findByTestId('checklist-inps-registration');
    expect(within(after).getByText(/fatto il 18\/02\/2026/)).toBeTruthy();
    expect(within(after).queryByRole('button')).toBeNull();
  });

  it('the office records the regional communication with its protocol, the missing protocol told at the field', async () => {
    let appointment: Appointment = {
      ...signed,
      checklist: [
        ...signed.checklist,
        {
          item: 'regional-communication',
          owner: 'office',
          dueDate: '2026-03-20',
          blocksStart: false,
          status: 'pending',
          completedOn: null,
          protocolNumber: null,
        },
      ],
    };
    const bodies: Array<Record<string, string>> = [];
    renderApp('/appointments', {
      'GET /api/session': () => ({ status: 200, body: sessionOf('tutoring-office') }),
      'GET /api/appointments/awaiting': () => ({ status: 200, body: { items: [] } }),
      'GET /api/appointments': () => ({ status: 200, body: { items: [appointment] } }),
      [`POST /api/appointments/${ID}/checklist`]: (init) => {
        const body = JSON.parse(String(init?.body));
        bodies.push(body);
        if (!body.protocolNumber)
          return {
            status: 400,
            body: {
              type: 'urn:affianco:problem:invalid-input',
              title: 'Dati non validi',
              status: 400,
              kind: 'invalid-input',
              issues: [
                {
                  field: 'protocolNumber',
                  code: 'appointment.communication-protocol-required',
                  message: 'Indica il numero di protocollo della comunicazione alla Regione.',
                },
              ],
            },
          };
        appointment = {
          ...appointment,
          checklist: appointment.checklist.map((e) =>
            e.item === body.item
              ? { ...e, status: 'done', completedOn: body.on, protocolNumber: body.protocolNumber }
              : e,
          ),
        };
        return { status: 200, body: appointment };
      },
    });
    const row = await screen.findByRole('row', { name: /Giulia Lorusso/ });
    // An overdue item shows on the register's button.
    const open = within(row).getByRole('button', { name: /Adempimenti/ });
    expect(within(open).getByText('in ritardo')).toBeTruthy();
    fireEvent.click(open);
    const dialog = await screen.findByRole('dialog');
    const regional = within(dialog).getByTestId('checklist-regional-communication');
    // The tutor's items show, without a form for the office.
    expect(
      within(within(dialog).getByTestId('checklist-inps-registration')).queryByRole('button'),
    ).toBeNull();
    fireEvent.change(within(regional).getByLabelText('Data: Comunicazione obbligatoria alla Regione'), {
      target: { value: '2026-03-10' },
    });
    const record = within(regional).getByRole('button', {
      name: 'Registra: Comunicazione obbligatoria alla Regione',
    });
    fireEvent.click(record);
    await within(regional).findAllByText('Indica il numero di protocollo della comunicazione alla Regione.');
    const protocol = within(regional).getByLabelText('Numero di protocollo della comunicazione alla Regione');
    expect(protocol.getAttribute('aria-invalid')).toBe('true');
    fireEvent.change(protocol, { target: { value: 'CO-VENETO 88123' } });
    fireEvent.click(record);
    expect(await within(dialog).findByText('Adempimento registrato.')).toBeTruthy();
    expect(bodies.at(-1)).toEqual({
      item: 'regional-communication',
      on: '2026-03-10',
      protocolNumber: 'CO-VENETO 88123',
    });
    expect(await within(dialog).findByText(/protocollo CO-VENETO 88123/)).toBeTruthy();
  });
});

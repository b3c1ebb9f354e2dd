import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Appointment } from '../../../../api/appointments.ts';
import { officeSession, renderApp } from '../../test/render-app.tsx';
import { ID, signed } from './test-appointment.ts';

const office = officeSession({ id: '00000000-0000-4000-8000-000000000003' });

const CALL = signed.callId;
const OTHER_CALL = '00000000-0000-4000-8000-0000000000c2';
const callSummary = (id: string, code: string, academicYear: number) => ({
  id,
  code,
  title: `Bando ${code}`,
  academicYear,
  status: 'published',
  opensAt: '2026-01-10T08:00:00.000Z',
  closesAt: '2026-01-30T11:00:00.000Z',
  open: false,
  grants: 4,
  totalCents: 400_000,
  version: 1,
  publishedAt: '2026-01-09T08:00:00.000Z',
});
const nicolo: Appointment = {
  ...signed,
  id: '00000000-0000-4000-8000-0000000000a2',
  tutorName: 'Nicolò Abbrescia',
  studentNumber: '579001',
  status: 'generated',
  protocol: null,
};

/**
 * The office's register with its data from handlers that answer like the server: every request's filters are kept,
 * and the reply holds the appointments that match them.
 */
const renderRegister = (path: string) => {
  const asked: URLSearchParams[] = [];
  const view = renderApp(path, {
    'GET /api/session': () => ({ status: 200, body: office }),
    'GET /api/appointments/awaiting': () => ({ status: 200, body: { items: [] } }),
    'GET /api/calls': () => ({
      status: 200,
      body: {
        items: [callSummary(CALL, 'POLIBA-TUT-2025', 2025), callSummary(OTHER_CALL, 'DEI-2024', 2024)],
      },
    }),
    'GET /api/units': () => ({
      status: 200,
      body: [
        {
          id: signed.unitId,
          code: 'DMMM',
          name: signed.unitName,
          kind: 'department',
          parentId: null,
          peopleCount: 3,
        },
      ],
    }),
    'GET /api/appointments': (_init, url) => {
      asked.push(url.searchParams);
      const p = url.searchParams;
      const items = [signed, nicolo].filter(
        (a) =>
          (!p.get('callId') || a.callId === p.get('callId')) &&
          (!p.get('status') || a.status === p.get('status')) &&
          (!p.get('academicYear') || a.academicYear === p.get('academicYear')) &&
          (!p.get('q') ||
            a.tutorName
              .normalize('NFD')
              .replace(/\p{M}/gu, '')
              .toLowerCase()
              .includes(String(p.get('q')).toLowerCase())),
      );
      return { status: 200, body: { items } };
    },
  });
  const lastAsked = () => Object.fromEntries(asked.at(-1) ?? []);
  const search = () => Object.fromEntries(new URLSearchParams(view.router.state.location.search));
  return { ...view, asked, lastAsked, search };
};

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("the register's filters", () => {
  it('reads the filters from the address: the request, the fields, the Excel link and the count follow them', async () => {
    const { lastAsked } = renderRegister(`/appointments?callId=${CALL}&q=nicolo&academicYear=2025%2F26`);
    const row = await screen.findByRole('row', { name: /Nicolò Abbrescia/ });
    expect(lastAsked()).toEqual({ q: 'nicolo', callId: CALL, academicYear: '2025/26' });
    expect(screen.getByLabelText('Cerca per nome, matricola o codice fiscale')).toHaveProperty(
      'value',
      'nicolo',
    );
    await waitFor(() => expect(screen.getByLabelText('Bando')).toHaveProperty('value', CALL));
    expect(screen.getByLabelText('Anno accademico')).toHaveProperty('value', '2025/26');
    expect(screen.getByText('1 incarico')).toBeTruthy();
    expect(screen.queryByRole('row', { name: /Giulia Lorusso/ })).toBeNull();
    // The tutor's name leads to the office's page of the appointment.
    expect(within(row).getByRole('link', { name: 'Nicolò Abbrescia' }).getAttribute('href')).toBe(
      `/appointments/${nicolo.id}`,
    );
    const excel = new URL(
      String(screen.getByRole('link', { name: 'Scarica in Excel' }).getAttribute('href')),
      'http://localhost',
    );
    expect(excel.pathname).toBe('/api/appointments/export.xlsx');
    expect(Object.fromEntries(excel.searchParams)).toEqual({
      q: 'nicolo',
      callId: CALL,
      academicYear: '2025/26',
    });
  });

  it('searching writes the filters into the address; the back button brings the previous list back', async () => {
    const { lastAsked, search, router } = renderRegister('/appointments');
    expect(await screen.findByText('2 incarichi')).toBeTruthy();
    expect(lastAsked()).toEqual({});
    expect(screen.getByRole('link', { name: 'Giulia Lorusso' }).getAttribute('href')).toBe(
      `/appointments/${ID}`,
    );

    fireEvent.change(screen.getByLabelText('Stato'), { target: { value: 'signed' } });
    fireEvent.change(screen.getByLabelText('Bando'), { target: { value: CALL } });
    // Nothing is asked before the search is confirmed.
    expect(lastAsked()).toEqual({});
    fireEvent.click(screen.getByRole('button', { name: 'Cerca' }));
    expect(await screen.findByText('1 incarico')).toBeTruthy();
    expect(search()).toEqual({ callId: CALL, status: 'signed' });
    expect(lastAsked()).toEqual({ callId: CALL, status: 'signed' });
    expect(screen.getByRole('row', { name: /Giulia Lorusso/ })).toBeTruthy();

    await act(() => router.navigate(-1));
    expect(await screen.findByText('2 incarichi')).toBeTruthy();
    expect(search()).toEqual({});
    expect(screen.getByLabelText('Stato')).toHaveProperty('value', '');
  });

  it('an empty result says so and offers to clear the filters; a bad status in the address is not sent', async () => {
    const { lastAsked, search } = renderRegister(`/appointments?callId=${OTHER_CALL}&status=nonsense`);
    const message = await screen.findByText('Nessun incarico corrisponde ai filtri scelti.');
    const empty = message.closest<HTMLElement>('[role="status"]');
    if (!empty) throw new Error('the empty result is not announced');
    expect(lastAsked()).toEqual({ callId: OTHER_CALL });
    fireEvent.click(within(empty).getByRole('button', { name: 'Azzera i filtri' }));
    expect(await screen.findByText('2 incarichi')).toBeTruthy();
    expect(search()).toEqual({});
    expect(lastAsked()).toEqual({});
  });
});

import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Appointment } from '../../../../api/appointments.ts';
import type { Payout, PayoutView } from '../../../../api/payouts.ts';
import type { Session } from '../../../../api/session.ts';
import { officeSession, renderApp } from '../../test/render-app.tsx';
import { ID, signed } from './test-appointment.ts';

const office = officeSession({ id: '00000000-0000-4000-8000-000000000003' });

/** 120 of 200 hours of EUR 3,000 done: EUR 1,800 gross, INPS 2026 at 35.03% split a third and two thirds. */
const due: PayoutView = {
  status: 'due',
  hoursPaid: 120,
  grossCents: 180_000,
  studentInpsCents: 21_018,
  universityInpsCents: 42_036,
  netCents: 158_982,
  universityCostCents: 222_036,
  inpsRateBasisPoints: 3503,
  inpsRateYear: 2026,
  year: 2026,
  orderNumber: null,
  orderDate: null,
};

const ended: Appointment = {
  ...signed,
  status: 'ended',
  startedOn: '2026-03-02',
  hoursDone: 120,
  ending: { kind: 'withdrawal', date: '2026-09-30', hoursDone: 120, hoursReturned: 80, note: '' },
  payout: due,
};

const preview: Payout = {
  ...due,
  appointmentId: ID,
  tutorName: signed.tutorName,
  endedOn: '2026-09-30',
  today: '2026-11-20',
  recordedAt: null,
  cancelledOrders: [],
};

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('the payout dialog', () => {
  it('shows the figures, the server’s refusal at the date field, then records the order and the row says paid', async () => {
    let appointment = ended;
    const sent: unknown[] = [];
    renderApp('/appointments', {
      'GET /api/session': () => ({ status: 200, body: office }),
      'GET /api/appointments/awaiting': () => ({ status: 200, body: { items: [] } }),
      'GET /api/appointments': () => ({ status: 200, body: { items: [appointment] } }),
      [`GET /api/appointments/${ID}/payout`]: () => ({ status: 200, body: preview }),
      [`POST /api/appointments/${ID}/payout`]: (init) => {
        const body = JSON.parse(String(init?.body));
        sent.push(body);
        if (body.orderDate === '2026-09-29')
          return {
            status: 400,
            body: {
              type: 'urn:affianco:problem:payout-date-invalid',
              title:
                "La data del dispositivo non può precedere la conclusione dell'incarico (mercoledì 30 settembre 2026).",
              status: 400,
              kind: 'payout-date-invalid',
              issues: [
                {
                  field: 'orderDate',
                  code: 'before-ending',
                  message:
                    "La data del dispositivo non può precedere la conclusione dell'incarico (mercoledì 30 settembre 2026).",
                },
              ],
            },
          };
        appointment = {
          ...ended,
          payout: { ...due, status: 'paid', orderNumber: body.orderNumber, orderDate: body.orderDate },
        };
        return { status: 201, body: { ...preview, status: 'paid', ...body } };
      },
    });
    const row = await screen.findByTestId('appointment-row');
    expect(within(row).getByText(/^Da liquidare 1\.800,00\s€$/)).toBeTruthy();
    fireEvent.click(within(row).getByRole('button', { name: 'Liquida' }));
    const dialog = await screen.findByRole('dialog', { name: 'Liquidazione di Giulia Lorusso' });
    const figures = await within(dialog).findByTestId('payout-figures');
    const figure = (label: string) =>
      within(figures)
        .getByRole('rowheader', { name: label })
        .nextElementSibling?.textContent?.replace(/\s/g, ' ');
    expect(figure('Ore liquidate')).toBe('120');
    expect(figure('Lordo percipiente')).toBe('1.800,00 €');
    expect(figure('Quota INPS a carico dello studente (trattenuta)')).toBe('210,18 €');
    expect(figure('Netto allo studente')).toBe('1.589,82 €');
    expect(figure('Quota INPS a carico dell’Ateneo')).toBe('420,36 €');
    expect(figure('Costo per l’Ateneo')).toBe('2.220,36 €');
    expect(within(dialog).getByText('Aliquota INPS Gestione Separata 2026: 35,03%')).toBeTruthy();
    const date = within(dialog).getByLabelText('Data del dispositivo') as HTMLInputElement;
    // The date starts at today; the number is required before anything is sent.
    expect(date.value).toBe('2026-11-20');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Registra la liquidazione' }));
    const number = within(dialog).getByLabelText('Numero del dispositivo di liquidazione');
    expect(number.getAttribute('aria-invalid')).toBe('true');
    expect(within(dialog).getAllByText('Scrivi il numero del dispositivo.').length).toBeGreaterThan(0);
    expect(sent).toEqual([]);
    fireEvent.change(number, { target: { value: 'DL 123/2026' } });
    fireEvent.change(date, { target: { value: '2026-09-29' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Registra la liquidazione' }));
    await within(dialog).findAllByText(/non può precedere la conclusione/);
    expect(date.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(date.getAttribute('aria-describedby') ?? '')?.textContent).toContain(
      'non può precedere la conclusione',
    );
    expect(number.getAttribute('aria-invalid')).toBeNull();
    fireEvent.change(date, { target: { value: '2026-11-12' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Registra la liquidazione' }));
    expect(
      await screen.findByText(/^Liquidato il 12\/11\/2026 \(n\. DL 123\/2026\), netto 1\.589,82\s€$/),
    ).toBeTruthy();
    expect(sent).toEqual([
      { orderNumber: 'DL 123/2026', orderDate: '2026-09-29' },
      { orderNumber: 'DL 123/2026', orderDate: '2026-11-12' },
    ]);
    expect(screen.queryByRole('button', { name: 'Liquida' })).toBeNull();
    // Paid: the order as a PDF in Italian (the act) and in English (its courtesy translation).
    const paidRow = screen.getByTestId('appointment-row');
    expect(
      within(paidRow)
        .getByRole('link', { name: 'Dispositivo di liquidazione in italiano (PDF)' })
        .getAttribute('href'),
    ).toBe(`/api/appointments/${ID}/payout.pdf?lang=it`);
    expect(
      within(paidRow)
        .getByRole('link', { name: 'Dispositivo di liquidazione in inglese (PDF)' })
        .getAttribute('href'),
    ).toBe(`/api/appointments/${ID}/payout.pdf?lang=en`);
  });

  it("says when the year's INPS rate is not in the profile yet and the last known one applies provisionally", async () => {
    renderApp('/appointments', {
      'GET /api/session': () => ({ status: 200, body: office }),
      'GET /api/appointments/awaiting': () => ({ status: 200, body: { items: [] } }),
      'GET /api/appointments': () => ({ status: 200, body: { items: [ended] } }),
      [`GET /api/appointments/${ID}/payout`]: () => ({
        status: 200,
        body: { ...preview, year: 2027, inpsRateYear: 2026 },
      }),
    });
    const row = await screen.findByTestId('appointment-row');
    fireEvent.click(within(row).getByRole('button', { name: 'Liquida' }));
    const dialog = await screen.findByRole('dialog', { name: 'Liquidazione di Giulia Lorusso' });
    expect(
      await within(dialog).findByText(
        /non ha ancora l’aliquota INPS Gestione Separata del 2027: si applica in via provvisoria quella del 2026 \(35,03%\)/,
      ),
    ).toBeTruthy();
  });

  it('shows nothing due without a button', async () => {
    renderApp('/appointments', {
      'GET /api/session': () => ({ status: 200, body: office }),
      'GET /api/appointments/awaiting': () => ({ status: 200, body: { items: [] } }),
      'GET /api/appointments': () => ({
        status: 200,
        body: { items: [{ ...ended, payout: { ...due, status: 'nothing-due', grossCents: 0 } }] },
      }),
    });
    const row = await screen.findByTestId('appointment-row');
    expect(within(row).getByText('Nulla da liquidare')).toBeTruthy();
    expect(within(row).queryByRole('button', { name: 'Liquida' })).toBeNull();
  });

  it("the office's appointment page shows the payout due with its dialog", async () => {
    renderApp(`/appointments/${ID}`, {
      'GET /api/session': () => ({ status: 200, body: office }),
      [`GET /api/appointments/${ID}`]: () => ({ status: 200, body: ended }),
      [`GET /api/appointments/${ID}/payout`]: () => ({ status: 200, body: preview }),
    });
    const payout = await screen.findByTestId('payout');
    expect(within(payout).getByText(/^Da liquidare 1\.800,00\s€$/)).toBeTruthy();
    fireEvent.click(within(payout).getByRole('button', { name: 'Liquida' }));
    const dialog = await screen.findByRole('dialog', { name: 'Liquidazione di Giulia Lorusso' });
    expect(await within(dialog).findByTestId('payout-figures')).toBeTruthy();
  });

  it('the tutor reads the payout of their ended appointment in I miei incarichi', async () => {
    const student: Session = {
      ...office,
      person: { ...office.person, roles: [{ role: 'student', unitId: null, unitName: null, callId: null }] },
    } as Session;
    const paid = { ...due, status: 'paid' as const, orderNumber: 'DL 123/2026', orderDate: '2026-11-12' };
    renderApp('/incarichi', {
      'GET /api/session': () => ({ status: 200, body: student }),
      'GET /api/me/appointments': () => ({ status: 200, body: { items: [{ ...ended, payout: paid }] } }),
    });
    const card = await screen.findByTestId('appointment-card');
    expect(within(card).getByText('Liquidazione')).toBeTruthy();
    expect(
      within(card).getByText(/^Liquidato il 12\/11\/2026 \(n\. DL 123\/2026\), netto 1\.589,82\s€$/),
    ).toBeTruthy();
  });
});

import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Appointment } from '../../../../../api/appointments.ts';
import type { PayoutView } from '../../../../../api/payouts.ts';
import { officeSession, renderApp } from '../../../test/render-app.tsx';
import { ID, signed } from '../test-appointment.ts';

const paid: PayoutView = {
  status: 'paid',
  hoursPaid: 200,
  grossCents: 300_000,
  studentInpsCents: 35_030,
  universityInpsCents: 70_060,
  netCents: 264_970,
  universityCostCents: 370_060,
  inpsRateBasisPoints: 3503,
  inpsRateYear: 2026,
  year: 2026,
  orderNumber: 'DL 9/2026',
  orderDate: '2026-11-02',
};

const ended: Appointment = {
  ...signed,
  status: 'ended',
  startedOn: '2026-03-02',
  hoursDone: 200,
  ending: { kind: 'completed', date: '2026-10-30', hoursDone: 200, hoursReturned: 0, note: '' },
  payout: paid,
};

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('cancelling a payout order', () => {
  it('asks for the reason, says what happens, then the appointment is due again', async () => {
    let appointment = ended;
    const bodies: unknown[] = [];
    renderApp(`/appointments/${ID}`, {
      'GET /api/session': () => ({ status: 200, body: officeSession() }),
      [`GET /api/appointments/${ID}`]: () => ({ status: 200, body: appointment }),
      [`POST /api/appointments/${ID}/payout/cancel`]: (init) => {
        bodies.push(JSON.parse(String(init?.body)));
        appointment = { ...ended, payout: { ...paid, status: 'due', orderNumber: null, orderDate: null } };
        return {
          status: 200,
          body: {
            ...paid,
            status: 'due',
            orderNumber: null,
            orderDate: null,
            appointmentId: ID,
            tutorName: ended.tutorName,
            endedOn: '2026-10-30',
            today: '2026-11-20',
            recordedAt: null,
            cancelledOrders: [
              {
                orderNumber: 'DL 9/2026',
                orderDate: '2026-11-02',
                grossCents: 300_000,
                cancelledAt: '2026-11-20T09:00:00.000Z',
                reason: 'Numero errato',
              },
            ],
          },
        };
      },
    });
    const payout = await screen.findByTestId('payout');
    expect(payout.textContent).toContain('Liquidato il 02/11/2026 (n. DL 9/2026)');
    fireEvent.click(within(payout).getByRole('button', { name: 'Annulla il dispositivo' }));
    const dialog = await screen.findByRole('dialog', { name: 'Annullamento del dispositivo n. DL 9/2026' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Continua' }));
    expect(within(dialog).getAllByText('Scrivi perché il dispositivo viene annullato.')).not.toHaveLength(0);
    expect(bodies).toEqual([]);
    fireEvent.change(within(dialog).getByLabelText('Motivo dell’annullamento'), {
      target: { value: 'Numero errato' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Continua' }));
    expect(
      await within(dialog).findByText(
        /Il dispositivo n\. DL 9\/2026 del 02\/11\/2026 \(lordo 3\.000,00\s€\) viene annullato/,
      ),
    ).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Annulla il dispositivo' }));
    expect(
      await screen.findByText('Dispositivo annullato: l’incarico è di nuovo da liquidare.'),
    ).toBeTruthy();
    expect(bodies).toEqual([{ reason: 'Numero errato' }]);
    expect(await screen.findByRole('button', { name: 'Liquida' })).toBeTruthy();
  });
});

import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Appointment, ReturnedHours } from '../../../../../api/appointments.ts';
import { officeSession, renderApp } from '../../../test/render-app.tsx';
import { ID, signed } from '../test-appointment.ts';

const office = officeSession({ id: '00000000-0000-4000-8000-000000000009' });

const BEN = '00000000-0000-4000-8000-0000000000b2';

/** Withdrawn after 120 of 200 hours: 80 hours and 1.200 euros back to the position. */
const ended: Appointment = {
  ...signed,
  status: 'ended',
  startedOn: '2026-03-02',
  hoursDone: 120,
  ending: { kind: 'withdrawal', date: '2026-10-30', hoursDone: 120, hoursReturned: 80, note: '' },
};

const view = (overrides: Partial<ReturnedHours> = {}): ReturnedHours => ({
  appointmentId: ID,
  returned: { hours: 80, amountCents: 120_000 },
  left: { hours: 80, amountCents: 120_000 },
  offer: null,
  assignable: true,
  assignments: [],
  targets: [
    {
      appointmentId: BEN,
      tutorName: 'Beniamino Sala',
      status: 'active',
      activityType: 'Tutorato informativo',
      hours: 100,
      grossCents: 150_000,
      kinds: ['tutoring'],
    },
  ],
  ...overrides,
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const openPage = (returned: () => ReturnedHours, handlers: Parameters<typeof renderApp>[1] = {}) =>
  renderApp(`/appointments/${ID}`, {
    'GET /api/session': () => ({ status: 200, body: office }),
    [`GET /api/appointments/${ID}`]: () => ({ status: 200, body: ended }),
    [`GET /api/appointments/${ID}/returned-hours`]: () => ({ status: 200, body: returned() }),
    ...handlers,
  });

describe('the returned hours of an ended appointment', () => {
  it('gives part of them to another tutor: checks the form, shows before and after, then the parts given', async () => {
    let current = view();
    const bodies: unknown[] = [];
    const { fetchMock } = openPage(() => current, {
      [`POST /api/appointments/${ID}/returned-hours/assignments`]: (init) => {
        const body = JSON.parse(String(init?.body));
        bodies.push(body);
        current = view({
          left: { hours: 50, amountCents: 75_000 },
          assignments: [
            {
              id: '00000000-0000-4000-8000-0000000000c3',
              targetAppointmentId: BEN,
              tutorName: 'Beniamino Sala',
              hours: 30,
              amountCents: 45_000,
              kind: 'tutoring',
              reason: body.reason,
              createdAt: '2026-11-02T09:00:00.000Z',
            },
          ],
        });
        return { status: 200, body: current };
      },
    });
    const section = await screen.findByRole('region', { name: 'Ore restituite' });
    expect((await within(section).findByTestId('returned-summary')).textContent).toContain(
      'Restano da assegnare 80 ore',
    );
    fireEvent.click(within(section).getByRole('button', { name: 'Assegna a un altro tutor' }));
    const dialog = await screen.findByRole('dialog');
    // More hours than are left, and no reason: told at the fields, nothing sent.
    fireEvent.change(within(dialog).getByLabelText('Ore da assegnare (al massimo 80)'), {
      target: { value: '81' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Continua' }));
    expect(
      await within(dialog).findAllByText('Restano da assegnare 80 ore: indica al massimo 80.'),
    ).not.toHaveLength(0);
    expect(within(dialog).getAllByText(/Scrivi la motivazione/)).not.toHaveLength(0);
    expect(fetchMock.mock.calls.filter(([, init]) => init?.method === 'POST')).toHaveLength(0);

    fireEvent.change(within(dialog).getByLabelText('Ore da assegnare (al massimo 80)'), {
      target: { value: '30' },
    });
    fireEvent.change(within(dialog).getByLabelText(/^Motivazione/), {
      target: { value: 'Indicazione del prof. Rossi, referente' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Continua' }));
    const summary = await within(dialog).findByTestId('assign-summary');
    expect(summary.textContent).toContain('Beniamino Sala: da 100 a 130 ore');
    expect(summary.textContent).toMatch(/da 1\.500,00\s€ a 1\.950,00\s€/);
    expect(summary.textContent).toContain('resteranno 50 ore');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Assegna le ore' }));
    expect(await screen.findByText('30 ore assegnate a Beniamino Sala.')).toBeTruthy();
    expect(bodies).toEqual([
      {
        targetAppointmentId: BEN,
        hours: 30,
        kind: 'tutoring',
        reason: 'Indicazione del prof. Rossi, referente',
      },
    ]);
    const row = await screen.findByTestId('assignment');
    expect(within(row).getByRole('link', { name: 'Beniamino Sala' }).getAttribute('href')).toBe(
      `/appointments/${BEN}`,
    );
    await waitFor(() =>
      expect(screen.getByTestId('returned-summary').textContent).toContain('Restano da assegnare 50 ore'),
    );
  });

  it("shows the server's refusal at its field", async () => {
    openPage(() => view(), {
      [`POST /api/appointments/${ID}/returned-hours/assignments`]: () => ({
        status: 409,
        body: {
          type: 'urn:affianco:problem:returned-hours-assignment-refused',
          title: 'Restano da assegnare 20 ore: indica al massimo 20 ore.',
          status: 409,
          kind: 'returned-hours-assignment-refused',
          issues: [
            {
              field: 'hours',
              code: 'too-many-hours',
              message: 'Restano da assegnare 20 ore: indica al massimo 20 ore.',
            },
          ],
        },
      }),
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Assegna a un altro tutor' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText(/^Motivazione/), { target: { value: 'Indicazione' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Continua' }));
    fireEvent.click(await within(dialog).findByRole('button', { name: 'Assegna le ore' }));
    expect(
      await within(dialog).findAllByText('Restano da assegnare 20 ore: indica al massimo 20 ore.'),
    ).not.toHaveLength(0);
    expect(
      within(dialog).getByLabelText('Ore da assegnare (al massimo 80)').getAttribute('aria-invalid'),
    ).toBe('true');
  });

  it('says why nothing can be given while the hours are offered to the next candidate', async () => {
    openPage(() =>
      view({
        assignable: false,
        offer: { status: 'pending', candidateName: 'Carla Neri', offeredAt: '2026-11-01T10:00:00.000Z' },
      }),
    );
    const section = await screen.findByRole('region', { name: 'Ore restituite' });
    expect(
      await within(section).findByText(/Offerte a Carla Neri il 01\/11\/2026: In attesa di risposta/),
    ).toBeTruthy();
    expect(within(section).getByText(/finché l’offerta è in attesa o accettata/)).toBeTruthy();
    expect(within(section).queryByRole('button', { name: 'Assegna a un altro tutor' })).toBeNull();
  });
});

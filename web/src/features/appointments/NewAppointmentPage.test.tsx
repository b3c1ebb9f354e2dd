import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AppointmentDefaults } from '../../../../api/appointments.ts';
import { officeSession, renderApp } from '../../test/render-app.tsx';
import { signed } from './test-appointment.ts';

const OFFER = '00000000-0000-4000-8000-0000000000b1';
const SUPERVISOR = '00000000-0000-4000-8000-0000000000f1';

const office = officeSession({ id: '00000000-0000-4000-8000-000000000009' });

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

  const people = {
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
  };

  it('reads amounts the Italian way, and refuses one it cannot read at its field without sending anything', async () => {
    const bodies: Array<Record<string, unknown>> = [];
    const peopleQueries: string[] = [];
    renderApp(`/appointments/new/${OFFER}`, {
      'GET /api/session': () => ({ status: 200, body: office }),
      [`GET /api/offers/${OFFER}/appointment`]: () => ({
        status: 200,
        body: {
          ...defaults,
          terms: { ...defaults.terms, items: [{ kind: 'tutoring', hours: 20, costCents: 123_456 }] },
        },
      }),
      'GET /api/people': (_init, url) => {
        peopleQueries.push(String(url));
        return people;
      },
      [`POST /api/offers/${OFFER}/appointment`]: (init) => {
        bodies.push(JSON.parse(String(init?.body)));
        return { status: 201, body: { ...signed, status: 'generated', protocol: null } };
      },
      'GET /api/appointments': () => ({ status: 200, body: { items: [] } }),
      'GET /api/appointments/awaiting': () => ({ status: 200, body: { items: [] } }),
    });
    const cost = (await screen.findByLabelText('Costo lordo in euro')) as HTMLInputElement;
    // The prefilled amount reads as the office writes it.
    expect(cost.value).toBe('1.234,56');
    // The chooser lists supervisors only.
    expect(peopleQueries.some((u) => u.includes('role=supervisor'))).toBe(true);
    fireEvent.change(cost, { target: { value: '12,34,5' } });
    fireEvent.click(screen.getByRole('button', { name: 'Conferisci l’incarico' }));
    await screen.findAllByText('Scrivi un importo in euro, ad esempio 1.234,56.');
    expect(cost.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById('appointment-cost-error')?.textContent).toBe(
      'Scrivi un importo in euro, ad esempio 1.234,56.',
    );
    expect(bodies).toHaveLength(0);
    fireEvent.change(cost, { target: { value: '2.500,5' } });
    fireEvent.click(screen.getByRole('button', { name: 'Conferisci l’incarico' }));
    expect(await screen.findByRole('heading', { name: 'Incarichi e tutor' })).toBeTruthy();
    expect(bodies[0]).toMatchObject({ terms: { items: [{ hours: 20, costCents: 250_050 }] } });
  });

  it("shows the server's messages at their fields: the supervisor, the dates and the training hours", async () => {
    let answer = 0;
    renderApp(`/appointments/new/${OFFER}`, {
      'GET /api/session': () => ({ status: 200, body: office }),
      [`GET /api/offers/${OFFER}/appointment`]: () => ({ status: 200, body: defaults }),
      'GET /api/people': () => people,
      [`POST /api/offers/${OFFER}/appointment`]: () => {
        answer += 1;
        return answer === 1
          ? {
              status: 400,
              body: {
                type: 'urn:affianco:problem:invalid-input',
                title: 'Dati non validi',
                status: 400,
                kind: 'invalid-input',
                issues: [
                  {
                    field: 'supervisorId',
                    code: 'appointment.supervisor-not-supervisor',
                    message:
                      'La persona scelta non ha il ruolo di docente referente: scegli un docente referente.',
                  },
                ],
              },
            }
          : {
              status: 422,
              body: {
                type: 'urn:affianco:problem:invalid-appointment-terms',
                title: "Dati dell'incarico non validi: le date ...",
                status: 422,
                kind: 'invalid-appointment-terms',
                issues: [
                  {
                    field: 'terms.endDate',
                    code: 'dates-invalid',
                    message: 'Le date di inizio e fine non sono valide o la fine precede l’inizio.',
                  },
                  {
                    field: 'terms.trainingHours',
                    code: 'safety-training-missing',
                    message: 'Le ore di formazione non coprono la formazione obbligatoria sulla sicurezza.',
                  },
                ],
              },
            };
      },
    });
    await screen.findByLabelText('Costo lordo in euro');
    fireEvent.click(screen.getByRole('button', { name: 'Conferisci l’incarico' }));
    const supervisor = await screen.findByText(
      'La persona scelta non ha il ruolo di docente referente: scegli un docente referente.',
    );
    const select = screen.getByLabelText('Docente referente');
    expect(select.getAttribute('aria-describedby')).toBe(supervisor.id);
    expect(select.getAttribute('aria-invalid')).toBe('true');
    // Every message is at its field: the top says only that some fields are wrong.
    expect(screen.getByText('Alcuni campi non sono validi: correggili e riprova.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Conferisci l’incarico' }));
    await screen.findAllByText('Le date di inizio e fine non sono valide o la fine precede l’inizio.');
    expect(screen.getByLabelText('Data di fine').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText('Ore di formazione').getAttribute('aria-describedby')).toBe(
      'appointment-training-error',
    );
    expect(screen.queryByText(/Dati dell'incarico non validi/)).toBeNull();
  });
});

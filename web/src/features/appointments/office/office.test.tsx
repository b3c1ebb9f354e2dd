import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Appointment } from '../../../../../api/appointments.ts';
import { officeSession, renderApp } from '../../../test/render-app.tsx';
import { ID, signed } from '../test-appointment.ts';

const office = officeSession({ id: '00000000-0000-4000-8000-000000000009' });

/** The demo's kind of appointment at Bari, started: 200 hours for 3.000 euros, pauses of at most 30 days. */
const active: Appointment = {
  ...signed,
  status: 'active',
  acknowledgedAt: '2026-02-20T10:00:00.000Z',
  startedOn: '2026-03-02',
  rules: {
    maxPauseDays: 30,
    pauseDaysUsed: 4,
    payoutMinimumHours: 30,
    graduation: { kind: 'forfeits', remainingHours: 200 },
  },
};

const problem = (status: number, kind: string, title: string, issues?: unknown[]) => ({
  status,
  body: { type: `urn:affianco:problem:${kind}`, title, status, kind, ...(issues ? { issues } : {}) },
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const openPage = (appointment: () => Appointment, handlers: Parameters<typeof renderApp>[1]) =>
  renderApp(`/appointments/${ID}`, {
    'GET /api/session': () => ({ status: 200, body: office }),
    [`GET /api/appointments/${ID}`]: () => ({ status: 200, body: appointment() }),
    ...handlers,
  });

const posts = (fetchMock: ReturnType<typeof renderApp>['fetchMock']) =>
  fetchMock.mock.calls.filter(([, init]) => init?.method === 'POST');

describe("the office's page of an appointment", () => {
  it('shows the parties, the terms, the letter and the checklist, with the letter in both languages', async () => {
    openPage(() => active, {});
    expect(await screen.findByRole('heading', { level: 1, name: 'Incarico di Giulia Lorusso' })).toBeTruthy();
    const parties = screen.getByTestId('parties');
    expect(within(parties).getByText('Giulia Lorusso (578123)')).toBeTruthy();
    expect(within(parties).getByText('Marco Rossi')).toBeTruthy();
    expect(within(parties).getByText('Dipartimento di Meccanica')).toBeTruthy();
    expect(screen.getByTestId('total-hours').textContent).toBe('200');
    expect(screen.getByTestId('gross').textContent).toMatch(/3\.?000,00/);
    expect(screen.getByText('n. 2026/00123 del 19/02/2026')).toBeTruthy();
    expect(screen.getByText('il 20/02/2026')).toBeTruthy();
    expect(
      screen.getByRole('link', { name: 'Lettera d’incarico in inglese (PDF)' }).getAttribute('href'),
    ).toBe(`/api/appointments/${ID}/letter.pdf?lang=en`);
    expect(screen.getByTestId('checklist-safety-training')).toBeTruthy();
    expect(screen.getByTestId('pause-limit').textContent).toContain(
      'non più di 30 giorni in tutto; finora: 4',
    );
    // Active: it can be paused or ended, not started again.
    expect(screen.getByRole('button', { name: 'Interrompi l’attività' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Avvia l’attività' })).toBeNull();
  });

  it("shows the server's refusal to start the activity in the dialog", async () => {
    const acknowledged = { ...active, status: 'acknowledged' as const, startedOn: null };
    const { fetchMock } = openPage(() => acknowledged, {
      [`POST /api/appointments/${ID}/activate`]: () =>
        problem(
          409,
          'appointment-transition-refused',
          "Non è possibile avviare l'attività: mancano la presa visione del Codice etico.",
        ),
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Avvia l’attività' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('Ancora da fare: Presa visione del Codice etico.')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Conferma l’avvio' }));
    expect(await within(dialog).findByText(/mancano la presa visione del Codice etico/)).toBeTruthy();
    expect(posts(fetchMock)).toHaveLength(1);
  });

  it("an amendment of a signed letter names the elements that change and needs a reason, told at the reason's field", async () => {
    let appointment = active;
    const bodies: Array<{ terms: Appointment['terms']; reason: string }> = [];
    const { fetchMock } = openPage(() => appointment, {
      [`POST /api/appointments/${ID}/amend`]: (init) => {
        const body = JSON.parse(String(init?.body));
        bodies.push(body);
        if (!body.reason.trim())
          return problem(
            422,
            'amendment-reason-required',
            'Una lettera firmata si modifica nei suoi elementi essenziali (durata, importo, ore) solo per ragioni sopravvenute: indica la motivazione.',
            [{ field: 'reason', code: 'amendment-reason-required', message: 'Indica la motivazione.' }],
          );
        appointment = {
          ...appointment,
          terms: body.terms,
          hours: 180,
          grossCents: 270_000,
          amendments: [
            {
              date: '2026-04-01',
              reason: body.reason,
              changed: ['hours', 'amount'],
              before: active.terms,
              after: body.terms,
            },
          ],
        };
        return { status: 200, body: appointment };
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Modifica l’incarico' }));
    let dialog = await screen.findByRole('dialog');
    // An amount that does not read as euros is told at its field; nothing is sent.
    const cost = within(dialog).getByLabelText('Costo lordo in euro: Attività di tutorato');
    fireEvent.change(cost, { target: { value: 'tremila' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Continua' }));
    expect(
      await within(dialog).findAllByText('Scrivi un importo in euro, ad esempio 1.234,56.'),
    ).not.toHaveLength(0);
    expect(cost.getAttribute('aria-invalid')).toBe('true');
    expect(posts(fetchMock)).toHaveLength(0);

    fireEvent.change(cost, { target: { value: '2.700,00' } });
    fireEvent.change(within(dialog).getByLabelText('Ore: Attività di tutorato'), {
      target: { value: '180' },
    });
    expect(within(dialog).getByLabelText('Motivazione (obbligatoria)')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Continua' }));
    const changes = await within(dialog).findByTestId('amend-changes');
    expect(changes.textContent).toContain(
      'Ore: da 200 ore (di cui formazione 10) a 180 ore (di cui formazione 10)',
    );
    expect(changes.textContent).toMatch(/Importo: da 3\.?000,00\s€ a 2\.?700,00\s€/);
    expect(changes.textContent).not.toContain('Durata');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Conferma la modifica' }));
    // Refused without a reason: back to the fields, the message at the reason.
    const reason = await within(dialog).findByLabelText('Motivazione (obbligatoria)');
    await waitFor(() => expect(reason.getAttribute('aria-invalid')).toBe('true'));
    expect(within(dialog).getAllByText('Indica la motivazione.').length).toBeGreaterThan(0);
    expect(bodies.at(-1)?.terms.items).toEqual([{ kind: 'tutoring', hours: 180, costCents: 270_000 }]);

    fireEvent.change(reason, { target: { value: 'Riduzione del corso' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Continua' }));
    dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Conferma la modifica' }));
    expect(await screen.findByText('Modifica registrata.')).toBeTruthy();
    const row = await screen.findByTestId('amendment');
    expect(row.textContent).toContain('Riduzione del corso');
    expect(row.textContent).toContain('Ore, Importo');
    expect(bodies).toHaveLength(2);
  });

  it("a pause beyond the profile's limit is told at the day it resumes; a missing reason at the reason", async () => {
    const sent: unknown[] = [];
    openPage(() => active, {
      [`POST /api/appointments/${ID}/pause`]: (init) => {
        const body = JSON.parse(String(init?.body));
        sent.push(body);
        if (!body.reason)
          return problem(400, 'invalid-input', 'Dati non validi', [
            { field: 'reason', code: 'too_small', message: 'reason: scrivi il motivo' },
          ]);
        return problem(
          422,
          'pause-too-long',
          "L'attività può essere interrotta per non più di 30 giorni in tutto: con questa interruzione sarebbero 45.",
        );
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Interrompi l’attività' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByTestId('pause-limit').textContent).toContain('finora: 4');
    fireEvent.change(within(dialog).getByLabelText('Primo giorno di interruzione'), {
      target: { value: '2026-04-01' },
    });
    const until = within(dialog).getByLabelText('Giorno di ripresa (se già noto)');
    fireEvent.change(until, { target: { value: '2026-05-12' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Continua' }));
    fireEvent.click(await within(dialog).findByRole('button', { name: 'Conferma l’interruzione' }));
    const reason = await within(dialog).findByLabelText('Motivo dell’interruzione');
    await waitFor(() => expect(reason.getAttribute('aria-invalid')).toBe('true'));
    expect(within(dialog).getAllByText('reason: scrivi il motivo').length).toBeGreaterThan(0);

    fireEvent.change(reason, { target: { value: 'Tirocinio' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Continua' }));
    fireEvent.click(await within(dialog).findByRole('button', { name: 'Conferma l’interruzione' }));
    const untilAgain = await within(dialog).findByLabelText('Giorno di ripresa (se già noto)');
    await waitFor(() => expect(untilAgain.getAttribute('aria-invalid')).toBe('true'));
    expect(within(dialog).getAllByText(/sarebbero 45/).length).toBeGreaterThan(0);
    expect(sent.at(-1)).toEqual({ from: '2026-04-01', until: '2026-05-12', reason: 'Tirocinio' });
  });

  it('ending shows the hours that go back to the position and the amount earned before confirming', async () => {
    let appointment = active;
    const bodies: unknown[] = [];
    openPage(() => appointment, {
      [`POST /api/appointments/${ID}/end`]: (init) => {
        const body = JSON.parse(String(init?.body));
        bodies.push(body);
        if (body.hoursDone > 200)
          return problem(409, 'appointment-transition-refused', "Non è possibile chiudere l'incarico.", [
            { field: 'hoursDone', code: 'hours-invalid', message: 'Le ore svolte non sono valide.' },
          ]);
        appointment = {
          ...appointment,
          status: 'ended',
          hoursDone: body.hoursDone,
          ending: { ...body, hoursReturned: 200 - body.hoursDone },
        };
        return { status: 200, body: appointment };
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Chiudi l’incarico' }));
    const dialog = await screen.findByRole('dialog');
    const kind = within(dialog).getByLabelText('Motivo della chiusura');
    // Graduation: what the profile allows is said.
    fireEvent.change(kind, { target: { value: 'graduation' } });
    expect(within(dialog).getByTestId('graduation-note').textContent).toContain(
      'Restano 200 ore: con la laurea l’incarico decade.',
    );
    fireEvent.change(kind, { target: { value: 'withdrawal' } });
    fireEvent.change(within(dialog).getByLabelText('Data di chiusura'), { target: { value: '2026-05-04' } });
    const hours = within(dialog).getByLabelText('Ore svolte (su 200)');
    fireEvent.change(hours, { target: { value: '250' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Continua' }));
    fireEvent.click(await within(dialog).findByRole('button', { name: 'Conferma la chiusura' }));
    const hoursAgain = await within(dialog).findByLabelText('Ore svolte (su 200)');
    await waitFor(() => expect(hoursAgain.getAttribute('aria-invalid')).toBe('true'));
    expect(within(dialog).getAllByText('Le ore svolte non sono valide.').length).toBeGreaterThan(0);

    fireEvent.change(hoursAgain, { target: { value: '80' } });
    fireEvent.change(within(dialog).getByLabelText('Nota'), { target: { value: 'Rinuncia scritta' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Continua' }));
    const summary = await within(dialog).findByTestId('action-summary');
    expect(within(summary).getByText('Rinuncia del tutor il 04/05/2026.')).toBeTruthy();
    expect(within(summary).getByTestId('hours-returned').textContent).toBe(
      '120 ore tornano alla posizione, da offrire al candidato successivo',
    );
    // 3.000 euros for 200 hours, 80 done: 1.200 euros (pro rata, above Bari's 30 hours).
    expect(within(summary).getByTestId('earned').textContent).toMatch(
      /Importo lordo maturato: 1\.?200,00\s€/,
    );
    fireEvent.click(within(dialog).getByRole('button', { name: 'Conferma la chiusura' }));
    expect(await screen.findByText('Incarico chiuso.')).toBeTruthy();
    const ending = await screen.findByTestId('ending');
    expect(within(ending).getByText('Rinuncia del tutor')).toBeTruthy();
    expect(within(ending).getByText('120')).toBeTruthy();
    expect(within(ending).getByText('Rinuncia scritta')).toBeTruthy();
    expect(bodies.at(-1)).toEqual({
      kind: 'withdrawal',
      date: '2026-05-04',
      hoursDone: 80,
      note: 'Rinuncia scritta',
    });
    // Ended: no more steps.
    expect(screen.queryByRole('button', { name: 'Chiudi l’incarico' })).toBeNull();
  });

  it('below the minimum hours an interrupted appointment earns nothing, and the dialog says so', async () => {
    openPage(() => active, {});
    fireEvent.click(await screen.findByRole('button', { name: 'Chiudi l’incarico' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('Motivo della chiusura'), {
      target: { value: 'withdrawal' },
    });
    fireEvent.change(within(dialog).getByLabelText('Ore svolte (su 200)'), { target: { value: '20' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Continua' }));
    const summary = await within(dialog).findByTestId('action-summary');
    expect(within(summary).getByTestId('earned').textContent).toMatch(/0,00\s€/);
    expect(within(summary).getByText(/sotto le 30 ore svolte/)).toBeTruthy();
  });
});

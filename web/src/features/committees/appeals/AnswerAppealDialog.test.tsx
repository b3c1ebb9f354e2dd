import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CommitteeAppeal, CommitteeRankingAppeals } from '../../../../../api/committee-appeals.ts';
import type { MyCommitteeCall } from '../../../../../api/committees.ts';
import type { Session } from '../../../../../api/session.ts';
import { anonymousSession, renderApp } from '../../../test/render-app.tsx';

const CALL_ID = '00000000-0000-4000-8000-0000000000c1';
const RANKING_ID = '00000000-0000-4000-8000-0000000000d1';
const APPEAL_ID = '00000000-0000-4000-8000-0000000000e1';
const APP_ID = '00000000-0000-4000-8000-0000000000a1';

const member: Session = {
  ...anonymousSession,
  authenticated: true,
  csrfToken: 'session-token',
  person: {
    id: '00000000-0000-4000-8000-000000000002',
    displayName: 'Vito Capriati',
    locale: 'it',
    roles: [{ role: 'committee-member', unitId: null, unitName: null, callId: CALL_ID }],
  },
};
const declared: MyCommitteeCall = {
  callId: CALL_ID,
  callCode: 'POLIBA-DEI-SEM2-2025',
  callTitle: 'Bando tutorato DEI, II semestre',
  academicYear: 2025,
  role: 'member',
  declared: true,
  conflictDeclaredAt: '2026-01-31T12:00:00.000Z',
};
const pending: CommitteeAppeal = {
  id: APPEAL_ID,
  rankingId: RANKING_ID,
  applicationId: APP_ID,
  protocolNumber: '2026/000003',
  reason: 'La collaborazione con il DEI non è stata valutata.',
  attachmentName: 'attestato.pdf',
  attachmentType: 'application/pdf',
  submittedAt: '2026-02-19T10:30:00.000Z',
  status: 'submitted',
  answer: null,
  answeredAt: null,
  givenName: 'Giulia',
  familyName: 'Lorusso',
};
const ranking = (appeal: CommitteeAppeal): CommitteeRankingAppeals => ({
  id: RANKING_ID,
  title: 'Tutorato didattico · DEI · LM',
  status: 'provisional',
  publishedAt: '2026-02-17T09:00:00.000Z',
  appealsCloseAt: '2026-02-27T23:00:00.000Z',
  appealWindowOpen: true,
  answering: true,
  appeals: [appeal],
});
const ANSWER = 'Accolta: la collaborazione documentata vale i punti del criterio.';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const renderPage = (
  answer: (body: { accepted: boolean; answer: string }) => { status: number; body: unknown },
) => {
  let current = pending;
  const view = renderApp(`/committee/${CALL_ID}`, {
    'GET /api/session': () => ({ status: 200, body: member }),
    [`GET /api/committee/calls/${CALL_ID}`]: () => ({ status: 200, body: declared }),
    [`GET /api/committee/calls/${CALL_ID}/applications`]: () => ({
      status: 200,
      body: { items: [], total: 0, page: 1, pageSize: 200 },
    }),
    [`GET /api/committee/calls/${CALL_ID}/committee`]: () => ({
      status: 200,
      body: {
        callId: CALL_ID,
        callCode: declared.callCode,
        callTitle: declared.callTitle,
        minMembers: 3,
        // A named committee, as the member's call has (the sittings' form reads its members).
        committee: {
          id: '00000000-0000-4000-8000-0000000000f1',
          appointmentAct: 'D.D. DEI n. 31 del 2026',
          namedAt: '2026-02-01T10:00:00.000Z',
          members: [
            {
              personId: member.person?.id ?? '',
              givenName: 'Vito',
              familyName: 'Capriati',
              email: 'commissione@demo.poliba.it',
              role: 'member',
              conflictDeclaredAt: declared.conflictDeclaredAt,
              conflictStatement: '',
            },
          ],
        },
        scoringStarted: true,
      },
    }),
    [`GET /api/committee/calls/${CALL_ID}/sessions`]: () => ({ status: 200, body: [] }),
    [`GET /api/committee/calls/${CALL_ID}/appeals`]: () => ({
      status: 200,
      body: { items: [ranking(current)] },
    }),
    [`POST /api/committee/calls/${CALL_ID}/appeals/${APPEAL_ID}/answer`]: (init) => {
      const reply = answer(JSON.parse(String(init?.body)));
      if (reply.status === 200) current = reply.body as CommitteeAppeal;
      return reply;
    },
  });
  return view;
};

describe("the committee's answer to an appeal", () => {
  it('shows the appeal with its file, asks for the outcome and the reasons at their fields, shows the server’s refusal at the field, then records the answer and points to the scores', async () => {
    const sent: Array<{ accepted: boolean; answer: string }> = [];
    const { fetchMock } = renderPage((body) => {
      sent.push(body);
      if (sent.length === 1)
        return {
          status: 400,
          body: {
            type: 'urn:affianco:problem:invalid-input',
            title: 'Alcuni dati non sono validi: correggi i campi indicati.',
            status: 400,
            kind: 'invalid-input',
            issues: [{ field: 'answer', code: 'too_big', message: 'La risposta è troppo lunga.' }],
          },
        };
      return {
        status: 200,
        body: { ...pending, status: 'accepted', answer: body.answer, answeredAt: '2026-02-20T10:00:00.000Z' },
      };
    });
    const section = await screen.findByRole('region', { name: 'Segnalazioni (ricorsi)' });
    const item = await within(section).findByTestId('committee-appeal');
    expect(item.textContent).toContain('Domanda 2026/000003 · Lorusso Giulia');
    expect(item.textContent).toContain('Da esaminare');
    expect(item.textContent).toContain(pending.reason);
    const file = within(item).getByRole('link', {
      name: 'Scarica l’allegato attestato.pdf della segnalazione della domanda 2026/000003',
    });
    expect(file.getAttribute('href')).toBe(`/api/committee/calls/${CALL_ID}/appeals/${APPEAL_ID}/attachment`);
    expect(section.textContent).toContain('Segnalazioni aperte fino alle 27/02/2026, 23:59 (ora di Roma).');

    fireEvent.click(
      within(item).getByRole('button', { name: 'Rispondi alla segnalazione della domanda 2026/000003' }),
    );
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('Risposta alla segnalazione della domanda 2026/000003')).toBeTruthy();
    const confirm = within(dialog).getByRole('button', { name: 'Conferma la risposta' });

    // Nothing chosen, nothing written: both fields say what is missing; nothing is sent.
    fireEvent.click(confirm);
    expect(await within(dialog).findByText('Indica se la segnalazione è accolta o respinta.')).toBeTruthy();
    const textarea = within(dialog).getByLabelText('Risposta motivata');
    expect(textarea.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(String(textarea.getAttribute('aria-describedby')))?.textContent).toBe(
      'Scrivi la risposta motivata.',
    );
    expect(sent).toEqual([]);

    fireEvent.click(within(dialog).getByLabelText('Accolta'));
    fireEvent.change(textarea, { target: { value: '   ' } });
    fireEvent.click(confirm);
    await waitFor(() =>
      expect(within(dialog).queryByText('Indica se la segnalazione è accolta o respinta.')).toBeNull(),
    );
    expect(textarea.getAttribute('aria-invalid')).toBe('true');
    expect(sent).toEqual([]);

    // The server's refusal of the text is shown at the text, in its words.
    fireEvent.change(textarea, { target: { value: ANSWER } });
    fireEvent.click(confirm);
    expect(await within(dialog).findByText('La risposta è troppo lunga.')).toBeTruthy();
    expect(textarea.getAttribute('aria-invalid')).toBe('true');

    fireEvent.click(confirm);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(sent).toEqual([
      { accepted: true, answer: ANSWER },
      { accepted: true, answer: ANSWER },
    ]);
    const posted = fetchMock.mock.calls.filter(([, init]) => init?.method === 'POST');
    expect(((posted[1]?.[1]?.headers ?? {}) as Record<string, string>)['x-csrf-token']).toBe('session-token');
    const notice = await within(section).findByRole('status');
    await waitFor(() =>
      expect(notice.textContent).toContain('Segnalazione della domanda 2026/000003 accolta.'),
    );
    expect(
      within(notice)
        .getByRole('link', { name: 'Correggi i punteggi della domanda 2026/000003' })
        .getAttribute('href'),
    ).toBe(`/committee/calls/${CALL_ID}/applications/${APP_ID}/scores`);
    // The list now shows the answer; no answer can be given twice.
    await waitFor(() =>
      expect(within(section).getByTestId('committee-appeal').textContent).toContain(ANSWER),
    );
    expect(within(section).queryByRole('button', { name: /Rispondi alla segnalazione/ })).toBeNull();
  });

  it('sends a rejection and says so', async () => {
    const sent: Array<{ accepted: boolean; answer: string }> = [];
    renderPage((body) => {
      sent.push(body);
      return { status: 200, body: { ...pending, status: 'rejected', answer: body.answer, answeredAt: null } };
    });
    fireEvent.click(
      await screen.findByRole('button', { name: 'Rispondi alla segnalazione della domanda 2026/000003' }),
    );
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByLabelText('Respinta'));
    fireEvent.change(within(dialog).getByLabelText('Risposta motivata'), {
      target: { value: ' Respinta. ' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Conferma la risposta' }));
    expect(await screen.findByText('Segnalazione della domanda 2026/000003 respinta.')).toBeTruthy();
    expect(sent).toEqual([{ accepted: false, answer: 'Respinta.' }]);
  });
});

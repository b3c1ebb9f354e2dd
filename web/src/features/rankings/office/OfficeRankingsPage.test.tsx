import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RankingView } from '../../../../../api/rankings.ts';
import { officeSession, renderApp } from '../../../test/render-app.tsx';

const CALL_ID = '00000000-0000-4000-8000-0000000000c1';
const RANKING_ID = '00000000-0000-4000-8000-0000000000e1';
const APPEAL_ID = '00000000-0000-4000-8000-0000000000f1';
const ids = ['a1', 'a2', 'a3'].map((n) => `00000000-0000-4000-8000-0000000000${n}`);

const office = officeSession();

const entry = (n: number, over: Partial<RankingView['entries'][number]>): RankingView['entries'][number] => ({
  applicationId: ids[n] as string,
  protocolNumber: `2026/00000${n + 1}`,
  studentNumber: `60000${n}`,
  givenName: ['Anna', 'Bruno', 'Carla'][n] as string,
  familyName: ['Lorusso', 'Deluca', 'Ferri'][n] as string,
  place: 1,
  totalHundredths: 2900,
  total: '29,00',
  outcome: 'eligible',
  positionId: null,
  tieGroup: null,
  awaitingScores: false,
  detail: {},
  ...over,
});

/** A draft where Lorusso wins alone at 31,00 and Deluca and Ferri tie at 29,00 for the second grant. */
const draft: RankingView = {
  id: RANKING_ID,
  callId: CALL_ID,
  groupKey: 'g1',
  title: 'Tutorato informativo — DEI (LM, LMCU)',
  status: 'draft',
  publishedAt: null,
  appealsCloseAt: null,
  decreeNumber: null,
  decreeDate: null,
  approvedAt: null,
  validUntil: null,
  version: 3,
  computedAt: '2026-03-20T09:00:00.000Z',
  positionIds: [],
  entries: [
    entry(0, { place: 1, totalHundredths: 3100, total: '31,00', outcome: 'winner' }),
    entry(1, { place: 2, tieGroup: 1, detail: { decisiveTie: true } }),
    entry(2, { place: 2, tieGroup: 1, detail: { decisiveTie: true } }),
  ],
  tieGroups: [
    { tieGroup: 1, place: 2, applicationIds: [ids[1] as string, ids[2] as string], decisive: true },
  ],
};

const resolved: RankingView = {
  ...draft,
  version: 4,
  entries: [
    draft.entries[0] as RankingView['entries'][number],
    entry(2, { place: 2, outcome: 'winner', detail: { tieResolution: { note: 'x' } } }),
    entry(1, { place: 3, detail: { tieResolution: { note: 'x' } } }),
  ],
  tieGroups: [],
};

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const sentBody = (fetchMock: ReturnType<typeof vi.fn>, path: string) => {
  const call = fetchMock.mock.calls.find(
    ([input, init]) =>
      init?.method === 'POST' && new URL(String(input), 'http://localhost').pathname === path,
  );
  return call ? JSON.parse(String(call[1]?.body)) : undefined;
};

describe("the office's rankings of a call", () => {
  it('shows the ranking with names, orders a decisive tie by keyboard with a required note, then publishes', async () => {
    let ranking = draft;
    const { fetchMock } = renderApp(`/calls/${CALL_ID}/rankings`, {
      'GET /api/session': () => ({ status: 200, body: office }),
      // The page reads the call only for its code and title in the breadcrumbs.
      [`GET /api/calls/${CALL_ID}`]: () => ({
        status: 404,
        body: { type: 'urn:affianco:problem:not-found', title: 'call', status: 404, kind: 'not-found' },
      }),
      [`GET /api/calls/${CALL_ID}/rankings`]: () => ({ status: 200, body: { items: [ranking] } }),
      [`POST /api/calls/${CALL_ID}/rankings/compute`]: () => ({ status: 200, body: { items: [ranking] } }),
      [`POST /api/rankings/${RANKING_ID}/tie-resolutions`]: () => {
        ranking = resolved;
        return { status: 200, body: resolved };
      },
      [`POST /api/rankings/${RANKING_ID}/publish`]: () => {
        ranking = {
          ...resolved,
          status: 'provisional',
          publishedAt: '2026-05-04T08:00:00.000Z',
          appealsCloseAt: '2026-05-14T22:00:00.000Z',
        };
        return { status: 200, body: ranking };
      },
      [`GET /api/rankings/${RANKING_ID}/appeals`]: () => ({ status: 200, body: { items: [] } }),
    });
    const card = await screen.findByRole('region', { name: /Tutorato informativo — DEI/ });
    expect(within(card).getByText('Bozza')).toBeTruthy();
    expect(within(card).getByText('Versione 3, calcolata il 20/03/2026, 10:00 (ora di Roma)')).toBeTruthy();
    expect(within(card).getByRole('rowheader', { name: 'Deluca Bruno' })).toBeTruthy();
    expect(within(card).getAllByText('ex aequo (gruppo 1)')).toHaveLength(2);
    expect(within(card).getByText(/non si approva finché l’ufficio non ne stabilisce l’ordine/)).toBeTruthy();
    expect(
      within(card).getByRole('link', { name: 'Scarica in Excel (con i nomi)' }).getAttribute('href'),
    ).toBe(`/api/rankings/${RANKING_ID}/export.xlsx`);

    fireEvent.click(screen.getByRole('button', { name: 'Ricalcola le graduatorie' }));
    expect(
      await screen.findByText(
        'Graduatorie calcolate: 1. Candidati in graduatoria: 3; in attesa di punteggi: 0; esclusi: 0; ex aequo da risolvere: 1.',
      ),
    ).toBeTruthy();

    fireEvent.click(within(card).getByRole('button', { name: 'Stabilisci l’ordine (posizione 2)' }));
    const dialog = await screen.findByRole('dialog');
    const up = within(dialog).getByRole('button', { name: 'Sposta su Ferri Carla (2026/000003)' });
    expect(
      (
        within(dialog).getByRole('button', {
          name: 'Sposta su Deluca Bruno (2026/000002)',
        }) as HTMLButtonElement
      ).disabled,
    ).toBe(true);
    fireEvent.click(up);
    expect(await within(dialog).findByText('Ferri Carla (2026/000003) ora in posizione 1.')).toBeTruthy();
    // The keyboard stays with the moved candidate: at the top, on their "down" button.
    await waitFor(() => expect(document.activeElement?.id).toBe(`tie-${ids[2]}-down`));
    const items = within(dialog)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items[0]).toContain('2. Ferri Carla');
    expect(items[1]).toContain('3. Deluca Bruno');
    // The note is required: nothing is sent without it, and the message sits at the field.
    fireEvent.click(within(dialog).getByRole('button', { name: 'Registra l’ordine' }));
    expect((await within(dialog).findAllByText('Scrivi la motivazione dell’ordine.')).length).toBeGreaterThan(
      0,
    );
    expect(sentBody(fetchMock, `/api/rankings/${RANKING_ID}/tie-resolutions`)).toBeUndefined();
    fireEvent.change(within(dialog).getByLabelText('Motivazione'), {
      target: { value: 'Sorteggio pubblico del 20/04/2026' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Registra l’ordine' }));
    expect(await screen.findByText(/Ordine dell’ex aequo alla posizione 2 registrato/)).toBeTruthy();
    expect(sentBody(fetchMock, `/api/rankings/${RANKING_ID}/tie-resolutions`)).toEqual({
      applicationIds: [ids[2], ids[1]],
      note: 'Sorteggio pubblico del 20/04/2026',
    });
    await waitFor(() => expect(screen.queryByText('ex aequo (gruppo 1)')).toBeNull());

    fireEvent.click(screen.getByRole('button', { name: 'Pubblica la graduatoria provvisoria' }));
    const confirm = await screen.findByRole('dialog');
    expect(within(confirm).getByText(/senza nomi né date di nascita/)).toBeTruthy();
    fireEvent.click(within(confirm).getByRole('button', { name: 'Pubblica' }));
    // The end of the window the server returned, as its last minute in Rome time.
    expect(
      await screen.findByText(
        'Graduatoria pubblicata. Segnalazioni fino al 14/05/2026, 23:59 (ora di Roma).',
      ),
    ).toBeTruthy();
    expect(await screen.findByText('Provvisoria')).toBeTruthy();
    expect(screen.getByText('Nessuna segnalazione.')).toBeTruthy();
  });

  it('answers an appeal and approves by decree, showing the server’s field message at the field', async () => {
    let ranking: RankingView = {
      ...resolved,
      status: 'provisional',
      publishedAt: '2026-05-04T08:00:00.000Z',
      appealsCloseAt: '2026-05-14T22:00:00.000Z',
    };
    let appeal = {
      id: APPEAL_ID,
      rankingId: RANKING_ID,
      applicationId: ids[1] as string,
      protocolNumber: '2026/000002',
      reason: 'Manca la collaborazione del 2024.',
      attachmentName: 'attestato.pdf',
      attachmentType: 'application/pdf',
      submittedAt: '2026-05-10T10:00:00.000Z',
      status: 'submitted' as 'submitted' | 'accepted' | 'rejected',
      answer: null as string | null,
      answeredAt: null as string | null,
    };
    let approvals = 0;
    const { fetchMock } = renderApp(`/calls/${CALL_ID}/rankings`, {
      'GET /api/session': () => ({ status: 200, body: office }),
      [`GET /api/calls/${CALL_ID}`]: () => ({
        status: 404,
        body: { type: 'urn:affianco:problem:not-found', title: 'call', status: 404, kind: 'not-found' },
      }),
      [`GET /api/calls/${CALL_ID}/rankings`]: () => ({ status: 200, body: { items: [ranking] } }),
      [`GET /api/rankings/${RANKING_ID}/appeals`]: () => ({ status: 200, body: { items: [appeal] } }),
      [`POST /api/rankings/${RANKING_ID}/appeals/${APPEAL_ID}/answer`]: (init) => {
        const body = JSON.parse(String(init?.body));
        appeal = { ...appeal, status: body.accepted ? 'accepted' : 'rejected', answer: body.answer };
        return { status: 200, body: appeal };
      },
      [`POST /api/rankings/${RANKING_ID}/approve`]: () => {
        approvals += 1;
        if (approvals === 1)
          return {
            status: 400,
            body: {
              type: 'urn:affianco:problem:invalid-input',
              title: 'Alcuni dati non sono validi.',
              status: 400,
              kind: 'invalid-input',
              issues: [{ field: 'decreeDate', code: 'invalid', message: 'Data non valida: usa AAAA-MM-GG.' }],
            },
          };
        ranking = {
          ...ranking,
          status: 'definitive',
          decreeNumber: '345/2026',
          decreeDate: '2026-05-20',
          approvedAt: '2026-05-20T08:00:00.000Z',
          validUntil: '2027-05-20',
          commitment: {
            assignmentId: '00000000-0000-4000-8000-0000000000b9',
            fundingTitle: 'FFO 2025 - Fondo Giovani',
            amountCents: 600_000,
            decreeNumber: '345/2026',
            committedAt: '2026-05-20T08:00:00.000Z',
          },
        };
        return { status: 200, body: ranking };
      },
    });
    const item = await screen.findByTestId('appeal');
    expect(within(item).getByText('Manca la collaborazione del 2024.')).toBeTruthy();
    const download = within(item).getByRole('link', {
      name: /^Scarica l’allegato attestato\.pdf della segnalazione della domanda /,
    });
    expect(download.getAttribute('href')).toMatch(
      /^\/api\/rankings\/[0-9a-f-]{36}\/appeals\/[0-9a-f-]{36}\/attachment$/,
    );
    expect(within(item).getByText('da esaminare')).toBeTruthy();
    fireEvent.click(within(item).getByRole('button', { name: 'Registra la risposta' }));
    expect(await within(item).findByText('Indica se la segnalazione è accolta o respinta.')).toBeTruthy();
    fireEvent.click(within(item).getByLabelText('Respinta'));
    fireEvent.change(within(item).getByLabelText('Risposta motivata'), {
      target: { value: 'La collaborazione è già valutata.' },
    });
    fireEvent.click(within(item).getByRole('button', { name: 'Registra la risposta' }));
    expect(await screen.findByText('Segnalazione della domanda 2026/000002 respinta.')).toBeTruthy();
    expect(sentBody(fetchMock, `/api/rankings/${RANKING_ID}/appeals/${APPEAL_ID}/answer`)).toEqual({
      accepted: false,
      answer: 'La collaborazione è già valutata.',
    });
    expect(await screen.findByText('Risposta: La collaborazione è già valutata.')).toBeTruthy();

    const form = screen.getByRole('form', { name: 'Approvazione della graduatoria definitiva' });
    fireEvent.click(within(form).getByRole('button', { name: 'Approva come definitiva' }));
    expect((await within(form).findAllByText('Scrivi il numero del decreto.')).length).toBeGreaterThan(0);
    fireEvent.change(within(form).getByLabelText('Numero del decreto'), { target: { value: '345/2026' } });
    fireEvent.change(within(form).getByLabelText('Data del decreto'), { target: { value: '2026-05-20' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Approva come definitiva' }));
    const dateField = within(form).getByLabelText('Data del decreto');
    await waitFor(() => expect(dateField.getAttribute('aria-invalid')).toBe('true'));
    expect(within(form).getAllByText('Data non valida: usa AAAA-MM-GG.').length).toBeGreaterThan(0);
    fireEvent.click(within(form).getByRole('button', { name: 'Approva come definitiva' }));
    expect(
      await screen.findByText(
        'Graduatoria approvata come definitiva con decreto n. 345/2026 del 20/05/2026.',
      ),
    ).toBeTruthy();
    expect(await screen.findByText('Definitiva')).toBeTruthy();
    expect(screen.getByText('n. 345/2026 del 20/05/2026')).toBeTruthy();
    // The approval committed the winners' grants against the call's funding: the office reads how much, on which.
    expect(screen.getByText('Impegno di spesa')).toBeTruthy();
    expect(screen.getByTestId('ranking-commitment').textContent?.replace(/\s/g, ' ')).toBe(
      '6.000,00 € sul finanziamento «FFO 2025 - Fondo Giovani»',
    );
    // A definitive ranking leads to its offers.
    expect(screen.getByRole('link', { name: 'Offerte e scorrimento' }).getAttribute('href')).toBe(
      `/calls/${CALL_ID}/rankings/${RANKING_ID}/offers`,
    );
    expect(screen.queryByRole('form', { name: 'Approvazione della graduatoria definitiva' })).toBeNull();
  });
});

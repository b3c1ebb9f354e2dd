import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { OwnOffer, RankingOffers } from '../../../../api/offers.ts';
import type { RankingView } from '../../../../api/rankings.ts';
import type { Session } from '../../../../api/session.ts';
import { anonymousSession, renderApp } from '../../test/render-app.tsx';

const CALL_ID = '00000000-0000-4000-8000-0000000000c1';
const RANKING_ID = '00000000-0000-4000-8000-0000000000e1';
const OTHER_RANKING_ID = '00000000-0000-4000-8000-0000000000e2';
const OTHER_CALL_ID = '00000000-0000-4000-8000-0000000000c2';
const THIRD_RANKING_ID = '00000000-0000-4000-8000-0000000000e3';
const CARLO = '00000000-0000-4000-8000-0000000000a8';
const POSITION_ID = '00000000-0000-4000-8000-0000000000f1';
const OFFER_ID = '00000000-0000-4000-8000-000000000101';
const APPOINTMENT_ID = '00000000-0000-4000-8000-000000000201';
const ANNA = '00000000-0000-4000-8000-0000000000a1';
const BRUNO = '00000000-0000-4000-8000-0000000000a2';
const WALT = '00000000-0000-4000-8000-0000000000a9';

const sessionOf = (role: string): Session => ({
  ...anonymousSession,
  authenticated: true,
  csrfToken: 'session-token',
  person: {
    id: '00000000-0000-4000-8000-000000000001',
    displayName: 'Persona',
    locale: 'it',
    roles: [{ role, unitId: null, unitName: null, callId: null }],
  } as Session['person'],
});

const ranking = {
  id: RANKING_ID,
  callId: CALL_ID,
  groupKey: 'g1',
  title: 'Tutorato informativo — DEI (LM)',
  status: 'in-use',
  publishedAt: '2026-03-10T09:00:00.000Z',
  appealsCloseAt: '2026-03-20T23:00:00.000Z',
  decreeNumber: 'D.R. 1/2026',
  decreeDate: '2026-03-25',
  approvedAt: '2026-03-25T09:00:00.000Z',
  validUntil: '2027-03-24',
  version: 1,
  computedAt: '2026-03-09T09:00:00.000Z',
  positionIds: [POSITION_ID],
  entries: [],
  tieGroups: [],
} as RankingView;

const offerOf = (overrides: Partial<RankingOffers['items'][number]>): RankingOffers['items'][number] => ({
  id: OFFER_ID,
  sequence: 1,
  applicationId: ANNA,
  protocolNumber: '2026/000001',
  givenName: 'Anna',
  familyName: 'Lorusso',
  positionId: POSITION_ID,
  activityType: 'Tutorato informativo',
  grantNumber: 1,
  hours: 200,
  reason: 'winner',
  sourceRankingTitle: null,
  caps: null,
  status: 'pending',
  offeredAt: '2026-04-03T16:00:00.000Z',
  expiresAt: '2026-04-13T22:00:00.000Z',
  lastDay: '2026-04-13',
  reminderSentAt: null,
  closedAt: null,
  ...overrides,
});

const viewOf = (overrides: Partial<RankingOffers>): RankingOffers => ({
  rankingId: RANKING_ID,
  state: 'waiting',
  vacant: [],
  ties: [],
  order: [ANNA, BRUNO],
  excluded: [],
  items: [offerOf({})],
  canDrawFromOtherRankings: false,
  returnedHours: [],
  ...overrides,
});

const page = `/calls/${CALL_ID}/rankings/${RANKING_ID}/offers`;

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('the office withdraws an offer', () => {
  it('asks for the reason in a dialog that says the candidate keeps their place, then sends it', async () => {
    let view = viewOf({});
    const sent: unknown[] = [];
    const { fetchMock } = renderApp(page, {
      'GET /api/session': () => ({ status: 200, body: sessionOf('tutoring-office') }),
      [`GET /api/rankings/${RANKING_ID}`]: () => ({ status: 200, body: ranking }),
      [`GET /api/rankings/${RANKING_ID}/offers`]: () => ({ status: 200, body: view }),
      [`POST /api/offers/${OFFER_ID}/withdraw`]: (init) => {
        sent.push(JSON.parse(String(init?.body)));
        view = viewOf({
          items: [
            offerOf({ status: 'withdrawn', closedAt: '2026-04-04T08:00:00.000Z' }),
            offerOf({
              id: '00000000-0000-4000-8000-000000000102',
              sequence: 2,
              applicationId: BRUNO,
              givenName: 'Bruno',
              familyName: 'Deluca',
              reason: 'draw-down',
            }),
          ],
        });
        return { status: 200, body: view };
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Ritira l’offerta a Lorusso Anna' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/conserva la sua posizione in graduatoria/)).toBeTruthy();
    // Without a reason nothing is sent.
    fireEvent.click(within(dialog).getByRole('button', { name: 'Sì, ritira l’offerta' }));
    expect(await within(dialog).findAllByText('Scrivi la motivazione del ritiro.')).not.toHaveLength(0);
    expect(fetchMock.mock.calls.some(([url]) => String(url).endsWith('/withdraw'))).toBe(false);
    fireEvent.change(within(dialog).getByLabelText('Motivazione (obbligatoria)'), {
      target: { value: 'Offerta inviata per errore' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Sì, ritira l’offerta' }));
    expect(await screen.findByText('Offerta a Lorusso Anna ritirata.')).toBeTruthy();
    expect(sent).toEqual([{ reason: 'Offerta inviata per errore' }]);
    const row = await screen.findByRole('rowheader', { name: 'Lorusso Anna (2026/000001)' });
    expect(within(row.closest('tr') as HTMLElement).getByText('Ritirata')).toBeTruthy();
    // Only the pending offer (bruno's draw-down) can be withdrawn now.
    expect(
      screen.getAllByRole('button', { name: /^Ritira l’offerta a/ }).map((b) => b.getAttribute('aria-label')),
    ).toEqual(['Ritira l’offerta a Deluca Bruno']);
  });
});

describe('an exhausted ranking', () => {
  it('offers a free grant to a candidate of another ranking, chosen in a dialog, best score first', async () => {
    const exhausted = viewOf({
      state: 'exhausted',
      vacant: [{ positionId: POSITION_ID, vacant: 1 }],
      order: [],
      excluded: [ANNA],
      items: [offerOf({ status: 'refused', closedAt: '2026-04-04T08:00:00.000Z' })],
      canDrawFromOtherRankings: true,
    });
    let view = exhausted;
    const sent: unknown[] = [];
    renderApp(page, {
      'GET /api/session': () => ({ status: 200, body: sessionOf('tutoring-office') }),
      [`GET /api/rankings/${RANKING_ID}`]: () => ({ status: 200, body: ranking }),
      [`GET /api/rankings/${RANKING_ID}/offers`]: () => ({ status: 200, body: view }),
      [`GET /api/rankings/${RANKING_ID}/other-rankings/candidates`]: () => ({
        status: 200,
        body: {
          items: [
            {
              rankingId: OTHER_RANKING_ID,
              callId: OTHER_CALL_ID,
              rankingTitle: 'Tutorato didattico — DMMM (LM)',
              callTitle: 'Bando tutorato 2025/26',
              applicationId: WALT,
              protocolNumber: '2026/000077',
              givenName: 'Walter',
              familyName: 'Neri',
              place: 2,
              totalHundredths: 2950,
            },
            {
              rankingId: THIRD_RANKING_ID,
              callId: CALL_ID,
              rankingTitle: 'Tutorato informativo — DMMM (LM)',
              callTitle: 'Bando tutorato 2025/26',
              applicationId: CARLO,
              protocolNumber: '2026/000081',
              givenName: 'Carlo',
              familyName: 'Bianchi',
              place: 3,
              totalHundredths: 2700,
            },
          ],
        },
      }),
      [`POST /api/rankings/${RANKING_ID}/other-rankings/offers`]: (init) => {
        sent.push(JSON.parse(String(init?.body)));
        view = viewOf({
          items: [
            ...exhausted.items,
            offerOf({
              id: '00000000-0000-4000-8000-000000000103',
              sequence: 2,
              applicationId: WALT,
              givenName: 'Walter',
              familyName: 'Neri',
              reason: 'other-ranking',
              sourceRankingTitle: 'Tutorato didattico — DMMM (LM)',
            }),
          ],
        });
        return { status: 200, body: view };
      },
    });
    fireEvent.click(
      await screen.findByRole('button', { name: 'Scegli un candidato da un’altra graduatoria' }),
    );
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/l’accettazione vale come consenso/)).toBeTruthy();
    // The candidates are radio buttons in a group (readable on a phone), best score first, grouped by their ranking:
    // each group's legend names the ranking and its call once; each line the place and score, and a link to that
    // ranking's page.
    const group = within(dialog).getByRole('group', { name: 'Candidato (migliore punteggio per primo)' });
    const radios = await within(group).findAllByRole('radio');
    expect(radios.map((r) => (r as HTMLInputElement).checked)).toEqual([false, false]);
    const didattico = within(group).getByRole('group', {
      name: 'Tutorato didattico — DMMM (LM) Bando: Bando tutorato 2025/26',
    });
    const informativo = within(group).getByRole('group', {
      name: 'Tutorato informativo — DMMM (LM) Bando: Bando tutorato 2025/26',
    });
    const items = within(group).getAllByRole('listitem');
    expect(items.map((i) => i.textContent)).toEqual([
      'Neri Walter (2026/000077) — 2° posto, punti 29,5Vedi la graduatoria',
      'Bianchi Carlo (2026/000081) — 3° posto, punti 27Vedi la graduatoria',
    ]);
    expect(didattico.contains(items[0] as HTMLElement)).toBe(true);
    expect(informativo.contains(items[1] as HTMLElement)).toBe(true);
    expect(
      within(items[0] as HTMLElement)
        .getByRole('link', { name: 'Vedi la graduatoria' })
        .getAttribute('href'),
    ).toBe(`/calls/${OTHER_CALL_ID}/rankings`);
    // Nothing can be offered before a candidate is chosen.
    const confirm = within(dialog).getByRole('button', { name: 'Offri l’assegno' });
    expect((confirm as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(within(group).getByRole('radio', { name: /^Neri Walter/ }));
    expect((within(group).getByRole('radio', { name: /^Neri Walter/ }) as HTMLInputElement).checked).toBe(
      true,
    );
    fireEvent.click(confirm);
    expect(await screen.findByText('Offerta fatta al candidato dell’altra graduatoria.')).toBeTruthy();
    expect(sent).toEqual([{ positionId: POSITION_ID, rankingId: OTHER_RANKING_ID, applicationId: WALT }]);
    expect(await screen.findByText('Da altra graduatoria da «Tutorato didattico — DMMM (LM)»')).toBeTruthy();
  });

  it('says so when no candidate of another ranking can be offered the grant, and offers nothing', async () => {
    renderApp(page, {
      'GET /api/session': () => ({ status: 200, body: sessionOf('tutoring-office') }),
      [`GET /api/rankings/${RANKING_ID}`]: () => ({ status: 200, body: ranking }),
      [`GET /api/rankings/${RANKING_ID}/offers`]: () => ({
        status: 200,
        body: viewOf({
          state: 'exhausted',
          vacant: [{ positionId: POSITION_ID, vacant: 1 }],
          order: [],
          excluded: [ANNA],
          items: [offerOf({ status: 'refused', closedAt: '2026-04-04T08:00:00.000Z' })],
          canDrawFromOtherRankings: true,
        }),
      }),
      [`GET /api/rankings/${RANKING_ID}/other-rankings/candidates`]: () => ({
        status: 200,
        body: { items: [] },
      }),
    });
    fireEvent.click(
      await screen.findByRole('button', { name: 'Scegli un candidato da un’altra graduatoria' }),
    );
    const dialog = await screen.findByRole('dialog');
    expect(
      await within(dialog).findByText('Nessun idoneo di altre graduatorie può ricevere ora l’assegno.'),
    ).toBeTruthy();
    expect(within(dialog).queryAllByRole('radio')).toEqual([]);
    expect(
      (within(dialog).getByRole('button', { name: 'Offri l’assegno' }) as HTMLButtonElement).disabled,
    ).toBe(true);
  });

  it('lists the hours an ended appointment gave back and offers them to the next candidate', async () => {
    let view = viewOf({
      state: 'filled',
      items: [offerOf({ status: 'accepted' })],
      returnedHours: [
        {
          appointmentId: APPOINTMENT_ID,
          tutorName: 'Lorusso Anna',
          positionId: POSITION_ID,
          endedOn: '2026-05-04',
          hours: 30,
          amountCents: 45_000,
          assignedHours: 0,
          offered: false,
        },
      ],
    });
    const posted: string[] = [];
    renderApp(page, {
      'GET /api/session': () => ({ status: 200, body: sessionOf('tutoring-office') }),
      [`GET /api/rankings/${RANKING_ID}`]: () => ({ status: 200, body: ranking }),
      [`GET /api/rankings/${RANKING_ID}/offers`]: () => ({ status: 200, body: view }),
      [`POST /api/rankings/${RANKING_ID}/returned-hours`]: (init) => {
        posted.push(String(init?.body));
        view = {
          ...view,
          returnedHours: view.returnedHours.map((r) => ({ ...r, offered: true })),
          items: [
            ...view.items,
            offerOf({
              id: '00000000-0000-4000-8000-000000000104',
              sequence: 2,
              applicationId: BRUNO,
              givenName: 'Bruno',
              familyName: 'Deluca',
              reason: 'returned-hours',
              hours: 30,
            }),
          ],
        };
        return { status: 200, body: view };
      },
    });
    expect(await screen.findByRole('heading', { name: 'Ore restituite' })).toBeTruthy();
    fireEvent.click(
      screen.getByRole('button', {
        name: 'Offri le 30 ore restituite da Lorusso Anna al candidato successivo',
      }),
    );
    expect(await screen.findByText('Ore restituite offerte al candidato successivo.')).toBeTruthy();
    expect(posted).toEqual([JSON.stringify({ appointmentId: APPOINTMENT_ID })]);
    expect(await screen.findByText('Tutorato informativo, assegno n. 1 (30 ore)')).toBeTruthy();
  });

  it('shows the hours already given to other tutors, offers only the rest, and links to where they are given', async () => {
    const returned = (assignedHours: number) =>
      viewOf({
        state: 'filled',
        items: [offerOf({ status: 'accepted' })],
        returnedHours: [
          {
            appointmentId: APPOINTMENT_ID,
            tutorName: 'Lorusso Anna',
            positionId: POSITION_ID,
            endedOn: '2026-05-04',
            hours: 30,
            amountCents: 45_000,
            assignedHours,
            offered: false,
          },
        ],
      });
    let view = returned(10);
    renderApp(page, {
      'GET /api/session': () => ({ status: 200, body: sessionOf('tutoring-office') }),
      [`GET /api/rankings/${RANKING_ID}`]: () => ({ status: 200, body: ranking }),
      [`GET /api/rankings/${RANKING_ID}/offers`]: () => ({ status: 200, body: view }),
    });
    expect(await screen.findByText('10 assegnate ad altri tutor')).toBeTruthy();
    expect(
      screen.getByRole('button', {
        name: 'Offri le 20 ore restituite da Lorusso Anna al candidato successivo',
      }),
    ).toBeTruthy();
    expect(
      screen
        .getByRole('link', { name: 'Ore restituite da Lorusso Anna: dettagli e assegnazione ad altri tutor' })
        .getAttribute('href'),
    ).toBe(`/appointments/${APPOINTMENT_ID}#ore-restituite`);
    cleanup();
    view = returned(30);
    renderApp(page, {
      'GET /api/session': () => ({ status: 200, body: sessionOf('tutoring-office') }),
      [`GET /api/rankings/${RANKING_ID}`]: () => ({ status: 200, body: ranking }),
      [`GET /api/rankings/${RANKING_ID}/offers`]: () => ({ status: 200, body: view }),
    });
    expect(await screen.findByText('Assegnate ad altri tutor')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Offri le .* ore restituite/ })).toBeNull();
  });
});

describe('the candidate’s offer', () => {
  const own: OwnOffer = {
    id: OFFER_ID,
    rankingId: RANKING_ID,
    rankingTitle: 'Tutorato informativo — DEI (LM)',
    callId: CALL_ID,
    callTitle: 'Bando tutorato 2025/26',
    applicationId: WALT,
    protocolNumber: '2026/000077',
    positionId: POSITION_ID,
    activityType: 'Tutorato informativo',
    unitName: 'DEI',
    hours: 200,
    amountCents: 300_000,
    reason: 'other-ranking',
    sourceRankingTitle: 'Tutorato didattico — DMMM (LM)',
    caps: null,
    status: 'pending',
    offeredAt: '2026-04-03T16:00:00.000Z',
    expiresAt: '2026-04-13T22:00:00.000Z',
    lastDay: '2026-04-13',
    closedAt: null,
  };

  it('from another ranking says that accepting is consent and that refusing keeps their place', async () => {
    renderApp('/offerte', {
      'GET /api/session': () => ({ status: 200, body: sessionOf('student') }),
      'GET /api/offers': () => ({ status: 200, body: { items: [own] } }),
    });
    expect(await screen.findByText(/Accettare vale come tuo consenso/)).toBeTruthy();
    expect(screen.getByText(/dalla tua \(«Tutorato didattico — DMMM \(LM\)»\)/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Rifiuta' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/La tua posizione nella tua graduatoria non cambia/)).toBeTruthy();
  });

  it('blocked by a cap shows why and offers no acceptance; a warning still lets the candidate accept', async () => {
    renderApp('/offerte', {
      'GET /api/session': () => ({ status: 200, body: sessionOf('student') }),
      'GET /api/offers': () => ({
        status: 200,
        body: {
          items: [
            {
              ...own,
              reason: 'winner',
              caps: { verdict: 'block', messages: ['gli assegni non sono cumulabili'] },
            },
            {
              ...own,
              id: '00000000-0000-4000-8000-0000000000b9',
              reason: 'returned-hours',
              caps: { verdict: 'warn', messages: ['meno di 30 ore'] },
            },
          ],
        },
      }),
    });
    const [blocked, warned] = await screen.findAllByTestId('offer-card');
    expect(within(blocked as HTMLElement).getByText('gli assegni non sono cumulabili')).toBeTruthy();
    expect(within(blocked as HTMLElement).queryByRole('button', { name: 'Accetta l’assegno' })).toBeNull();
    expect(within(warned as HTMLElement).getByText('meno di 30 ore')).toBeTruthy();
    expect(within(warned as HTMLElement).getByRole('button', { name: 'Accetta l’assegno' })).toBeTruthy();
  });
});

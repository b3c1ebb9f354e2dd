import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { OtherRankingCandidate, RankingOffers } from '../../../../api/offers.ts';
import type { RankingView } from '../../../../api/rankings.ts';
import { officeSession, renderApp } from '../../test/render-app.tsx';

const CALL_ID = '00000000-0000-4000-8000-0000000000c1';
const OTHER_CALL_ID = '00000000-0000-4000-8000-0000000000c2';
const RANKING_ID = '00000000-0000-4000-8000-0000000000e1';
const POSITION_ID = '00000000-0000-4000-8000-0000000000f1';
const RANKING_B = '00000000-0000-4000-8000-0000000000e2';
const RANKING_C = '00000000-0000-4000-8000-0000000000e3';
const CALL_TITLE =
  'Bando di selezione per il conferimento di assegni per attività di tutorato, didattico-integrative, propedeutiche e di recupero — a.a. 2025/26';
const OTHER_CALL_TITLE =
  'Bando affine per il tutorato informativo dei corsi di laurea magistrale — a.a. 2025/26';

const office = officeSession();

const ranking: RankingView = {
  id: RANKING_ID,
  callId: CALL_ID,
  groupKey: 'g1',
  title: 'Tutorato didattico — DMMM (L)',
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
};

const exhausted: RankingOffers = {
  rankingId: RANKING_ID,
  state: 'exhausted',
  vacant: [{ positionId: POSITION_ID, vacant: 1 }],
  ties: [],
  order: [],
  excluded: [],
  items: [],
  canDrawFromOtherRankings: true,
  returnedHours: [],
};

const candidate = (
  n: number,
  name: [string, string],
  rankingId: string,
  place: number,
  totalHundredths: number,
): OtherRankingCandidate => ({
  rankingId,
  callId: rankingId === RANKING_C ? OTHER_CALL_ID : CALL_ID,
  rankingTitle:
    rankingId === RANKING_C ? 'Tutorato informativo — DEI (LM)' : 'Tutorato informativo — DMMM (L)',
  callTitle: rankingId === RANKING_C ? OTHER_CALL_TITLE : CALL_TITLE,
  applicationId: `00000000-0000-4000-8000-00000000010${n}`,
  protocolNumber: `2026/00010${n}`,
  givenName: name[1],
  familyName: name[0],
  place,
  totalHundredths,
});

/** As the server sends them: best score first across every related ranking. */
const candidates = [
  candidate(1, ['Bianchi', 'Carla'], RANKING_B, 2, 8450),
  candidate(2, ['Verdi', 'Dario'], RANKING_C, 1, 8000),
  candidate(3, ['Neri', 'Elena'], RANKING_B, 3, 7725),
];

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('drawing from another ranking', () => {
  it('groups the candidates by their ranking, naming each ranking and its call once, and offers the one chosen', async () => {
    const sent: unknown[] = [];
    renderApp(`/calls/${CALL_ID}/rankings/${RANKING_ID}/offers`, {
      'GET /api/session': () => ({ status: 200, body: office }),
      [`GET /api/rankings/${RANKING_ID}`]: () => ({ status: 200, body: ranking }),
      [`GET /api/rankings/${RANKING_ID}/offers`]: () => ({ status: 200, body: exhausted }),
      [`GET /api/rankings/${RANKING_ID}/other-rankings/candidates`]: () => ({
        status: 200,
        body: { items: candidates },
      }),
      [`POST /api/rankings/${RANKING_ID}/other-rankings/offers`]: (init) => {
        sent.push(JSON.parse(String(init?.body)));
        return { status: 200, body: { ...exhausted, canDrawFromOtherRankings: false } };
      },
    });
    fireEvent.click(
      await screen.findByRole('button', { name: 'Scegli un candidato da un’altra graduatoria' }),
    );
    const dialog = await screen.findByRole('dialog');
    const all = within(dialog).getByRole('group', { name: 'Candidato (migliore punteggio per primo)' });
    const groups = await within(all).findAllByTestId('other-ranking-group');
    // Two rankings, in the order of their best candidate; each group is a fieldset named by its legend.
    expect(groups).toHaveLength(2);
    const [b, c] = groups as [HTMLElement, HTMLElement];
    expect(
      within(all).getByRole('group', {
        name: `Tutorato informativo — DMMM (L) Bando: ${CALL_TITLE}`,
      }),
    ).toBe(b);
    expect(within(c).getByText(`Bando: ${OTHER_CALL_TITLE}`)).toBeTruthy();
    // The long call title is written once per group, never in a candidate's line.
    expect(within(dialog).getAllByText(new RegExp(CALL_TITLE.slice(0, 40)))).toHaveLength(1);
    const radiosOf = (group: HTMLElement) =>
      within(group)
        .getAllByRole('radio')
        .map((r) => ((r as HTMLInputElement).labels?.[0]?.textContent ?? '').replace(/\s+/g, ' '));
    expect(radiosOf(b)).toEqual([
      'Bianchi Carla (2026/000101) — 2° posto, punti 84,5',
      'Neri Elena (2026/000103) — 3° posto, punti 77,25',
    ]);
    expect(radiosOf(c)).toEqual(['Verdi Dario (2026/000102) — 1° posto, punti 80']);
    // Each line links to its ranking's call.
    const items = within(c).getAllByTestId('other-candidate');
    expect(
      within(items[0] as HTMLElement)
        .getByRole('link', { name: 'Vedi la graduatoria' })
        .getAttribute('href'),
    ).toBe(`/calls/${OTHER_CALL_ID}/rankings`);
    // One choice across the groups: every radio shares one name.
    const names = new Set(
      within(dialog)
        .getAllByRole('radio')
        .map((r) => r.getAttribute('name')),
    );
    expect(names.size).toBe(1);

    const confirm = within(dialog).getByRole('button', { name: 'Offri l’assegno' });
    expect(confirm.hasAttribute('disabled')).toBe(true);
    fireEvent.click(within(c).getByLabelText(/Verdi Dario/));
    fireEvent.click(within(b).getByLabelText(/Neri Elena/));
    expect((within(c).getByLabelText(/Verdi Dario/) as HTMLInputElement).checked).toBe(false);
    fireEvent.click(confirm);
    expect(await screen.findByText('Offerta fatta al candidato dell’altra graduatoria.')).toBeTruthy();
    expect(sent).toEqual([
      { positionId: POSITION_ID, rankingId: RANKING_B, applicationId: candidates[2]?.applicationId },
    ]);
  });
});

import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PublicRanking } from '../../../../../api/rankings.ts';
import { anonymousSession, renderApp } from '../../../test/render-app.tsx';

const ID = '00000000-0000-4000-8000-0000000000a1';

const ranking: PublicRanking = {
  id: ID,
  callId: '00000000-0000-4000-8000-0000000000c1',
  callCode: 'TUT-2025',
  callTitle: 'Assegni di tutorato 2025/26',
  title: 'Tutorato informativo — DEI (LM)',
  status: 'provisional',
  publishedAt: '2026-05-04T08:00:00.000Z',
  appealsCloseAt: '2026-05-14T22:00:00.000Z',
  decreeNumber: null,
  decreeDate: null,
  identifiedBy: 'protocol-number',
  entries: [
    { place: 1, candidate: '2026/000901', total: '30,00', outcome: 'winner', tieGroup: null },
    { place: 2, candidate: '2026/000903', total: '29,00', outcome: 'eligible', tieGroup: 1 },
    { place: 2, candidate: '2026/000902', total: '29,00', outcome: 'eligible', tieGroup: 1 },
    { place: null, candidate: '2026/000904', total: null, outcome: 'excluded', tieGroup: null },
  ],
};

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('the public ranking page', () => {
  it('shows the ranking by protocol number with scores, ties, outcomes, the appeal deadline in Rome and the PDF', async () => {
    renderApp(`/graduatorie/${ID}`, {
      'GET /api/session': () => ({ status: 200, body: anonymousSession }),
      [`GET /api/public/rankings/${ID}`]: () => ({ status: 200, body: ranking }),
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Graduatoria provvisoria' })).toBeTruthy();
    expect(screen.getByTestId('appeals-close').textContent).toContain('14/05/2026, 23:59');
    const rows = screen.getAllByTestId('ranking-entry');
    expect(
      rows.map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      ),
    ).toEqual([
      ['1', '2026/000901', '30,00', 'Vincitore'],
      ['2ex aequo', '2026/000903', '29,00', 'Idoneo'],
      ['2ex aequo', '2026/000902', '29,00', 'Idoneo'],
      ['–', '2026/000904', '–', 'Escluso'],
    ]);
    expect(screen.getByRole('columnheader', { name: 'Protocollo della domanda' })).toBeTruthy();
    const pdf = screen.getByRole('link', { name: /Scarica la graduatoria in PDF/ });
    expect(pdf.getAttribute('href')).toBe(`/api/public/rankings/${ID}/pdf`);
  });
});

import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Funding } from '../../../../api/funding.ts';
import { officeSession, renderApp } from '../../test/render-app.tsx';

const office = officeSession();

const FUNDING_ID = '00000000-0000-4000-8000-0000000000f1';
const funding: Funding = {
  id: FUNDING_ID,
  source: 'university',
  title: 'Fondi di Dipartimento DEI',
  year: 2025,
  amountCents: 500_000,
  reference: null,
  reservedCents: 300_000,
  committedCents: 300_000,
  remainingCents: 200_000,
  allocations: [],
  commitments: [
    {
      rankingId: '00000000-0000-4000-8000-0000000000e1',
      rankingTitle: 'Tutorato informativo — DEI (LM)',
      callCode: 'POLIBA-DEI-TUT-2025-I',
      amountCents: 300_000,
      decreeNumber: '512/2026',
      committedAt: '2026-01-20T09:00:00.000Z',
    },
  ],
};

describe('FundingPage', () => {
  afterEach(cleanup);

  it('shows the committed amount with each approved ranking’s commitment and decree', async () => {
    renderApp('/funding', {
      'GET /api/session': () => ({ status: 200, body: office }),
      'GET /api/funding': () => ({ status: 200, body: { items: [funding] } }),
      'GET /api/projects': () => ({ status: 200, body: { items: [] } }),
    });
    const section = await screen.findByRole('region', { name: 'Fondi di Dipartimento DEI' });
    expect(within(section).getByText('Impegnato con le graduatorie approvate')).toBeTruthy();
    const committed = within(section).getByTestId(`committed-${FUNDING_ID}`);
    expect(committed.textContent?.replace(/\s/g, ' ')).toContain('3.000,00 €');
    expect(within(committed).getByRole('listitem').textContent?.replace(/\s/g, ' ')).toBe(
      '3.000,00 € — Tutorato informativo — DEI (LM) (bando POLIBA-DEI-TUT-2025-I), decreto n. 512/2026',
    );
  });
});

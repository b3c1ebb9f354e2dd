import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { officeSession, renderApp } from '../../test/render-app.tsx';

const CALL_ID = '00000000-0000-4000-8000-0000000000c1';

const office = officeSession();

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("the office's committee page", () => {
  it('renders a call whose committee is not named yet (no update loop), ready to name it', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    renderApp(`/calls/${CALL_ID}/committee`, {
      'GET /api/session': () => ({ status: 200, body: office }),
      [`GET /api/calls/${CALL_ID}/committee`]: () => ({
        status: 200,
        body: {
          callId: CALL_ID,
          callCode: 'POLIBA-TUT-2025',
          callTitle: 'Bando tutorato 2025/26',
          minMembers: 3,
          committee: null,
          scoringStarted: false,
        },
      }),
      [`GET /api/calls/${CALL_ID}/committee/sessions`]: () => ({ status: 200, body: [] }),
    });
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('Commissione giudicatrice');
    expect(await screen.findByRole('heading', { name: /sedute/i })).toBeTruthy();
    // A loop of effects shows up within a few frames; give it the time to.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const loops = errors.mock.calls.filter((args) => String(args[0]).includes('Maximum update depth'));
    expect(loops).toEqual([]);
    errors.mockRestore();
  });
});

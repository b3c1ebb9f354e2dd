import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { anonymousSession, officeSession, renderApp } from '../test/render-app.tsx';

const signedIn = officeSession({ id: '00000000-0000-4000-8000-000000000002', displayName: 'Angela Dellino' });

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('a session that ends while the page is open', () => {
  it('sends the person to the login page, saying the session expired and keeping where they were', async () => {
    let sessionCalls = 0;
    const { router } = renderApp('/profile', {
      'GET /api/session': () => {
        sessionCalls += 1;
        return { status: 200, body: sessionCalls === 1 ? signedIn : anonymousSession };
      },
      'GET /api/me': () => ({
        status: 401,
        body: {
          type: 'urn:affianco:problem:session-expired',
          title: 'La sessione è scaduta.',
          status: 401,
          kind: 'session-expired',
        },
      }),
      'GET /api/demo-accounts': () => ({ status: 200, body: [] }),
    });
    expect(await screen.findByText('La sessione è scaduta. Accedi di nuovo per continuare.')).toBeDefined();
    expect(router.state.location.pathname).toBe('/login');
    expect(new URLSearchParams(router.state.location.search).get('returnTo')).toBe('/profile');
  });
});

import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Session } from '../../../../api/session.ts';
import { anonymousSession, renderApp } from '../../test/render-app.tsx';

const demoAccounts = {
  status: 200,
  body: [
    {
      username: 'studente',
      password: 'affianco2026',
      displayName: 'Giulia Lorusso',
      roles: ['student'],
      description: 'Studentessa di laurea magistrale (DEI)',
    },
  ],
};

const signedIn: Session = {
  ...anonymousSession,
  authenticated: true,
  csrfToken: 'session-token',
  person: {
    id: '00000000-0000-4000-8000-000000000001',
    displayName: 'Giulia Lorusso',
    locale: 'it',
    roles: [{ role: 'student', unitId: null, unitName: null, callId: null }],
  },
};

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('the login page', () => {
  it('fills the form from a demo account, logs in with the CSRF token and shows the home page', async () => {
    const { fetchMock, router } = renderApp('/login', {
      'GET /api/session': () => ({ status: 200, body: anonymousSession }),
      'GET /api/demo-accounts': () => demoAccounts,
      'POST /api/session/login': () => ({ status: 200, body: signedIn }),
      'GET /api/home': () => ({ status: 200, body: { actions: [] } }),
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Usa studente' }));
    expect(screen.getByLabelText('Nome utente')).toHaveProperty('value', 'studente');
    expect(screen.getByLabelText('Password')).toHaveProperty('value', 'affianco2026');

    fireEvent.click(screen.getByRole('button', { name: 'Accedi' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Ciao, Giulia Lorusso' })).toBeDefined();
    expect(router.state.location.pathname).toBe('/');
    const login = fetchMock.mock.calls.find(([, init]) => init?.method === 'POST');
    expect(new Headers(login?.[1]?.headers).get('x-csrf-token')).toBe('anonymous-token');
    // jsdom has no media queries: the menu is in its folded (phone) state, hence hidden.
    const menu = screen.getByRole('navigation', { name: 'Menu principale' });
    expect(
      within(menu)
        .getAllByRole('link', { hidden: true })
        .map((link) => link.textContent),
    ).toEqual([
      'Home',
      'Bandi e domande',
      'Le mie offerte',
      'I miei incarichi',
      'La mia carriera',
      'Il mio profilo',
    ]);
  });

  it('shows the server’s message and the message of each field it rejected', async () => {
    renderApp('/login', {
      'GET /api/session': () => ({ status: 200, body: anonymousSession }),
      'GET /api/demo-accounts': () => ({ status: 200, body: [] }),
      'POST /api/session/login': () => ({
        status: 400,
        body: {
          type: 'urn:affianco:problem:invalid-input',
          title: 'Alcuni dati non sono validi: correggi i campi indicati.',
          status: 400,
          kind: 'invalid-input',
          issues: [{ field: 'username', code: 'too_small', message: 'Scrivi il nome utente.' }],
        },
      }),
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Accedi' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Alcuni dati non sono validi');
    const username = screen.getByLabelText('Nome utente');
    expect(username.getAttribute('aria-invalid')).toBe('true');
    const description = document.getElementById(username.getAttribute('aria-describedby') ?? '');
    expect(description?.textContent).toBe('Scrivi il nome utente.');
  });

  it('sends a visitor of a private page to the login page, and back after login', async () => {
    const { router } = renderApp('/profile', {
      'GET /api/session': () => ({ status: 200, body: anonymousSession }),
      'GET /api/demo-accounts': () => ({ status: 200, body: [] }),
    });
    await screen.findByRole('heading', { level: 1, name: 'Accedi' });
    expect(router.state.location.search).toBe('?returnTo=%2Fprofile');
  });

  it('offers the university’s identity gateway when OIDC is configured, returning to the page asked for', async () => {
    renderApp('/login?returnTo=%2Fcareer', {
      'GET /api/session': () => ({
        status: 200,
        body: { ...anonymousSession, oidc: { enabled: true, label: 'SPID / CIE' } },
      }),
      'GET /api/demo-accounts': () => ({ status: 200, body: [] }),
    });
    const link = await screen.findByRole('link', { name: 'Entra con SPID / CIE' });
    expect(link.getAttribute('href')).toBe('/api/auth/oidc/start?returnTo=%2Fcareer');
  });

  it('offers no gateway when OIDC is not configured', async () => {
    renderApp('/login', {
      'GET /api/session': () => ({ status: 200, body: anonymousSession }),
      'GET /api/demo-accounts': () => ({ status: 200, body: [] }),
    });
    await screen.findByRole('heading', { level: 1, name: 'Accedi' });
    expect(screen.queryByRole('link', { name: /Entra con/ })).toBeNull();
  });
});

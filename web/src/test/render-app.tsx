import { render } from '@testing-library/react';
import { createMemoryRouter } from 'react-router';
import { vi } from 'vitest';
import type { Session } from '../../../api/session.ts';
import { App } from '../app/App.tsx';
import { createQueryClient } from '../app/query-client.ts';
import { routes } from '../app/routes.tsx';
import { createI18n } from '../i18n/index.ts';

type Handler = (init: RequestInit | undefined, url: URL) => { status: number; body?: unknown };

export const anonymousSession: Session = {
  authenticated: false,
  csrfToken: 'anonymous-token',
  person: null,
  universityName: 'Politecnico di Bari',
  oidc: { enabled: false, label: 'SPID / CIE' },
};

/** Someone of the tutoring office, signed in (the office's pages' tests); each field may be set apart. */
export const officeSession = (
  change: { id?: string; displayName?: string; csrfToken?: string } = {},
): Session => ({
  ...anonymousSession,
  authenticated: true,
  csrfToken: change.csrfToken ?? 'session-token',
  person: {
    id: change.id ?? '00000000-0000-4000-8000-000000000001',
    displayName: change.displayName ?? 'Ufficio Tutorato',
    locale: 'it',
    roles: [{ role: 'tutoring-office', unitId: null, unitName: null, callId: null }],
  },
});

/**
 * The whole app in jsdom at one address, with the server replaced by handlers per "METHOD /path". Returns the
 * fetch mock so a test can read what was sent.
 */
export const renderApp = (path: string, handlers: Record<string, Handler>) => {
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), 'http://localhost');
    const key = `${init?.method ?? 'GET'} ${url.pathname}`;
    const handler = handlers[key];
    if (!handler) throw new Error(`No handler for ${key}`);
    const { status, body } = handler(init, url);
    return new Response(body === undefined ? null : JSON.stringify(body), {
      status,
      headers: { 'content-type': 'application/json' },
    });
  });
  vi.stubGlobal('fetch', fetchMock);
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const view = render(
    <App client={createQueryClient({ retry: false })} i18n={createI18n('it')} router={router} />,
  );
  return { ...view, fetchMock, router };
};

import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import {
  ApiError,
  apiGet,
  apiSend,
  NETWORK_KIND,
  setCsrfToken,
  UNEXPECTED_KIND,
  withQuery,
} from './client.ts';

const reply = (status: number, body: unknown) =>
  new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });

afterEach(() => vi.unstubAllGlobals());

describe('the API client', () => {
  it('sends the CSRF token of the latest session with every change', async () => {
    const fetchMock = vi.fn().mockResolvedValue(reply(204, undefined));
    vi.stubGlobal('fetch', fetchMock);
    setCsrfToken('token-123');
    await apiSend('PATCH', '/api/me/preferences', { locale: 'en' });
    const [path, init] = fetchMock.mock.calls[0] as [string, RequestInit];
    expect(path).toBe('/api/me/preferences');
    expect(init.method).toBe('PATCH');
    expect((init.headers as Record<string, string>)['x-csrf-token']).toBe('token-123');
    expect(init.body).toBe('{"locale":"en"}');
  });

  it('turns a problem body into a typed error with the messages of each field', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn().mockResolvedValue(
        reply(400, {
          type: 'urn:affianco:problem:invalid-input',
          title: 'Alcuni dati non sono validi: correggi i campi indicati.',
          status: 400,
          kind: 'invalid-input',
          issues: [{ field: 'code', code: 'unit.code-taken', message: 'Il codice DEI è già usato.' }],
        }),
      ),
    );
    const failure = await apiSend('POST', '/api/units', {}).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiError);
    const error = failure as ApiError;
    expect(error.status).toBe(400);
    expect(error.kind).toBe('invalid-input');
    expect(error.message).toBe('Alcuni dati non sono validi: correggi i campi indicati.');
    expect(error.issueFor('code')).toBe('Il codice DEI è già usato.');
    expect(error.issueFor('name')).toBeUndefined();
  });

  it('reports a reply that breaks the contract, and a server that does not answer, as such', async () => {
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(reply(200, { unexpected: true })));
    const offContract = await apiGet('/api/home', z.object({ actions: z.array(z.string()) })).catch((e) => e);
    expect((offContract as ApiError).kind).toBe(UNEXPECTED_KIND);

    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')));
    const offline = await apiGet('/api/home', z.object({})).catch((e) => e);
    expect((offline as ApiError).kind).toBe(NETWORK_KIND);

    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(new Response('<html>', { status: 502 })));
    const gateway = await apiGet('/api/home', z.object({})).catch((e) => e);
    expect((gateway as ApiError).status).toBe(502);
    expect((gateway as ApiError).kind).toBe(UNEXPECTED_KIND);
  });

  it('builds query strings without empty filters', () => {
    expect(withQuery('/api/people', { q: 'rossi', unitId: '', role: undefined, page: 2 })).toBe(
      '/api/people?q=rossi&page=2',
    );
    expect(withQuery('/api/people', {})).toBe('/api/people');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PERMISSIONS } from '../../domain/access/permissions.ts';
import type { Role } from '../../domain/access/roles.ts';
import { DEMO_ACCOUNTS } from '../demo/accounts.ts';
import { startTestApp, type TestApp, TestClient } from '../test/app.ts';
import { ROUTE_ACCESS } from './route-access.ts';
import type { Access } from './types.ts';

/**
 * Every route as every demo role and as nobody (issue 6): the access rule each route declares matches the reviewed
 * table, and the server enforces it. Parameters are not valid ids, so an allowed request stops at validation or
 * "not found" and changes nothing; the access check runs before either.
 */
const ROUTE_KEY = (method: string, url: string) => `${method} ${url}`;
/** Ends the caller's session: walked last, by their own test. */
const SESSION_ENDERS = new Set(['POST /api/session/logout', 'POST /api/session/logout-everywhere']);

const allows = (access: Access, roles: readonly Role[] | null): boolean => {
  if (access === 'public') return true;
  if (roles === null) return false;
  if (access === 'authenticated') return true;
  return roles.some((role) => (PERMISSIONS[access] as readonly Role[]).includes(role));
};

const concretePath = (url: string) => url.replace(/:[A-Za-z]+/g, 'not-an-id');

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp('pglite');
}, 60_000);
afterAll(async () => t?.close());

describe('authorisation table', () => {
  it('lists every route with the access rule it declares, and nothing more', () => {
    const registered = Object.fromEntries(
      t.app.routeAccess.map((route) => [ROUTE_KEY(route.method, route.url), route.access]),
    );
    expect(registered).toEqual(ROUTE_ACCESS);
  });

  const identities: Array<{ name: string; username: string | null; roles: Role[] | null }> = [
    { name: 'nobody', username: null, roles: null },
    ...DEMO_ACCOUNTS.map((account) => ({
      name: account.username,
      username: account.username,
      roles: account.roles.map((grant) => grant.role),
    })),
  ];

  it.each(identities)(
    'enforces every rule for $name',
    async ({ username, roles }) => {
      const client = new TestClient(t.app);
      if (username) expect((await client.login(username)).statusCode).toBe(200);
      else client.csrfToken = (await client.get('/api/session')).json().csrfToken;

      const wrong: string[] = [];
      for (const [key, access] of Object.entries(ROUTE_ACCESS)) {
        if (SESSION_ENDERS.has(key)) continue;
        const [method = 'GET', url = ''] = key.split(' ');
        const response = await client.request({
          method: method as 'GET',
          url: concretePath(url),
          ...(method === 'GET' || method === 'DELETE' ? {} : { payload: {} }),
        });
        const status = response.statusCode;
        const denied = status === 401 || (status === 403 && response.json().kind === 'forbidden');
        const expected = allows(access, roles);
        if (status >= 500) wrong.push(`${key}: ${status}`);
        else if (expected && denied) wrong.push(`${key}: denied (${status}), should be allowed`);
        else if (!expected && !denied) wrong.push(`${key}: allowed (${status}), should be denied`);
        else if (!expected && roles === null && status !== 401)
          wrong.push(`${key}: ${status} for nobody, not 401`);
      }
      expect(wrong).toEqual([]);
    },
    60_000,
  );

  it('lets only a signed-in person end their sessions', async () => {
    const anonymous = new TestClient(t.app);
    anonymous.csrfToken = (await anonymous.get('/api/session')).json().csrfToken;
    for (const key of SESSION_ENDERS) {
      const [, url = ''] = key.split(' ');
      expect((await anonymous.post(url, {})).statusCode, key).toBe(401);
      const client = new TestClient(t.app);
      await client.login('studente');
      expect((await client.get('/api/me')).statusCode).toBe(200);
      expect((await client.post(url, {})).statusCode, key).toBeLessThan(300);
      expect((await client.get('/api/me')).statusCode, `${key} then GET /api/me`).toBe(401);
    }
  });
});

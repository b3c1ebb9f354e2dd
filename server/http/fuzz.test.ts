import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, TestClient } from '../test/app.ts';

/**
 * Generated bodies, parameters, query strings and headers against every route (issue 6): whatever arrives, the
 * answer is never a 5xx, and every refusal is a problem document with a message a person can read. Bounded so it
 * runs in `npm test`; FUZZ_RUNS raises the number of cases per route.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 4);
const SESSION_ENDERS = new Set(['POST /api/session/logout', 'POST /api/session/logout-everywhere']);

const paramValue = fc.oneof(
  fc.uuid(),
  fc.string({ maxLength: 40 }),
  fc.constantFrom('0', '-1', '%00', '..%2F..', 'null', 'ñ', '9'.repeat(30)),
);
const body = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.dictionary(
    fc.constantFrom(
      'name',
      'title',
      'reason',
      'note',
      'points',
      'positions',
      'email',
      'id',
      'status',
      'amount',
    ),
    fc.jsonValue({ maxDepth: 2 }),
  ),
);
const rawBody = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.constant('{"unterminated": '),
  fc.constant('\u0000'),
);
const contentType = fc.constantFrom(
  'application/json',
  'text/plain',
  'multipart/form-data; boundary=x',
  'application/x-www-form-urlencoded',
  'application/json; charset=latin1',
);
const query = fc.dictionary(
  fc.constantFrom('page', 'q', 'status', 'from', 'to', 'callId', 'unitId', 'limit', 'sort'),
  fc.string({ maxLength: 20 }),
  { maxKeys: 3 },
);

let t: TestApp;
let clients: TestClient[];
beforeAll(async () => {
  t = await startTestApp('pglite');
  clients = [];
  for (const username of ['ufficio', 'studente', 'commissione', 'admin']) {
    const client = new TestClient(t.app);
    await client.login(username);
    clients.push(client);
  }
}, 60_000);
afterAll(async () => t?.close());

describe('every route against generated input', () => {
  it('never answers 5xx and explains every refusal', async () => {
    const routes = t.app.routeAccess.filter((route) => !SESSION_ENDERS.has(`${route.method} ${route.url}`));
    const failures: string[] = [];
    for (const route of routes) {
      await fc
        .assert(
          fc.asyncProperty(
            fc.nat({ max: clients.length - 1 }),
            fc.array(paramValue, { minLength: 4, maxLength: 4 }),
            query,
            fc.oneof(
              body.map((value) => ({ json: value })),
              rawBody.map((text) => ({ text })),
            ),
            contentType,
            async (who, params, search, payload, type) => {
              const client = clients[who] as TestClient;
              let index = 0;
              const path = route.url.replace(/:[A-Za-z]+/g, () => encodeURIComponent(params[index++] ?? 'x'));
              const writes = route.method !== 'GET' && route.method !== 'DELETE';
              const response = await client.request({
                method: route.method as 'POST',
                url: path,
                query: search,
                ...(writes
                  ? {
                      payload: 'json' in payload ? JSON.stringify(payload.json) : payload.text,
                      headers: { 'content-type': type },
                    }
                  : {}),
              });
              if (response.statusCode >= 500) {
                failures.push(
                  `${route.method} ${route.url} -> ${response.statusCode} ${response.body.slice(0, 200)}`,
                );
                return false;
              }
              if (response.statusCode >= 400) {
                const problem = response.json() as { title?: unknown };
                if (typeof problem.title !== 'string' || problem.title.length === 0) {
                  failures.push(`${route.method} ${route.url} -> ${response.statusCode} without a title`);
                  return false;
                }
              }
              return true;
            },
          ),
          { numRuns: RUNS, seed: Number(process.env.FUZZ_SEED ?? 20261123) },
        )
        .catch(() => undefined);
    }
    // Shrinking replays a failure many times: one line per route and answer is enough.
    expect([...new Set(failures)]).toEqual([]);
  }, 240_000);

  it('answers a broken multipart upload with 400 and a sentence, not 500', async () => {
    const office = clients[0] as TestClient;
    for (const payload of ['abc', '--x\r\n', '']) {
      const response = await office.request({
        method: 'POST',
        url: '/api/imports',
        payload,
        headers: { 'content-type': 'multipart/form-data' },
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().title).toMatch(/malformato|Richiesta non valida|non sono validi/);
    }
  });
});

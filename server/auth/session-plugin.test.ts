import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, TestClient } from '../test/app.ts';

describe('access rules', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp('pglite', { seed: false });
  });
  afterAll(async () => t?.close());

  it('refuses to register an API route that declares no access rule', async () => {
    const { buildApp } = await import('../app.ts');
    const { featureRoutes } = await import('../features/index.ts');
    featureRoutes.push(async (app) => {
      app.get('/api/forgotten', async () => 'open');
    });
    try {
      await expect(buildApp(t.ctx)).rejects.toThrow('GET /api/forgotten declares no access rule');
    } finally {
      featureRoutes.pop();
    }
  });

  it('lists the API routes in the OpenAPI document', async () => {
    const routes: string[] = [];
    const app = t.app;
    const doc = (await new TestClient(app).get('/api/openapi.json')).json();
    for (const [path, methods] of Object.entries(doc.paths as Record<string, object>)) {
      for (const method of Object.keys(methods)) routes.push(`${method.toUpperCase()} ${path}`);
    }
    expect(routes).toEqual(
      expect.arrayContaining(['POST /api/session/login', 'GET /api/me', 'GET /api/audit']),
    );
  });

  it('answers an unknown API path with a 404 problem, not a 403', async () => {
    const reply = await new TestClient(t.app).get('/api/nothing-here');
    expect(reply.statusCode).toBe(404);
    expect(reply.json().kind).toBe('not-found');
  });

  it('serves the API viewer and reports readiness with the database', async () => {
    const client = new TestClient(t.app);
    expect((await client.get('/api/docs/')).statusCode).toBe(200);
    const health = await client.get('/health');
    expect(health.json()).toMatchObject({ status: 'ok', database: { kind: 'pglite', ok: true } });
  });

  it('turns a malformed JSON body into a clear 400', async () => {
    const client = new TestClient(t.app);
    client.csrfToken = (await client.get('/api/session')).json().csrfToken;
    const reply = await client.request({
      method: 'POST',
      url: '/api/session/login',
      payload: '{"username": ',
      headers: { 'content-type': 'application/json' },
    });
    expect(reply.statusCode).toBe(400);
    expect(reply.json().title).toBe('Il corpo della richiesta non è JSON valido.');
  });
});

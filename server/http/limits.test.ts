import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, TestClient } from '../test/app.ts';
import { BODY_LIMITS } from './limits.ts';

/** Port for this file's listening server (H5's range 3320-3329). */
const PORT = 3321;

/** Opens a raw socket, lets `drive` write to it, and resolves when the server closes it, with what it sent. */
const rawClient = (drive: (socket: Socket) => void) => {
  const started = performance.now();
  const socket = connect(PORT, '127.0.0.1');
  let received = '';
  socket.on('data', (chunk) => {
    received += chunk.toString('latin1');
  });
  socket.on('error', () => undefined);
  socket.on('connect', () => drive(socket));
  const closed = new Promise<{ received: string; afterMs: number }>((resolve) => {
    socket.on('close', () => resolve({ received, afterMs: performance.now() - started }));
  });
  return { socket, closed };
};

describe('slow and stalled clients', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp('pglite', {
      env: {
        HTTP_HEADERS_TIMEOUT_MS: '1000',
        HTTP_REQUEST_TIMEOUT_MS: '2000',
        HTTP_IDLE_TIMEOUT_MS: '1500',
        HTTP_KEEP_ALIVE_TIMEOUT_MS: '1000',
      },
    });
    await t.app.listen({ port: PORT, host: '127.0.0.1' });
  });
  afterAll(async () => t?.close());

  it('cuts off a client that sends part of its headers then nothing, one that trickles them, and one that stalls its body, while others are served', async () => {
    const stalledHeaders = rawClient((socket) => {
      socket.write('GET /api/session HTTP/1.1\r\nHost: 127.0.0.1\r\n');
    });
    let trickle: NodeJS.Timeout | undefined;
    const trickling = rawClient((socket) => {
      const header = `GET /api/session HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ${'a'.repeat(200)}`;
      let sent = 0;
      // One byte every 100 ms: the socket is never idle, but its headers never end.
      trickle = setInterval(() => {
        if (socket.destroyed || sent >= header.length) return clearInterval(trickle);
        socket.write(header[sent] ?? 'a');
        sent += 1;
      }, 100);
    });
    const stalledBody = rawClient((socket) => {
      socket.write(
        'PUT /api/applications/00000000-0000-4000-8000-000000000001 HTTP/1.1\r\nHost: 127.0.0.1\r\n' +
          'Content-Type: application/json\r\nContent-Length: 5000\r\n\r\n{"positionIds":',
      );
    });

    // While the three hold their sockets, other clients are answered at once.
    for (let i = 0; i < 5; i += 1) {
      const t0 = performance.now();
      const response = await fetch(`http://127.0.0.1:${PORT}/api/session`);
      expect(response.status).toBe(200);
      expect(performance.now() - t0).toBeLessThan(1000);
    }

    const [headers, trickled, body] = await Promise.all([
      stalledHeaders.closed,
      trickling.closed,
      stalledBody.closed,
    ]);
    clearInterval(trickle);
    // Cut off by the server within the limits (plus the second Node takes to check them), not left open.
    expect(headers.afterMs).toBeLessThan(4000);
    expect(headers.received).toMatch(/^HTTP\/1\.1 408/);
    expect(trickled.afterMs).toBeLessThan(4000);
    expect(trickled.received).toMatch(/^HTTP\/1\.1 408/);
    expect(body.afterMs).toBeLessThan(4000);
    // The server is still serving.
    expect((await fetch(`http://127.0.0.1:${PORT}/api/session`)).status).toBe(200);
  }, 20_000);

  it('holds each busy route to its own body limit: none for confirm, a draft-sized one for saving a draft', async () => {
    const student = new TestClient(t.app, '10.9.10.1');
    expect((await student.login('studente')).statusCode).toBe(200);
    const id = '00000000-0000-4000-8000-000000000001';
    const confirm = await student.request({
      method: 'POST',
      url: `/api/applications/${id}/confirm`,
      headers: { 'idempotency-key': 'limits-key-0001', 'content-type': 'application/json' },
      payload: JSON.stringify({ padding: 'x'.repeat(BODY_LIMITS.none + 10) }),
    });
    expect(confirm.statusCode).toBe(413);
    const save = await student.request({
      method: 'PUT',
      url: `/api/applications/${id}`,
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({
        positionIds: [],
        declaredTitles: { collaborations: ['x'.repeat(BODY_LIMITS.draft)] },
        contactEmail: null,
      }),
    });
    expect(save.statusCode).toBe(413);
    expect(save.json().title).toBeTruthy();
    // Within the limit the route answers as usual (here: no such application).
    const small = await student.request({
      method: 'PUT',
      url: `/api/applications/${id}`,
      payload: { positionIds: [], declaredTitles: {}, contactEmail: null },
    });
    expect(small.statusCode).toBe(404);
  });
});

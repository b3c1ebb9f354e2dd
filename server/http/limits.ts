import type { Server } from 'node:http';
import type { FastifyHttpOptions, FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Config } from '../config.ts';

/**
 * What a client may take of the server, in one place (issue 6: a slow or stalled client cannot hold the others up).
 *
 * - headers: a client has HTTP_HEADERS_TIMEOUT_MS to send its request line and headers (a socket that opens and
 *   trickles or stops is closed with 408);
 * - the whole request, body included: HTTP_REQUEST_TIMEOUT_MS (long enough for a 10 MiB attachment on a slow
 *   line, and an upload that stalls is cut by the idle timeout before that);
 * - an idle socket (no byte either way, mid-request or between keep-alive requests): HTTP_IDLE_TIMEOUT_MS;
 * - a keep-alive connection waits HTTP_KEEP_ALIVE_TIMEOUT_MS for its next request;
 * - bodies: JSON up to BODY_LIMITS.json anywhere, smaller on the routes named below; uploads are multipart, held
 *   to IMPORT_MAX_BYTES / ATTACHMENT_MAX_BYTES by their routes (app.ts registers multipart with the larger).
 *
 * Node checks the headers and request timeouts every `connectionsCheckingInterval` (30 s by default, so a stalled
 * client could live 30 s past its limit): it is set to a second, or less when a limit is shorter.
 */
export const httpServerOptions = (config: Config): FastifyHttpOptions<Server> => ({
  requestTimeout: config.HTTP_REQUEST_TIMEOUT_MS,
  connectionTimeout: config.HTTP_IDLE_TIMEOUT_MS,
  keepAliveTimeout: config.HTTP_KEEP_ALIVE_TIMEOUT_MS,
  bodyLimit: BODY_LIMITS.json,
  http: {
    headersTimeout: Math.min(config.HTTP_HEADERS_TIMEOUT_MS, config.HTTP_REQUEST_TIMEOUT_MS),
    connectionsCheckingInterval: Math.min(
      1000,
      Math.max(100, Math.floor(config.HTTP_HEADERS_TIMEOUT_MS / 2)),
    ),
  },
});

/** Body limits in bytes: the global one for JSON, and the smaller ones of busy routes that need little. */
export const BODY_LIMITS = {
  /** Any JSON body (a call with its articles is the largest the UI sends). */
  json: 1024 * 1024,
  /** A draft application: positions, declared titles, contact email. */
  draft: 256 * 1024,
  /** Routes that take no body (confirm, withdraw): a client cannot make the server read megabytes for nothing. */
  none: 1024,
} as const;

declare module 'fastify' {
  interface FastifyRequest {
    /**
     * The server's clock when the request arrived (its headers were read), before it waited for anything (the
     * session lookup, a database connection, a lock). Deadlines are judged by it: a confirmation that arrived at
     * 11:59:59 is on time even when its transaction starts at 12:00:01.
     */
    receivedAt: Date;
  }
}

/**
 * Stamps every request with its arrival time by the application's clock (the test clock too). Registered before
 * every other plugin, so its onRequest hook runs first.
 */
export const requestArrivalPlugin = fp(async (app: FastifyInstance) => {
  app.decorateRequest('receivedAt', null as unknown as Date);
  app.addHook('onRequest', (request, _reply, done) => {
    request.receivedAt = app.ctx.clock.now();
    done();
  });
});

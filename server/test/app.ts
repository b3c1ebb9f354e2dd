import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../app.ts';
import { fixedClock } from '../clock.ts';
import { loadConfig } from '../config.ts';
import type { AppContext } from '../context.ts';
import { seedDemo } from '../demo/seed.ts';
import type { App } from '../http/app-types.ts';
import { type Backend, openTestDatabase } from './database.ts';

export interface TestApp {
  app: App;
  ctx: AppContext;
  clock: ReturnType<typeof fixedClock>;
  close(): Promise<void>;
}

/** The whole application on a fresh database with the demo university, its clock in the tests' hands. */
export const startTestApp = async (
  backend: Backend,
  options: { env?: Record<string, string>; seed?: boolean } = {},
): Promise<TestApp> => {
  const database = await openTestDatabase(backend);
  const clock = fixedClock('2026-02-20T10:00:00Z');
  const config = loadConfig({ DEMO_STUDENTS: '60', WEB_DIST: './no-web-in-api-tests', ...options.env });
  const ctx: AppContext = { config, database, clock };
  if (options.seed !== false) await seedDemo(ctx);
  const app = await buildApp(ctx);
  await app.ready();
  return {
    app,
    ctx,
    clock,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
};

/**
 * A browser-like client over app.inject: keeps cookies and sends the CSRF token on state-changing requests,
 * as the web app does.
 */
export class TestClient {
  private cookies = new Map<string, string>();
  csrfToken = '';

  constructor(
    private readonly app: App,
    private readonly ip = '127.0.0.1',
  ) {}

  async request(options: InjectOptions & { csrf?: boolean }): Promise<LightMyRequestResponse> {
    const method = (options.method ?? 'GET').toUpperCase();
    const headers: Record<string, string> = { ...(options.headers as Record<string, string>) };
    if (this.cookies.size > 0) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    if (method !== 'GET' && options.csrf !== false && this.csrfToken)
      headers['x-csrf-token'] ??= this.csrfToken;
    const response = await this.app.inject({ ...options, headers, remoteAddress: this.ip });
    for (const cookie of response.cookies as Array<{
      name: string;
      value: string;
      maxAge?: number;
      expires?: Date;
    }>) {
      const expired = cookie.value === '' || (cookie.expires && cookie.expires.getTime() < Date.now());
      if (expired) this.cookies.delete(cookie.name);
      else this.cookies.set(cookie.name, cookie.value);
    }
    return response;
  }

  get = (url: string, headers?: Record<string, string>) => this.request({ method: 'GET', url, headers });
  post = (url: string, payload?: unknown, headers?: Record<string, string>) =>
    this.request({ method: 'POST', url, payload: payload as InjectOptions['payload'], headers });
  patch = (url: string, payload?: unknown) =>
    this.request({ method: 'PATCH', url, payload: payload as InjectOptions['payload'] });

  /** Loads the session (to get the anonymous CSRF token) and logs in with a local account. */
  async login(username: string, password = 'affianco2026'): Promise<LightMyRequestResponse> {
    const session = await this.get('/api/session');
    this.csrfToken = session.json().csrfToken;
    const response = await this.post('/api/session/login', { username, password });
    if (response.statusCode === 200) this.csrfToken = response.json().csrfToken;
    return response;
  }

  hasCookie = (name: string) => this.cookies.has(name);
  forgetCookie = (name: string) => this.cookies.delete(name);
}

import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { type Adapter, type AdapterPayload, type Configuration } from 'oidc-provider';

/**
 * A real OpenID Connect provider (oidc-provider) on 127.0.0.1 and a random port, standing in for a
 * university's SPID/CIE/IDEM gateway in tests. Its login page is a one-field form (the account to be) and
 * its consent page a single button: what matters to Affianco is the protocol around them, which is the real one.
 */

/** The claims a gateway releases for one account; `sub` is the key of the map they live in. */
export type ProviderAccounts = Map<string, Record<string, unknown>>;

export interface ProviderClient {
  clientId: string;
  clientSecret: string;
  redirectUri: string;
}

export interface LoopbackProvider {
  issuer: string;
  /** Accounts can be added or changed while the provider runs; claims are read at each login. */
  accounts: ProviderAccounts;
  /**
   * Registers the relying party. Separate from starting because the redirect URI holds the app's port, known
   * only once the app listens, and the app in turn needs the issuer's address.
   */
  registerClient(client: ProviderClient): void;
  close(): Promise<void>;
}

/** oidc-provider's storage, in memory and per provider (its built-in one is shared and warns on every start). */
const memoryAdapter = () => {
  const store = new Map<string, { payload: AdapterPayload; expiresAt: number }>();
  const uids = new Map<string, string>();
  return class MemoryAdapter implements Adapter {
    constructor(private readonly model: string) {}
    private key = (id: string) => `${this.model}:${id}`;
    async upsert(id: string, payload: AdapterPayload, expiresIn: number) {
      store.set(this.key(id), { payload, expiresAt: Date.now() + expiresIn * 1000 });
      if (payload.uid) uids.set(`${this.model}:${payload.uid}`, id);
    }
    async find(id: string) {
      const entry = store.get(this.key(id));
      return entry && entry.expiresAt > Date.now() ? entry.payload : undefined;
    }
    async findByUid(uid: string) {
      const id = uids.get(`${this.model}:${uid}`);
      return id ? this.find(id) : undefined;
    }
    async findByUserCode() {
      return undefined;
    }
    async consume(id: string) {
      const entry = store.get(this.key(id));
      if (entry) entry.payload.consumed = Math.floor(Date.now() / 1000);
    }
    async destroy(id: string) {
      store.delete(this.key(id));
    }
    async revokeByGrantId(grantId: string) {
      for (const [key, entry] of store) if (entry.payload.grantId === grantId) store.delete(key);
    }
  };
};

const readForm = async (request: IncomingMessage): Promise<URLSearchParams> => {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
};

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The provider's own pages. `data-prompt` tells a test (or a person) which step it is at. */
const interactionPage = (uid: string, prompt: string, message = '') => {
  const action = prompt === 'login' ? 'login' : 'confirm';
  const field = prompt === 'login' ? '<label>Account <input name="login"></label>' : '';
  return `<!doctype html><html lang="en"><title>Test identity provider</title>
<main data-prompt="${escapeHtml(prompt)}"><p>${escapeHtml(message)}</p>
<form method="post" action="/interaction/${uid}/${action}">${field}<button>Continue</button></form>
<form method="post" action="/interaction/${uid}/abort"><button>Cancel</button></form></main></html>`;
};

export const startOidcProvider = async (
  accounts: ProviderAccounts = new Map(),
): Promise<LoopbackProvider> => {
  let provider: Provider | null = null;

  const interactions = async (request: IncomingMessage, response: ServerResponse, path: string[]) => {
    if (!provider) throw new Error('no client registered');
    const details = await provider.interactionDetails(request, response);
    const [uid, action] = path;
    if (request.method === 'GET' && !action) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(interactionPage(details.uid, details.prompt.name));
      return;
    }
    if (request.method !== 'POST' || uid !== details.uid) {
      response.writeHead(400).end();
      return;
    }
    if (action === 'login') {
      const accountId = (await readForm(request)).get('login') ?? '';
      if (!accounts.has(accountId)) {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        response.end(interactionPage(details.uid, 'login', 'Unknown account'));
        return;
      }
      await provider.interactionFinished(request, response, { login: { accountId } });
      return;
    }
    if (action === 'confirm') {
      const accountId = details.session?.accountId;
      const clientId = String(details.params.client_id);
      const grant = details.grantId
        ? await provider.Grant.find(details.grantId)
        : new provider.Grant({ accountId, clientId });
      if (!grant) throw new Error('grant vanished');
      const missing = details.prompt.details as { missingOIDCScope?: string[]; missingOIDCClaims?: string[] };
      if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(' '));
      if (missing.missingOIDCClaims) grant.addOIDCClaims(missing.missingOIDCClaims);
      const grantId = await grant.save();
      await provider.interactionFinished(
        request,
        response,
        { consent: { grantId } },
        { mergeWithLastSubmission: true },
      );
      return;
    }
    if (action === 'abort') {
      await provider.interactionFinished(request, response, {
        error: 'access_denied',
        error_description: 'End-User aborted interaction',
      });
      return;
    }
    response.writeHead(404).end();
  };

  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://provider.invalid').pathname.split('/').filter(Boolean);
    if (!provider) {
      response.writeHead(503).end();
      return;
    }
    if (path[0] === 'interaction') {
      interactions(request, response, path.slice(1)).catch((error: unknown) => {
        response.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
      });
      return;
    }
    provider.callback()(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const signingKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' });

  return {
    issuer,
    accounts,
    registerClient: (client) => {
      const configuration: Configuration = {
        adapter: memoryAdapter(),
        clients: [
          {
            client_id: client.clientId,
            client_secret: client.clientSecret,
            redirect_uris: [client.redirectUri],
            grant_types: ['authorization_code'],
            response_types: ['code'],
            token_endpoint_auth_method: 'client_secret_basic',
          },
        ],
        findAccount: (_ctx, sub) => {
          const claims = accounts.get(sub);
          // The accountId must be the one the login interaction finished with, or resuming fails.
          return claims ? { accountId: sub, claims: () => ({ ...claims, sub }) } : undefined;
        },
        // Italian gateways release the fiscal code with the profile; oidc-provider serves these from userinfo.
        claims: {
          openid: ['sub'],
          email: ['email', 'email_verified'],
          profile: ['given_name', 'family_name', 'fiscal_number'],
        },
        features: { devInteractions: { enabled: false } },
        interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
        pkce: { methods: ['S256'], required: () => true },
        cookies: { keys: [randomBytes(32).toString('hex')] },
        ttl: {
          AccessToken: 600,
          AuthorizationCode: 60,
          Grant: 3600,
          IdToken: 600,
          Interaction: 600,
          Session: 3600,
        },
        jwks: { keys: [{ ...signingKey, kid: 'test-signing-key', use: 'sig', alg: 'RS256' }] },
      };
      provider = new Provider(issuer, configuration);
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
};

/**
 * A browser for tests, on fetch: keeps cookies per host (as a browser does, across ports, ignoring Path) and
 * follows nothing by itself, so a test sees every redirect.
 */
export class TestBrowser {
  private jar = new Map<string, Map<string, string>>();

  async request(url: string | URL, init: { method?: string; form?: Record<string, string> } = {}) {
    const target = new URL(url);
    const headers: Record<string, string> = {};
    const cookies = this.jar.get(target.hostname);
    if (cookies?.size) headers.cookie = [...cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    let body: string | undefined;
    if (init.form) {
      headers['content-type'] = 'application/x-www-form-urlencoded';
      body = new URLSearchParams(init.form).toString();
    }
    const response = await fetch(target, { method: init.method ?? 'GET', headers, body, redirect: 'manual' });
    for (const line of response.headers.getSetCookie()) this.storeCookie(target.hostname, line);
    return response;
  }

  get = (url: string | URL) => this.request(url);

  cookie = (host: string, name: string) => this.jar.get(host)?.get(name);

  setCookie(host: string, name: string, value: string) {
    const cookies = this.jar.get(host) ?? new Map<string, string>();
    cookies.set(name, value);
    this.jar.set(host, cookies);
  }

  private storeCookie(host: string, line: string) {
    const [pair = '', ...attributes] = line.split(';').map((part) => part.trim());
    const separator = pair.indexOf('=');
    const name = pair.slice(0, separator);
    const value = pair.slice(separator + 1);
    const cookies = this.jar.get(host) ?? new Map<string, string>();
    const expired = attributes.some((attribute) => {
      const [key = '', val = ''] = attribute.split('=');
      if (key.toLowerCase() === 'max-age') return Number(val) <= 0;
      if (key.toLowerCase() === 'expires') return new Date(val).getTime() < Date.now();
      return false;
    });
    if (expired || value === '') cookies.delete(name);
    else cookies.set(name, value);
    this.jar.set(host, cookies);
  }

  /**
   * Walks from `startUrl` (the app's login link) through the provider's login and consent pages as the person
   * `accountId`, and returns the URL the provider sends the browser back to, without visiting it, so a test can
   * look at (or tamper with) the authorization response first. With `cancel`, presses Cancel at the provider.
   */
  async authorizeAtProvider(
    startUrl: string,
    callbackPrefix: string,
    accountId: string,
    options: { cancel?: boolean } = {},
  ): Promise<string> {
    let url = startUrl;
    for (let hop = 0; hop < 20; hop++) {
      if (url.startsWith(callbackPrefix)) return url;
      const response = await this.get(url);
      if (response.status >= 300 && response.status < 400) {
        url = new URL(response.headers.get('location') ?? '', url).href;
        continue;
      }
      const page = await response.text();
      const prompt = /data-prompt="([a-z]+)"/.exec(page)?.[1];
      if (response.status !== 200 || !prompt) {
        throw new Error(`unexpected page at ${url}: ${response.status} ${page.slice(0, 300)}`);
      }
      const interaction = new URL(url);
      const action = options.cancel ? 'abort' : prompt === 'login' ? 'login' : 'confirm';
      const submitted = await this.request(new URL(`${interaction.pathname}/${action}`, interaction), {
        method: 'POST',
        form: prompt === 'login' ? { login: accountId } : {},
      });
      if (submitted.status < 300 || submitted.status >= 400) {
        throw new Error(
          `the provider did not accept ${action}: ${submitted.status} ${await submitted.text()}`,
        );
      }
      url = new URL(submitted.headers.get('location') ?? '', url).href;
    }
    throw new Error('too many redirects between the app and the provider');
  }
}

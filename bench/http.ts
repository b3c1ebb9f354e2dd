import http from 'node:http';

export interface HttpResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** One candidate's cookies (session and CSRF), as a browser keeps them. */
export class CookieJar {
  private readonly cookies = new Map<string, string>();

  store(headers: http.IncomingHttpHeaders) {
    for (const line of headers['set-cookie'] ?? []) {
      const [pair] = line.split(';');
      const at = pair?.indexOf('=') ?? -1;
      if (!pair || at < 1) continue;
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      if (value === '' || /max-age=0|expires=thu, 01 jan 1970/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}

/**
 * Plain node:http with a keep-alive agent per application instance: no client library stands between the
 * measurement and the socket, and connections are reused as a browser (or a proxy in front of the app) would.
 */
export const keepAliveAgent = (maxSockets: number) =>
  new http.Agent({ keepAlive: true, maxSockets, maxFreeSockets: maxSockets });

export const send = (
  agent: http.Agent,
  base: URL,
  method: string,
  path: string,
  options: {
    jar?: CookieJar;
    headers?: Record<string, string>;
    body?: Buffer | string;
    timeoutMs?: number;
  } = {},
): Promise<HttpResponse> =>
  new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = { accept: 'application/json', ...options.headers };
    const cookie = options.jar?.header();
    if (cookie) headers.cookie = cookie;
    if (options.body !== undefined) headers['content-length'] = Buffer.byteLength(options.body);
    const req = http.request(
      { agent, host: base.hostname, port: base.port, method, path, headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          options.jar?.store(res.headers);
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) });
        });
        res.on('error', reject);
      },
    );
    req.setTimeout(options.timeoutMs ?? 60_000, () => req.destroy(new Error('ETIMEDOUT')));
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });

/** A multipart/form-data body with text fields and one file, as a browser's FormData sends it. */
export const multipart = (
  fields: Record<string, string>,
  file: { field: string; fileName: string; contentType: string; content: Buffer },
) => {
  const boundary = `----affianco-bench-${Math.random().toString(16).slice(2)}`;
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields))
    parts.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
    );
  parts.push(
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="${file.field}"; filename="${file.fileName}"\r\nContent-Type: ${file.contentType}\r\n\r\n`,
    ),
    file.content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  );
  return { body: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
};

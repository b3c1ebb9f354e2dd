import { randomUUID } from 'node:crypto';
import type http from 'node:http';
import type { Application, OpenCall } from '../api/applications.ts';
import type { Session } from '../api/session.ts';
import { benchTitles } from './drafts.ts';
import { CookieJar, type HttpResponse, keepAliveAgent, multipart, send } from './http.ts';
import { benchPdf } from './pdf.ts';
import { BENCH_PASSWORD, type Candidate } from './seed.ts';

export const STEPS = [
  'session',
  'login',
  'call',
  'draft-create',
  'draft-save',
  'attachment',
  'confirm',
] as const;
export type Step = (typeof STEPS)[number];

export interface LoadResult {
  latencies: Record<Step, number[]>;
  /** "step status" (or "step ERR code" for a network error) -> count. */
  errors: Map<string, number>;
  receipts: Array<{ personId: string; applicationId: string; protocolNumber: string }>;
  failedCandidates: number;
  /** Wall-clock of the whole load and of the confirmation burst, in ms. */
  totalMs: number;
  confirmMs: number;
  confirmStartedAt: number;
}

class StepFailed extends Error {}

interface Journey {
  candidate: Candidate;
  n: number;
  jar: CookieJar;
  csrf: string;
  applicationId?: string;
}

/**
 * Plays the candidates against the application instances on loopback with `concurrency` clients, each taking the
 * next candidate when done. Requests go round-robin over the instances (as a load balancer in front of stateless
 * instances would). Mode "burst" (default): every candidate first logs in, loads the call, saves a draft and uploads
 * the PDF; then all confirm at once, as they do in the last minutes before a call closes, so the confirm
 * throughput is measured alone. Mode "journey": each candidate goes straight through all steps.
 */
export const runLoad = async (options: {
  instances: URL[];
  candidates: Candidate[];
  concurrency: number;
  mode: 'burst' | 'journey';
  onConfirmStart?: () => void;
}): Promise<LoadResult> => {
  const agents = options.instances.map(() => keepAliveAgent(options.concurrency));
  let turn = 0;
  const next = () => {
    const index = turn++ % options.instances.length;
    return { agent: agents[index] as http.Agent, base: options.instances[index] as URL };
  };
  const latencies = Object.fromEntries(STEPS.map((step) => [step, [] as number[]])) as Record<Step, number[]>;
  const errors = new Map<string, number>();
  const receipts: LoadResult['receipts'] = [];
  let failedCandidates = 0;
  const pdf = benchPdf();

  const call = async (
    step: Step,
    journey: Journey,
    method: string,
    path: string,
    body?: { json?: unknown; raw?: Buffer; contentType?: string },
    headers: Record<string, string> = {},
  ): Promise<HttpResponse> => {
    const { agent, base } = next();
    const started = performance.now();
    let response: HttpResponse;
    try {
      const payload = body?.json !== undefined ? JSON.stringify(body.json) : body?.raw;
      response = await send(agent, base, method, path, {
        jar: journey.jar,
        headers: {
          ...(journey.csrf ? { 'x-csrf-token': journey.csrf } : {}),
          ...(payload !== undefined ? { 'content-type': body?.contentType ?? 'application/json' } : {}),
          ...headers,
        },
        ...(payload !== undefined ? { body: payload } : {}),
      });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      errors.set(`${step} ERR ${code}`, (errors.get(`${step} ERR ${code}`) ?? 0) + 1);
      throw new StepFailed(step);
    }
    latencies[step].push(performance.now() - started);
    if (response.status >= 400) {
      const key = `${step} ${response.status}`;
      errors.set(key, (errors.get(key) ?? 0) + 1);
      if (errors.get(key) === 1)
        process.stderr.write(`first ${key}: ${response.body.toString().slice(0, 300)}\n`);
      throw new StepFailed(step);
    }
    return response;
  };

  const prepare = async (candidate: Candidate, n: number): Promise<Journey> => {
    const journey: Journey = { candidate, n, jar: new CookieJar(), csrf: '' };
    const anonymous = (await call('session', journey, 'GET', '/api/session')).body;
    journey.csrf = (JSON.parse(anonymous.toString()) as Session).csrfToken;
    const login = await call('login', journey, 'POST', '/api/session/login', {
      json: { username: candidate.username, password: BENCH_PASSWORD },
    });
    journey.csrf = (JSON.parse(login.body.toString()) as Session).csrfToken;
    const calls = JSON.parse((await call('call', journey, 'GET', '/api/applications/calls')).body.toString());
    const open = (calls as OpenCall[]).find((c) => c.code === 'POLIBA-TUT-2025');
    if (!open) {
      // The call is no longer open (its window closed while the load ran).
      errors.set('call not-open', (errors.get('call not-open') ?? 0) + 1);
      throw new StepFailed('call');
    }
    const positionIds = open.positions
      .filter((p) => p.eligible)
      .slice(0, open.maxPositionsPerCandidate ?? 2)
      .map((p) => p.id);
    const created = await call('draft-create', journey, 'POST', '/api/applications', {
      json: { callId: open.id },
    });
    const draft = JSON.parse(created.body.toString()) as Application;
    journey.applicationId = draft.id;
    await call('draft-save', journey, 'PUT', `/api/applications/${draft.id}`, {
      json: {
        positionIds,
        declaredTitles: benchTitles(
          open.titleCriteria.map((c) => c.id),
          n,
        ),
        contactEmail: candidate.email,
      },
    });
    const form = multipart(
      { code: 'identity-document' },
      { field: 'file', fileName: 'documento-identita.pdf', contentType: 'application/pdf', content: pdf },
    );
    await call('attachment', journey, 'POST', `/api/applications/${draft.id}/attachments`, {
      raw: form.body,
      contentType: form.contentType,
    });
    return journey;
  };

  const confirm = async (journey: Journey) => {
    const response = await call(
      'confirm',
      journey,
      'POST',
      `/api/applications/${journey.applicationId}/confirm`,
      undefined,
      { 'idempotency-key': randomUUID() },
    );
    const confirmed = JSON.parse(response.body.toString()) as Application;
    if (confirmed.status !== 'confirmed' || !confirmed.protocolNumber) throw new StepFailed('confirm');
    receipts.push({
      personId: journey.candidate.personId,
      applicationId: confirmed.id,
      protocolNumber: confirmed.protocolNumber,
    });
  };

  /** Runs `work` on every item with `concurrency` clients; a failed candidate is counted and dropped. */
  const pool = async <T, R>(items: readonly T[], work: (item: T, index: number) => Promise<R>) => {
    const results: Array<R | undefined> = new Array(items.length);
    let cursor = 0;
    const client = async () => {
      while (cursor < items.length) {
        const index = cursor++;
        try {
          results[index] = await work(items[index] as T, index);
        } catch (error) {
          if (!(error instanceof StepFailed)) {
            errors.set(
              `client ${(error as Error).message}`,
              (errors.get(`client ${(error as Error).message}`) ?? 0) + 1,
            );
          }
          failedCandidates += 1;
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(options.concurrency, items.length) }, client));
    return results;
  };

  const started = performance.now();
  let confirmStartedAt = started;
  let confirmMs: number;
  if (options.mode === 'burst') {
    const journeys = (await pool(options.candidates, prepare)).filter((j): j is Journey => j !== undefined);
    options.onConfirmStart?.();
    confirmStartedAt = performance.now();
    await pool(journeys, confirm);
    confirmMs = performance.now() - confirmStartedAt;
  } else {
    options.onConfirmStart?.();
    await pool(options.candidates, async (candidate, n) => confirm(await prepare(candidate, n)));
    confirmMs = performance.now() - started;
  }
  const totalMs = performance.now() - started;
  for (const agent of agents) agent.destroy();
  return { latencies, errors, receipts, failedCandidates, totalMs, confirmMs, confirmStartedAt };
};

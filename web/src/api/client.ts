import type { z } from 'zod';
import { type Problem, ProblemSchema } from '../../../api/common.ts';

/** A failed API call, carrying the server's problem body: `title` is already in the person's language. */
export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.title);
    this.name = 'ApiError';
  }

  get status(): number {
    return this.problem.status;
  }

  get kind(): string {
    return this.problem.kind;
  }

  /** The message for one form field, when the server rejected it. */
  issueFor(field: string): string | undefined {
    return this.problem.issues?.find((issue) => issue.field === field)?.message;
  }
}

/** Kinds the client makes up itself: the server never answered, or answered something off contract. */
export const NETWORK_KIND = 'network';
export const UNEXPECTED_KIND = 'internal';

let csrfToken = '';

/** The token of the latest session reply; every non-GET request sends it. */
export const setCsrfToken = (token: string) => {
  csrfToken = token;
};

export type QueryParams = Record<string, string | number | boolean | null | undefined>;

/** A path with its query string; empty values are left out so links stay short. */
export const withQuery = (path: string, params: QueryParams = {}): string => {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `${path}?${text}` : path;
};

const clientProblem = (kind: string, status: number, title: string): Problem => ({
  type: `urn:affianco:problem:${kind}`,
  title,
  status,
  kind,
});

export const problemFromBody = (status: number, body: unknown): ApiError => {
  const parsed = ProblemSchema.safeParse(body);
  if (parsed.success) return new ApiError(parsed.data);
  return new ApiError(clientProblem(UNEXPECTED_KIND, status, `HTTP ${status}`));
};

const errorOf = async (response: Response): Promise<ApiError> => {
  const body: unknown = await response.json().catch(() => null);
  return problemFromBody(response.status, body);
};

const call = async (path: string, init: RequestInit): Promise<Response> => {
  let response: Response;
  try {
    response = await fetch(path, { credentials: 'same-origin', ...init });
  } catch {
    throw new ApiError(clientProblem(NETWORK_KIND, 0, 'Network error'));
  }
  if (!response.ok) throw await errorOf(response);
  return response;
};

const parseWith = <S extends z.ZodType>(schema: S, body: unknown): z.infer<S> => {
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new ApiError(clientProblem(UNEXPECTED_KIND, 200, 'Unexpected reply'));
  return parsed.data;
};

export const apiGet = async <S extends z.ZodType>(
  path: string,
  schema: S,
  params?: QueryParams,
): Promise<z.infer<S>> => {
  const response = await call(withQuery(path, params), { headers: { accept: 'application/json' } });
  return parseWith(schema, await response.json());
};

export type Mutation = 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/** A state-changing request: JSON body (or none) and the CSRF header. Returns the parsed reply, if any. */
export async function apiSend(method: Mutation, path: string, body?: unknown): Promise<void>;
export async function apiSend<S extends z.ZodType>(
  method: Mutation,
  path: string,
  body: unknown,
  schema: S,
  extraHeaders?: Record<string, string>,
): Promise<z.infer<S>>;
export async function apiSend<S extends z.ZodType>(
  method: Mutation,
  path: string,
  body?: unknown,
  schema?: S,
  /** Headers a route asks for besides the usual ones (e.g. Idempotency-Key on a confirmation). */
  extraHeaders: Record<string, string> = {},
): Promise<z.infer<S> | undefined> {
  const headers: Record<string, string> = {
    ...extraHeaders,
    accept: 'application/json',
    'x-csrf-token': csrfToken,
  };
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await call(path, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!schema) return undefined;
  return parseWith(schema, await response.json());
}

/**
 * A multipart upload with progress (fetch cannot report upload progress). Resolves with the parsed reply.
 */
export const apiUpload = <S extends z.ZodType>(
  path: string,
  form: FormData,
  schema: S,
  onProgress: (fraction: number) => void,
): Promise<z.infer<S>> =>
  new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', path);
    request.setRequestHeader('x-csrf-token', csrfToken);
    request.setRequestHeader('accept', 'application/json');
    request.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    });
    request.addEventListener('load', () => {
      let body: unknown = null;
      try {
        body = JSON.parse(request.responseText);
      } catch {
        body = null;
      }
      if (request.status >= 200 && request.status < 300) {
        try {
          resolve(parseWith(schema, body));
        } catch (error) {
          reject(error);
        }
        return;
      }
      reject(problemFromBody(request.status, body));
    });
    request.addEventListener('error', () =>
      reject(new ApiError(clientProblem(NETWORK_KIND, 0, 'Network error'))),
    );
    request.send(form);
  });
